//! One file per route, and which app draws which (`src/routes.json` says it, `Page::app`).

use leptos::prelude::*;

use domain::routes::Page;

#[cfg(feature = "keepers")]
pub mod data_keepers;
pub mod directory;
pub mod home;
pub mod not_found;
pub mod page_for_path;
pub mod questionnaire;
pub mod results;
pub mod volunteer;
pub mod volunteer_results;

/// The young person's pages: home, questions, results.
pub fn young(page: Page) -> AnyView {
    match page {
        Page::Questionnaire => view! { <questionnaire::QuestionnairePage /> }.into_any(),
        Page::Results => view! { <results::ResultsPage /> }.into_any(),
        _ => view! { <home::HomePage /> }.into_any(),
    }
}

/// The adults' pages: the volunteers' path and the counsellors' directory.
pub fn adults(page: Page) -> AnyView {
    match page {
        Page::VolunteerResults => view! { <volunteer_results::VolunteerResultsPage /> }.into_any(),
        Page::Directory => view! { <directory::DirectoryPage /> }.into_any(),
        _ => view! { <volunteer::VolunteerPage /> }.into_any(),
    }
}

/// The data keepers' page (`/donnees`), its own wasm.
#[cfg(feature = "keepers")]
pub fn keepers(_: Page) -> AnyView {
    view! { <data_keepers::DataKeepersPage /> }.into_any()
}
