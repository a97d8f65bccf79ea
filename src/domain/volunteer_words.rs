//! The volunteer path in plain words, addressed as « vous »: why a programme fits, what it asks of
//! its mentors, and what would change a near miss.

use super::dataset::Programme;
use super::i18n::{join_words, t, tf, T};
use super::reasons::modality_words;
use super::volunteer::{length_words, Volunteer};
use super::volunteer_matching::{hours_asked, VolunteerChange, VolunteerFilter, VolunteerMiss};

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A length as it reads inside a sentence (« une année scolaire », not « Une année scolaire »).
fn in_sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Why a programme recruits this volunteer, in the order they care about.
pub fn volunteer_reasons(v: &Volunteer, p: &Programme) -> Vec<String> {
    let m = &p.mentoring;
    let mut reasons = Vec::new();
    if let Some(profile) = v.profile {
        reasons.push(tf(T::VolunteerReasonProfile, &[("people", profile.people())]));
    }
    if let (Some(_), Some(min)) = (v.age, m.min_age) {
        reasons.push(tf(T::VolunteerReasonAge, &[("min", &min.to_string())]));
    }
    if let Some(asked) = hours_asked(p) {
        reasons.push(tf(T::VolunteerReasonHours, &[("n", &asked.to_string())]));
    }
    if let Some(span) = m.months {
        reasons.push(tf(T::VolunteerReasonLength, &[("length", &in_sentence(length_words(span.min)))]));
    }
    reasons.push(capitalise(&modality_words(&p.modalities)));
    let wished: Vec<&str> = v
        .stages
        .iter()
        .filter(|s| p.audience.stages.contains(s))
        .map(|s| s.people())
        .chain(v.needs.iter().filter(|n| p.needs.contains(n)).map(|n| n.help()))
        .collect();
    if !wished.is_empty() {
        reasons.push(tf(T::VolunteerReasonWished, &[("wished", &join_words(&wished))]));
    }
    reasons
}

/// What the programme asks of its mentors: (term, words) to show in a list.
pub fn what_it_asks(p: &Programme) -> Vec<(&'static str, String)> {
    let m = &p.mentoring;
    let mut asks = vec![(t(T::VolunteerAskWho), join_words(&m.profiles.iter().map(|p| p.people()).collect::<Vec<_>>()))];
    if let Some(min) = m.min_age {
        asks.push((t(T::VolunteerAskAge), tf(T::VolunteerReasonAge, &[("min", &min.to_string())])));
    }
    asks.push((t(T::CardDuration), m.months.map_or_else(|| p.duration.clone(), |s| length_words(s.min).to_owned())));
    asks.push((t(T::CardRhythm), p.frequency.clone()));
    asks.push((t(T::CardHow), modality_words(&p.modalities)));
    asks.push((t(T::VolunteerAskSupport), m.support.clone().unwrap_or_else(|| t(T::VolunteerAskSupportUnknown).to_owned())));
    asks
}

/// The filter a near miss fails, in words.
pub fn volunteer_filter_name(filter: VolunteerFilter) -> &'static str {
    t(match filter {
        VolunteerFilter::Profile => T::VolunteerFilterProfile,
        VolunteerFilter::Age => T::VolunteerFilterAge,
        VolunteerFilter::Hours => T::VolunteerFilterHours,
        VolunteerFilter::Length => T::VolunteerFilterLength,
        VolunteerFilter::Modality => T::FilterModality,
    })
}

/// What would make a near miss fit: « Si vous pouviez donner 9 h par mois… ».
pub fn volunteer_miss_words(miss: &VolunteerMiss) -> String {
    match &miss.change {
        VolunteerChange::Hours(n) => tf(T::VolunteerMissHours, &[("n", &n.to_string())]),
        VolunteerChange::Months(m) => tf(T::VolunteerMissLength, &[("length", &in_sentence(length_words(*m)))]),
        VolunteerChange::AnyModality => tf(T::VolunteerMissModality, &[("modalities", &modality_words(&miss.programme.modalities))]),
    }
}
