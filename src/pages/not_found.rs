use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::state::{use_answers, use_setup};
use domain::i18n::{t, T};
use domain::routes::Page;
use domain::titles::page_title;

/// An address the app does not know: says so and offers the way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let home = use_setup().href(Page::Home, &use_answers().get_untracked().0.language_only());
    view! {
        <section class="not-found">
            <PageTitle text=page_title(None) />
            <h1>{t(T::PageNotFoundHeading)}</h1>
            <p>{t(T::PageNotFoundText)}</p>
            <a class="button primary" href=home>{t(T::PageNotFoundHome)}</a>
        </section>
    }
}
