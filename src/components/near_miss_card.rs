use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use domain::contact::ways;
use domain::answers::Answers;
use domain::dataset::Programme;
use domain::i18n::{t, tf, Slot, T};
use domain::programme_texts::{shown, Field};

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
    let summary = shown(&programme.id, Field::Summary, &programme.summary);
    view! {
        <article class="card near-miss">
            <h3>{programme.association.clone()}</h3>
            <p class="summary" lang=summary.lang() dir=summary.dir()>{summary.text.to_owned()}</p>
            <p class="miss">
                <strong>{tf(T::MissNot, &[(Slot::Filter, filter)])}</strong>
                " "
                {explanation}
            </p>
            <p>
                <a href=changed_href>{t(T::MissSee)}</a>
            </p>
            <ContactLinks association=programme.association.clone() ways=ways(&programme, &answers) first_only=false />
        </article>
    }
}
