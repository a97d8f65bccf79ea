use leptos::prelude::*;

use domain::i18n::{t, T};
use crate::state::{use_answers, use_setup};
use domain::routes::Page;

/// An address the app does not know: says so and offers the way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let home = use_setup().href(Page::Home, &use_answers().get_untracked().0.language_only());
    view! {
        <section class="not-found">
            <h1>{t(T::PageNotFoundHeading)}</h1>
            <p>{t(T::PageNotFoundText)}</p>
            <a class="button primary" href=home>{t(T::PageNotFoundHome)}</a>
        </section>
    }
}
