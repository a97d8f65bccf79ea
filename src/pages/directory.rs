use leptos::prelude::*;

use crate::components::directory_table::DirectoryTable;
use crate::components::page_title::PageTitle;
use crate::components::with_dataset::WithDataset;
use domain::i18n::{t, T};
use domain::routes::Page;
use domain::titles::page_title;

/// For counsellors: every programme of a territory in one table, filtered and sorted as its link
/// says, with contacts, to print.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <section class="directory">
            <PageTitle text=page_title(Some(Page::Directory)) />
            <h1 tabindex="-1">{Page::Directory.heading()}</h1>
            <p class="no-print">{t(T::DirectoryIntro)}</p>
            <WithDataset render=|dataset| view! { <DirectoryTable dataset /> }.into_any() />
        </section>
    }
}
