use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::domain::answers::Answers;
use crate::domain::dataset::Programme;
use crate::domain::i18n::{t, tf, T};
use crate::domain::programme_texts::{shown, Field};
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
    let id = programme.id.as_str();
    let text = |field, french| shown(id, field, french);
    let figures = programme.figures.as_ref().map(|f| {
        let local = f.local.as_deref().map(|l| format!(" {}", text(Field::FiguresLocal, l).text)).unwrap_or_default();
        let area = f.area.as_deref().map_or(t(T::CardInFrance), |a| text(Field::FiguresArea, a).text);
        tf(T::CardFigures, &[("n", &f.mentored.to_string()), ("area", area), ("year", &f.year.to_string()), ("local", &local)])
    });
    let summary = text(Field::Summary, &programme.summary);
    let details = [
        (T::CardDuration, text(Field::Duration, &programme.duration)),
        (T::CardRhythm, text(Field::Frequency, &programme.frequency)),
        (T::CardMentors, text(Field::Mentors, &programme.mentors)),
        (T::CardPlaces, text(Field::Capacity, &programme.capacity)),
    ]
    .map(|(term, shown)| view! { <dt>{t(term)}</dt> <dd lang=shown.lang()>{shown.text.to_owned()}</dd> });
    view! {
        <article class="card">
            <h3>{programme.association.clone()}</h3>
            <p class="summary" lang=summary.lang()>{summary.text.to_owned()}</p>
            <h4>{t(T::CardWhy)}</h4>
            <ul class="reasons">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            {(!conditions.is_empty())
                .then(|| {
                    view! {
                        <div class="condition">
                            <p><strong>{t(T::CardCheck)}</strong></p>
                            <ul>{conditions.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                        </div>
                    }
                })}
            <dl class="details">
                <dt>{t(T::CardHow)}</dt>
                <dd>{modality_words(&programme.modalities)}</dd>
                {details}
            </dl>
            <p class="figures">{tf(T::CardCreated, &[("year", &programme.created.to_string())])} " " {figures}</p>
            <ContactLinks programme answers />
        </article>
    }
}
