use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::domain::answers::Answers;
use crate::domain::dataset::Programme;

/// A programme that misses by one answer: which one, what would change it, and its contacts
/// (an association often knows a way, or another programme).
#[component]
pub fn NearMissCard(
    programme: Programme,
    /// The filter it fails (« Âge »).
    filter: &'static str,
    /// Why, and the answer that would change it.
    explanation: String,
    /// The results with that answer changed.
    changed_href: String,
    answers: Answers,
) -> impl IntoView {
    view! {
        <article class="card near-miss">
            <h3>{programme.association.clone()}</h3>
            <p class="summary">{programme.summary.clone()}</p>
            <p class="miss">
                <strong>{format!("Ne correspond pas : {filter}. ")}</strong>
                {explanation}
            </p>
            <p>
                <a href=changed_href>"Voir les résultats avec cette réponse changée"</a>
            </p>
            <ContactLinks programme answers />
        </article>
    }
}
