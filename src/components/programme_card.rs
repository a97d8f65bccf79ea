use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::domain::answers::Answers;
use crate::domain::dataset::Programme;
use crate::domain::reasons::modality_words;

/// A programme that fits: why, what it involves, and how to reach it.
#[component]
pub fn ProgrammeCard(
    programme: Programme,
    /// Why it fits, in plain words.
    reasons: Vec<String>,
    /// Conditions to check with the association (answers the young person was unsure of).
    conditions: Vec<String>,
    /// Used to pre-fill the e-mail.
    answers: Answers,
) -> impl IntoView {
    let figures = programme.figures.as_ref().map(|f| {
        let local = f.local.as_deref().map(|l| format!(" {l}")).unwrap_or_default();
        let area = f.area.as_deref().unwrap_or("en France");
        format!("{} jeunes accompagnés {area} en {}{local}.", f.mentored, f.year)
    });
    view! {
        <article class="card">
            <h3>{programme.association.clone()}</h3>
            <p class="summary">{programme.summary.clone()}</p>
            <h4>"Pourquoi ce programme"</h4>
            <ul class="reasons">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            {(!conditions.is_empty())
                .then(|| {
                    view! {
                        <div class="condition">
                            <p><strong>"À vérifier"</strong></p>
                            <ul>{conditions.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                        </div>
                    }
                })}
            <dl class="details">
                <dt>"Comment"</dt>
                <dd>{modality_words(&programme.modalities)}</dd>
                <dt>"Combien de temps"</dt>
                <dd>{programme.duration.clone()}</dd>
                <dt>"À quel rythme"</dt>
                <dd>{programme.frequency.clone()}</dd>
                <dt>"Les mentors"</dt>
                <dd>{programme.mentors.clone()}</dd>
                <dt>"Places ici"</dt>
                <dd>{programme.capacity.clone()}</dd>
            </dl>
            <p class="figures">{format!("Programme créé en {}. ", programme.created)} {figures}</p>
            <ContactLinks programme answers />
        </article>
    }
}
