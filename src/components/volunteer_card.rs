use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::components::report_wrong::report_wrong;
use domain::contact::volunteer_ways;
use domain::dataset::Programme;
use domain::i18n::{t, T};
use domain::volunteer::Volunteer;
use domain::volunteer_words::{volunteer_line, what_it_asks};

/// A programme for a volunteer, made to compare like the young person's cards: its name, one line
/// on whom its mentors accompany (to the volunteer, never the young person's line), why it fits
/// them and the first way to apply. What it asks of its mentors (who,
/// how long, how often, the training) and every way to apply are behind « En savoir plus ».
#[component]
pub fn VolunteerCard(
    programme: Programme,
    /// Why it fits, in plain words (« vous »).
    reasons: Vec<String>,
    /// For a near miss: what would make it fit.
    miss: Option<(String, String)>,
    volunteer: Volunteer,
) -> impl IntoView {
    let asks = what_it_asks(&programme)
        .into_iter()
        .map(|(term, words, lang)| view! { <dt>{term}</dt> <dd lang=lang dir=lang.map(|_| "ltr")>{words}</dd> })
        .collect_view();
    let ways = volunteer_ways(&programme, &volunteer);
    let near = miss.is_some();
    view! {
        <article class="card" class:near-miss=near>
            <h3>{programme.association.clone()}</h3>
            <p class="line">{volunteer_line(&programme)}</p>
            {miss.map(|(words, href)| view! {
                <p class="miss">{words}</p>
                <p><a href=href>{t(T::VolunteerMissSee)}</a></p>
            })}
            <ul class="reasons" aria-label=t(T::CardWhy)>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            <ContactLinks association=programme.association.clone() ways=ways.clone() first_only=true />
            <details class="more">
                <summary>{t(T::ResultsMore)}</summary>
                <h4>{t(T::VolunteerAsks)}</h4>
                <dl class="details">{asks}</dl>
                <h4>{t(T::VolunteerApply)}</h4>
                <ContactLinks association=programme.association.clone() ways=ways first_only=false note=T::VolunteerEmailNote />
                {report_wrong(&programme, T::VolunteerReportNote)}
            </details>
        </article>
    }
}
