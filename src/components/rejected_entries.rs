use leptos::prelude::*;

use domain::dataset::EntryError;
use domain::i18n::{plural, T};

/// Entries of the dataset that were invalid and left out; the others are still used.
#[component]
pub fn RejectedEntries(rejected: Vec<EntryError>) -> impl IntoView {
    (!rejected.is_empty()).then(|| {
        view! {
            <details class="notice" data-testid="rejected">
                <summary>{plural(T::LoadRejected, rejected.len() as u64)}</summary>
                // For whoever maintains the dataset: in French, as the data guide.
                <ul lang="fr" dir="ltr">{rejected.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
            </details>
        }
    })
}
