//! The volunteer path in plain words, addressed as « vous »: why a programme fits, what it asks of
//! its mentors, and what would change a near miss.

use super::case::{capitalise, in_sentence};
use super::dataset::{ByProfile, Programme};
use super::i18n::{fill, isolated, join_words, plural, t, tf, Slot, T};
use super::programme_texts::{shown, Field};
use super::reasons::{age_words, modality_words};
use super::volunteer::{length_words, Volunteer};
use super::volunteer_matching::{hours_for, min_age_for, monthly, VolunteerChange, VolunteerFilter, VolunteerMiss, VolunteerResults};

/// The card's line for a volunteer, in place of the young person's (« t'aide, si tu habites… »):
/// whom its mentors accompany, from the ages it states, and for what. « Vous accompagnez les
/// jeunes des quartiers prioritaires (à partir de 14 ans), pour : l'école et les devoirs… ».
pub fn volunteer_line(p: &Programme) -> String {
    let audience = &p.audience;
    let people = match audience.reserved_for.as_slice() {
        [] => t(T::VolunteerLineYoung).to_owned(),
        reserved => join_words(&reserved.iter().map(|s| s.people()).collect::<Vec<_>>()),
    };
    let ages = audience.ages.map(|range| format!(" ({})", age_words(range))).unwrap_or_default();
    let needs = join_words(&p.needs.iter().map(|n| n.help()).collect::<Vec<_>>());
    tf(T::VolunteerLine, &[(Slot::People, &people), (Slot::Ages, &ages), (Slot::Needs, &needs)])
}

/// What left the territory's other programmes out: « 5 autres programmes du territoire ne
/// vous correspondent pas. Ce qui les écarte : profil (4), temps (2). »
pub fn volunteer_left_out(results: &VolunteerResults) -> Option<String> {
    let reasons: Vec<String> = results.left_out.iter().map(|(filter, n)| format!("{} ({n})", in_sentence(volunteer_filter_name(*filter)))).collect();
    (results.others > 0).then(|| fill(&plural(T::VolunteerLeftOut, results.others as u64), &[(Slot::Reasons, &isolated(&join_words(&reasons)))]))
}

/// Why a programme recruits this volunteer, in the order they care about. The age and the hours
/// are those said of mentors with the volunteer's profile.
pub fn volunteer_reasons(v: &Volunteer, p: &Programme) -> Vec<String> {
    let m = &p.mentoring;
    let mut reasons = Vec::new();
    if let Some(profile) = v.profile {
        reasons.push(tf(T::VolunteerReasonProfile, &[(Slot::People, profile.people())]));
    }
    if let (Some(_), Some(min)) = (v.age, min_age_for(p, v.profile)) {
        reasons.push(tf(T::VolunteerReasonAge, &[(Slot::Min, &min.to_string())]));
    }
    if let Some(asked) = hours_for(p, v.profile) {
        reasons.push(tf(T::VolunteerReasonHours, &[(Slot::N, &monthly(asked).to_string())]));
    }
    if let Some(span) = m.months {
        reasons.push(tf(T::VolunteerReasonLength, &[(Slot::Length, &in_sentence(length_words(span.min)))]));
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
        reasons.push(tf(T::VolunteerReasonWished, &[(Slot::Wished, &join_words(&wished))]));
    }
    reasons
}

/// A fact of `what_it_asks`: its term, its words, and `Some("fr")` when the words are the
/// dataset's French shown in another language.
pub type Asked = (&'static str, String, Option<&'static str>);

/// A fact said of every mentor, or of some: « Mentors de 21 ans ou plus (des alternants…) ».
fn by_profile<V: Copy>(facts: &ByProfile<V>, words: impl Fn(V) -> String) -> String {
    let entries = facts.0.iter().map(|e| match e.profiles.as_slice() {
        [] => words(e.value),
        profiles => tf(T::VolunteerForPeople, &[(Slot::Fact, &words(e.value)), (Slot::People, &join_words(&profiles.iter().map(|p| p.people()).collect::<Vec<_>>()))]),
    });
    entries.collect::<Vec<_>>().join(" ; ")
}

/// What the programme asks of its mentors, to show in a list: in the language shown where the
/// dataset's texts are translated, in French (marked) where not.
pub fn what_it_asks(p: &Programme) -> Vec<Asked> {
    let m = &p.mentoring;
    let text = |field, french: &str| {
        let shown = shown(&p.id, field, french);
        (shown.text.to_owned(), shown.lang())
    };
    let mut asks: Vec<Asked> = vec![(t(T::VolunteerAskWho), join_words(&m.profiles.iter().map(|p| p.people()).collect::<Vec<_>>()), None)];
    if !m.min_age.is_unstated() {
        asks.push((t(T::VolunteerAskAge), by_profile(&m.min_age, |min| tf(T::VolunteerReasonAge, &[(Slot::Min, &min.to_string())])), None));
    }
    let (rhythm_field, rhythm_french) = match &m.frequency {
        Some(french) => (Field::MentorFrequency, french),
        None => (Field::Frequency, &p.frequency),
    };
    // A rhythm that names its own span (FACE: « 1 fois par mois minimum pendant 6 mois ») says how
    // long; its brochure's « Durée : pas d'engagement minimum » beside it would be a second,
    // contradicting commitment. The months a mentor commits, when coded, always show.
    match m.months {
        Some(span) => asks.push((t(T::CardDuration), length_words(span.min).to_owned(), None)),
        None if !rhythm_french.contains(" pendant ") => {
            let (length, lang) = text(Field::Duration, &p.duration);
            asks.push((t(T::CardDuration), length, lang));
        }
        None => {}
    }
    let (rhythm, lang) = text(rhythm_field, rhythm_french);
    asks.push((t(T::CardRhythm), rhythm, lang));
    asks.push((t(T::CardHow), modality_words(&p.modalities), None));
    let (support, lang) = match &m.support {
        Some(french) => text(Field::Support, french),
        None => (t(T::VolunteerAskSupportUnknown).to_owned(), None),
    };
    asks.push((t(T::VolunteerAskSupport), support, lang));
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
        VolunteerChange::Hours(n) => tf(T::VolunteerMissHours, &[(Slot::N, &n.to_string())]),
        VolunteerChange::Months(m) => tf(T::VolunteerMissLength, &[(Slot::Length, &in_sentence(length_words(*m)))]),
        VolunteerChange::AnyModality => tf(T::VolunteerMissModality, &[(Slot::Modalities, &modality_words(&miss.programme.modalities))]),
    }
}
