use leptos::prelude::*;

use domain::i18n::{t, T};
use domain::routes::Page;
use crate::state::{use_answers, use_go, History};

/// « Ajouter à ma sélection »: keeps a programme in the link (`garde=`), so that « Ma sélection » shows it, a
/// reload keeps it and a shared link carries it. A toggle button: `aria-pressed` says whether it
/// is kept, and its name says which programme.
#[component]
pub fn KeepButton(
    /// The programme's id.
    id: String,
    association: String,
) -> impl IntoView {
    let answers = use_answers();
    let go = use_go();
    let kept = {
        let id = id.clone();
        Memo::new(move |_| answers.with(|(own, _)| own.kept.contains(&id)))
    };
    let toggle = move |_| {
        let mut own = answers.get_untracked().0;
        own.keep(&id, !kept.get_untracked());
        go(Page::Results, &own, History::Replace);
    };
    view! {
        <button type="button" class="keep secondary no-print" aria-pressed=move || if kept.get() { "true" } else { "false" } on:click=toggle>
            {move || t(if kept.get() { T::ResultsKept } else { T::ResultsKeep })}
            <span class="visually-hidden">" " {association}</span>
        </button>
    }
}
