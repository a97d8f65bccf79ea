use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::components::volunteer_results::VolunteerResults;
use crate::components::with_dataset::WithDataset;
use domain::routes::Page;
use domain::titles::page_title;

/// The programmes that look for mentors like the volunteer, and how to apply.
#[component]
pub fn VolunteerResultsPage() -> impl IntoView {
    view! {
        <section class="results">
            <PageTitle text=page_title(Some(Page::VolunteerResults)) />
            <h1 tabindex="-1">{Page::VolunteerResults.heading()}</h1>
            <WithDataset render=|dataset| view! { <VolunteerResults dataset /> }.into_any() />
        </section>
    }
}
