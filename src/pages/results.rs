use leptos::prelude::*;

use domain::routes::Page;
use domain::titles::page_title;

use crate::components::page_title::PageTitle;
use crate::components::results_for_answers::ResultsForAnswers;
use crate::components::with_dataset::WithDataset;

/// The results: programmes that fit, best first, or the closest ones; always who can help.
#[component]
pub fn ResultsPage() -> impl IntoView {
    // The heading stays put from the static shell to the results: nothing jumps while loading.
    view! {
        <section class="results">
            <PageTitle text=page_title(Some(Page::Results)) />
            <h1 tabindex="-1">{Page::Results.heading()}</h1>
            <WithDataset render=|dataset| view! { <ResultsForAnswers dataset /> }.into_any() />
        </section>
    }
}
