use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::share_panel::{SharePanel, SharedLink};
use crate::share::{qr_code, Qr};
use crate::state::Setup;
use domain::answers::{Answers, Question};
use domain::dataset::Dataset;
use domain::i18n::{plural, t, T};
use domain::routes::Page;
use domain::share::share_url;
use domain::url_text::UrlProblem;

/// What to do with the results: « Ma sélection » (once a programme is kept), « Partager » (the
/// panel of the link to share) and « Imprimer » (the sheet, with the QR code of the link shared).
/// Inside a host's frame the sandbox blocks printing: the results open in a tab of their own (the
/// app's address, not the host's).
#[allow(clippy::too_many_arguments)]
pub fn results_actions(
    setup: &Setup,
    answers_in_url: Memo<(Answers, Vec<UrlProblem>)>,
    own: &Answers,
    territory: Option<String>,
    dataset: Signal<Arc<Dataset>>,
    link: SharedLink,
    qr: RwSignal<Option<(String, Qr)>>,
    commune: Signal<Option<String>>,
) -> AnyView {
    let selection = {
        let (setup, own) = (setup.clone(), own.clone());
        move || {
            let kept = answers_in_url.with(|(a, _)| a.kept.clone());
            (!own.selection_only && !kept.is_empty()).then(|| {
                let href = setup.href(Page::Results, &Answers { kept: kept.clone(), selection_only: true, ..own.clone() });
                view! { <a class="button secondary" href=href data-testid="selection">{plural(T::ResultsSelection, kept.len() as u64)}</a> }
            })
        }
    };
    let sharing = RwSignal::new(false);
    let base = setup.base.clone();
    let draw = move |base: String, url: String| async move {
        if qr.with_untracked(|q| q.as_ref().is_none_or(|(drawn, _)| *drawn != url)) {
            let code = qr_code(&base, &url).await;
            qr.set(code.map(|code| (url, code)));
        }
    };
    // Once a sheet was printed, its QR code follows the link: a second sheet never carries the
    // link of the first (the share choice changed, a programme kept or dropped).
    Effect::new({
        let base = base.clone();
        move |_| {
            let url = link.url.get();
            if qr.with_untracked(Option::is_some) {
                spawn_local(draw(base.clone(), url));
            }
        }
    });
    let print = move |_| {
        let (base, url) = (base.clone(), link.url.get_untracked());
        spawn_local(async move {
            draw(base, url).await;
            // The image is drawn before the sheet is printed.
            set_timeout(|| { let _ = window().print(); }, std::time::Duration::from_millis(50));
        });
    };
    let print_action = if setup.config.embed {
        let app = format!("{}{}", window().location().origin().unwrap_or_default(), setup.base);
        let tab = answers_in_url.with_untracked(|(a, _)| share_url(&app, &Answers { question: None::<Question>, territory, ..a.clone() }));
        view! { <a class="button secondary" href=tab target="_blank" rel="noopener" data-testid="print">{t(T::PrintNewTab)}</a> }.into_any()
    } else {
        view! { <button type="button" class="secondary" on:click=print data-testid="print">{t(T::PrintButton)}</button> }.into_any()
    };
    view! {
        <div class="actions results-actions no-print">
            {selection}
            <button type="button" class="secondary" aria-expanded=move || if sharing.get() { "true" } else { "false" } on:click=move |_| sharing.update(|s| *s = !*s)>
                {t(T::ShareOpen)}
            </button>
            {print_action}
        </div>
        {move || sharing.get().then(|| view! { <SharePanel dataset link commune /> })}
    }
    .into_any()
}
