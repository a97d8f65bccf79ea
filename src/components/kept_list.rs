use leptos::prelude::*;

use crate::components::programme_card::ProgrammeCard;
use crate::components::results_list::ResultsList;
use crate::components::share_panel::SharedLink;
use crate::state::Setup;
use domain::answers::Answers;
use domain::dataset::Dataset;
use domain::i18n::{t, T};
use domain::matching::{unmet, Results};
use domain::reasons::{conditions, fit_reasons, no_longer};
use domain::routes::Page;

/// « Ma sélection »: every kept programme, even one a changed answer no longer fits (it says
/// which answer), with the way back to every result and « Tout effacer ».
pub fn kept_list(setup: &Setup, own: &Answers, answers: &Answers, results: &Results, dataset: &Dataset, link: SharedLink) -> AnyView {
    let kept = own
        .kept
        .iter()
        .filter_map(|id| dataset.programmes.iter().find(|p| p.id == *id))
        .map(|p| {
            let fit = results.fits.iter().find(|f| f.programme.id == p.id);
            let missed = unmet(answers, dataset, p);
            let unmet = (fit.is_none() && !missed.is_empty()).then(|| no_longer(&missed, dataset, &p.territory));
            // On the safer sheet, only what the safer link carries, as ticked in « Partager ».
            let id = p.id.clone();
            let tells = move || !link.shared.with(|s| s.kept.contains(&id));
            view! {
                <li data-testid="result" class:tells=tells>
                    <ProgrammeCard
                        programme=p.clone()
                        reasons=fit.map(|f| fit_reasons(answers, f)).unwrap_or_default()
                        conditions=fit.map(conditions).unwrap_or_default()
                        unmet=unmet
                        answers=answers.clone()
                    />
                </li>
            }
        })
        .collect_view();
    let everything = setup.href(Page::Results, &Answers { selection_only: false, ..own.clone() });
    let cleared = setup.href(Page::Results, &own.without_kept());
    let empty = own.kept.is_empty().then(|| view! { <p>{t(T::ResultsSelectionEmpty)}</p> }.into_any());
    view! {
        <ResultsList heading=t(T::ResultsSelectionTitle).to_owned() lead=empty>{kept}</ResultsList>
        <p class="no-print links">
            <a href=everything>{t(T::ResultsAll)}</a>
            " "
            <a href=cleared data-testid="clear">{t(T::ResultsClear)}</a>
        </p>
    }
    .into_any()
}
