use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use domain::answers::Answers;
use domain::dataset::Dataset;
use domain::i18n::{t, T};
use domain::share::{shared_answers, share_url, telling, what_it_says, ShareChoice};
use crate::share::{can_share, share_or_copy, HandedOver};
use crate::state::{use_answers, use_setup};

/// Which link the young person hands over, chosen in « Partager »; the printed sheet's QR code is
/// the same link, and the printed sheet shows what it shows.
#[derive(Debug, Clone, Copy)]
pub struct SharedLink {
    /// The choice: the whole link, or the safer one (the default), and the kept programmes that
    /// tell something the young person keeps in it.
    pub everything: RwSignal<bool>,
    pub kept_in: RwSignal<Vec<String>>,
    /// The territory the page shows (the host's preset included).
    pub territory: StoredValue<Option<String>>,
    /// The answers the link carries.
    pub shared: Memo<Answers>,
    /// The link itself: the app's own address, never the host page's or its query.
    pub url: Memo<String>,
}

impl SharedLink {
    /// The link for these results. The choice outlives a change of answers (`everything`,
    /// `kept_in`, made once for the page).
    pub fn new(
        dataset: Signal<Arc<Dataset>>,
        territory: Option<String>,
        everything: RwSignal<bool>,
        kept_in: RwSignal<Vec<String>>,
    ) -> SharedLink {
        let setup = use_setup();
        let answers = use_answers();
        let territory = StoredValue::new(territory);
        let shared = Memo::new(move |_| {
            let choice = ShareChoice { everything: everything.get(), telling_kept_in: kept_in.get() };
            territory.with_value(|t| answers.with(|(own, _)| dataset.with(|d| shared_answers(own, t.as_deref(), &choice, d))))
        });
        let app = format!("{}{}", window().location().origin().unwrap_or_default(), setup.base);
        let url = Memo::new(move |_| shared.with(|s| share_url(&app, s)));
        SharedLink { everything, kept_in, territory, shared, url }
    }
}

/// « Partager »: before anything is sent, what the link says about the young person; the safer
/// link by default (no situation, no language, no commune), and for each kept programme that
/// tells something (reserved to a situation, or of another territory), whether to leave it out.
/// Then the phone's share sheet, or the link copied and said so (« Lien copié »).
#[component]
pub fn SharePanel(
    dataset: Signal<Arc<Dataset>>,
    link: SharedLink,
    /// The commune's name, once found (the link's `commune=`).
    #[prop(into)]
    commune: Signal<Option<String>>,
) -> impl IntoView {
    let answers = use_answers();
    let SharedLink { everything, kept_in, territory, shared, url } = link;
    let said = move || {
        let parts = commune.with(|name| dataset.with(|d| shared.with(|s| what_it_says(s, d, name.as_deref()))));
        parts.into_iter().map(|part| view! { <li>{part}</li> }).collect_view()
    };
    let telling_boxes = move || {
        let tells = territory.with_value(|t| answers.with(|(own, _)| dataset.with(|d| telling(&own.kept, t.as_deref(), d))));
        tells
            .into_iter()
            .map(|tell| {
                let id = tell.programme.clone();
                let on_change = {
                    let id = id.clone();
                    move |ev| {
                        let on = event_target_checked(&ev);
                        kept_in.update(|ids| {
                            ids.retain(|i| *i != id);
                            if on {
                                ids.push(id.clone());
                            }
                        });
                    }
                };
                view! {
                    <label class="choice">
                        <input type="checkbox" prop:checked=move || kept_in.with(|ids| ids.contains(&id)) on:change=on_change />
                        <span>{tell.words()}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let status = RwSignal::new(None::<HandedOver>);
    let hand = move |_| {
        let url = url.get_untracked();
        spawn_local(async move { status.set(Some(share_or_copy(&url, t(T::Brand)).await)) });
    };
    let send_words = if can_share() { T::ShareSend } else { T::ShareCopy };
    view! {
        <section class="share no-print" aria-labelledby="share-title" data-testid="share">
            <h2 id="share-title">{t(T::ShareTitle)}</h2>
            <fieldset>
                <legend class="visually-hidden">{t(T::ShareTitle)}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="partage" prop:checked=move || !everything.get() on:change=move |_| everything.set(false) />
                        <span>{t(T::ShareSafer)}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="partage" prop:checked=move || everything.get() on:change=move |_| everything.set(true) />
                        <span>{t(T::ShareEverything)}</span>
                    </label>
                    {move || (!everything.get()).then(telling_boxes)}
                </div>
            </fieldset>
            <p><strong>{t(T::ShareSays)}</strong></p>
            <ul data-testid="share-says">{said}</ul>
            <button type="button" class="primary" on:click=hand>{t(send_words)}</button>
            <p role="status" data-testid="share-status">
                {move || match status.get() {
                    Some(HandedOver::Copied) => Some(view! { <span>{t(T::ShareCopied)}</span> }.into_any()),
                    Some(HandedOver::Shared) => Some(view! { <span>{t(T::ShareShared)}</span> }.into_any()),
                    Some(HandedOver::Failed) => {
                        Some(view! { <span>{t(T::ShareFailed)} " " <span dir="ltr">{url.get()}</span></span> }.into_any())
                    }
                    Some(HandedOver::Cancelled) | None => None,
                }}
            </p>
        </section>
    }
}
