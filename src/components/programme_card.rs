use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::components::keep_button::KeepButton;
use crate::components::report_wrong::report_wrong;
use domain::answers::Answers;
use domain::contact::{ways, Way};
use domain::dataset::Programme;
use domain::i18n::{date, t, tf, Slot, T};
use domain::programme_texts::{shown, Field};
use domain::reasons::{modality_words, Reason};

/// A programme, made to compare: its name, one line on what it is, why it fits, the first way to
/// reach it and « Ajouter à ma sélection ». Everything else (how, how long, how often, the mentors, the places,
/// the figures, when the information was checked, every contact) is behind a disclosure. On paper,
/// the contacts are written out in full.
#[component]
pub fn ProgrammeCard(
    programme: Programme,
    /// Why it fits, in plain words.
    reasons: Vec<Reason>,
    /// Conditions to check with the association (answers the young person was unsure of).
    conditions: Vec<String>,
    /// For a kept programme that no longer fits: which answers it does not meet.
    unmet: Option<String>,
    /// Used to pre-fill the e-mail.
    answers: Answers,
) -> impl IntoView {
    let id = programme.id.as_str();
    let text = |field, french| shown(id, field, french);
    let figures = programme.figures.as_ref().map(|f| {
        let local = f.local.as_deref().map(|l| format!(" {}", text(Field::FiguresLocal, l).text)).unwrap_or_default();
        let area = f.area.as_deref().map_or(t(T::CardInFrance), |a| text(Field::FiguresArea, a).text);
        tf(T::CardFigures, &[(Slot::N, &f.mentored.to_string()), (Slot::Area, area), (Slot::Year, &f.year.to_string()), (Slot::Local, &local)])
    });
    let (summary, line) = (text(Field::Summary, &programme.summary), text(Field::Line, &programme.line));
    let details = [
        (T::CardDuration, Field::Duration, &programme.duration),
        (T::CardRhythm, Field::Frequency, &programme.frequency),
        (T::CardMentors, Field::Mentors, &programme.mentors),
        (T::CardPlaces, Field::Capacity, &programme.capacity),
    ]
    .map(|(term, field, french)| {
        let shown = text(field, french);
        view! { <dt>{t(term)}</dt> <dd lang=shown.lang() dir=shown.dir()>{shown.text.to_owned()}</dd> }
    });
    let checked = tf(T::ResultsChecked, &[(Slot::Date, &date(&programme.checked))]);
    let written = ways(&programme, &answers)
        .into_iter()
        .map(|way| {
            let (words, name) = match way {
                Way::Email { .. } => (T::PrintEmail, Slot::Email),
                Way::Phone { .. } => (T::PrintPhone, Slot::Phone),
                Way::Website { .. } => (T::PrintWebsite, Slot::Website),
            };
            view! { <li>{tf(words, &[(name, &way.written())])}</li> }
        })
        .collect_view();
    view! {
        <article class="card">
            <div class="card-head">
                <h3>{programme.association.clone()}</h3>
                <KeepButton id=programme.id.clone() association=programme.association.clone() />
            </div>
            <p class="line" lang=line.lang() dir=line.dir()>{line.text.to_owned()}</p>
            {unmet.map(|words| view! { <p class="miss" data-testid="no-longer">{words}</p> })}
            <ul class="reasons" aria-label=t(T::CardWhy)>
                {reasons.into_iter().map(|Reason { text, tells }| view! { <li class:tells=tells>{text}</li> }).collect_view()}
            </ul>
            {(!conditions.is_empty())
                .then(|| {
                    view! {
                        <div class="condition tells">
                            <p><strong>{t(T::CardCheck)}</strong></p>
                            <ul>{conditions.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                        </div>
                    }
                })}
            <ContactLinks association=programme.association.clone() ways=ways(&programme, &answers) first_only=true />
            <details class="more">
                <summary>{t(T::ResultsMore)}</summary>
                <p class="summary" lang=summary.lang() dir=summary.dir()>{summary.text.to_owned()}</p>
                <dl class="details">
                    <dt>{t(T::CardHow)}</dt>
                    <dd>{modality_words(&programme.modalities)}</dd>
                    {details}
                </dl>
                <p class="figures">{tf(T::CardCreated, &[(Slot::Year, &programme.created.to_string())])} " " {figures}</p>
                <p class="checked">{checked}</p>
                <ContactLinks association=programme.association.clone() ways=ways(&programme, &answers) first_only=false />
                {report_wrong(&programme, T::CardReportNote)}
            </details>
            // On paper a disclosure stays closed: every contact is written out here instead.
            <ul class="print-only written-contacts">{written}</ul>
        </article>
    }
}
