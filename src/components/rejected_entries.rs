use leptos::prelude::*;

use crate::domain::dataset::EntryError;

/// Entries of the dataset that were invalid and left out; the others are still used.
#[component]
pub fn RejectedEntries(rejected: Vec<EntryError>) -> impl IntoView {
    (!rejected.is_empty()).then(|| {
        view! {
            <details class="notice" data-testid="rejected">
                <summary>{format!("{} fiche(s) de la liste n'ont pas pu être lues et ne sont pas affichées", rejected.len())}</summary>
                <ul>{rejected.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
            </details>
        }
    })
}
