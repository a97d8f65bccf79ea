//! Why a programme fits, and what would change a near miss, in plain words (the young person's
//! language: `i18n/*.json`).

use super::answers::{Answers, AGE_MIN};
use super::case::capitalise;
use super::dataset::{AgeRange, Dataset, Programme};
use super::i18n::{join_words, plural, t, tf, Slot, T};
use super::matching::{lead, Change, Filter, Fit, Lead, NearMiss, Rank, Results};
use super::vocabulary::{Choice, Modality, Need, Situation};

/// « pour les 14–21 ans », « à partir de 14 ans », « jusqu'à 15 ans ».
pub fn age_words(range: AgeRange) -> String {
    match (range.min, range.max) {
        (Some(min), Some(max)) => tf(T::AgeBetween, &[(Slot::Min, &min.to_string()), (Slot::Max, &max.to_string())]),
        (Some(min), None) => tf(T::AgeFrom, &[(Slot::Min, &min.to_string())]),
        (None, Some(max)) => tf(T::AgeUntil, &[(Slot::Max, &max.to_string())]),
        (None, None) => t(T::AgeAny).to_owned(),
    }
}

/// « 16 ans », with the plural form the language asks for.
pub fn years(age: u8) -> String {
    plural(T::AgeYears, u64::from(age))
}

/// « en face à face ou à distance ».
pub fn modality_words(modalities: &[Modality]) -> String {
    let words: Vec<&str> = modalities.iter().map(|m| m.words()).collect();
    words.join(t(T::ListOr))
}

/// A sentence of the results, and whether it names the young person's situation (the printed
/// sheet of the safer link leaves those out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub text: String,
    pub tells: bool,
}

impl Reason {
    fn plain(text: String) -> Reason {
        Reason { text, tells: false }
    }

    fn telling(text: String) -> Reason {
        Reason { text, tells: true }
    }
}

/// The reasons a programme fits, in the order the young person cares about.
pub fn fit_reasons(answers: &Answers, fit: &Fit) -> Vec<Reason> {
    let p = fit.programme;
    let mut reasons = Vec::new();
    let situations = Situation::with_implied(&answers.situations);
    let reserved: Vec<Situation> = situations.iter().copied().filter(|s| p.audience.reserved_for.contains(s)).collect();
    if let Some(s) = reserved.first() {
        reasons.push(Reason::telling(tf(T::ReasonMadeFor, &[(Slot::People, s.people())])));
    }
    if let (Some(_), Some(range)) = (answers.age, p.audience.ages) {
        reasons.push(Reason::plain(capitalise(&age_words(range))));
    }
    if let Some(stage) = answers.stage {
        reasons.push(Reason::plain(tf(T::ReasonStage, &[(Slot::People, stage.people())])));
    }
    reasons.push(Reason::plain(capitalise(&modality_words(&p.modalities))));
    let needs: Vec<&str> = answers.needs.iter().filter(|n| p.needs.contains(n)).map(|n| n.help()).collect();
    if !needs.is_empty() {
        reasons.push(Reason::plain(tf(T::ReasonHelps, &[(Slot::Needs, &join_words(&needs))])));
    }
    let welcomed: Vec<&str> =
        situations.iter().filter(|s| p.audience.welcomes.contains(s)).map(|s| s.to_people()).collect();
    if !welcomed.is_empty() {
        reasons.push(Reason::telling(tf(T::ReasonWelcomes, &[(Slot::People, &join_words(&welcomed))])));
    }
    reasons
}

/// A programme's reasons at their longest, as if every answer that adds one had been given,
/// whatever the young person answered: the embedded results are sized with these (`embed.js`),
/// so that their height says nothing of which programmes fit, nor why.
pub fn longest_reasons(programme: &Programme) -> Vec<Reason> {
    let stage = programme.audience.stages.iter().copied().max_by_key(|s| s.people().chars().count());
    let answers = Answers {
        age: Some(AGE_MIN),
        stage,
        needs: Need::ALL.to_vec(),
        situations: Situation::ALL.to_vec(),
        ..Answers::default()
    };
    fit_reasons(&answers, &Fit { programme, to_check: Vec::new(), rank: Rank::default() })
}

/// Conditions the young person should check with the association (they answered « je ne sais pas »).
pub fn conditions(fit: &Fit) -> Vec<String> {
    fit.to_check
        .iter()
        .map(|s| match s {
            Situation::Qpv => t(T::ConditionQpv).to_owned(),
            other => tf(T::ConditionOther, &[(Slot::People, other.to_people())]),
        })
        .collect()
}

/// The hard filter a near miss fails, in words (« Âge »).
pub fn filter_name(filter: Filter) -> &'static str {
    t(match filter {
        Filter::Territory => T::FilterTerritory,
        Filter::Age => T::FilterAge,
        Filter::Stage => T::FilterStage,
        Filter::Modality => T::FilterModality,
        Filter::Reserved => T::FilterReserved,
    })
}

/// Why a near miss does not fit, and the answer that would change it.
pub fn miss_explanation(miss: &NearMiss) -> String {
    let p: &Programme = miss.programme;
    match &miss.change {
        Change::Age(min) => tf(T::MissAge, &[(Slot::Min, &min.to_string())]),
        Change::Stage(stage) => {
            let people: Vec<&str> = p.audience.stages.iter().map(|s| s.people()).collect();
            tf(T::MissStage, &[(Slot::Stages, &join_words(&people)), (Slot::People, stage.people())])
        }
        Change::Modality(_) => tf(T::MissModality, &[(Slot::Modalities, &modality_words(&p.modalities))]),
        Change::Situation(s) => tf(T::MissReserved, &[(Slot::People, s.to_people())]),
    }
}

/// Why the first programme is listed first, in one sentence (two or more programmes fit).
pub fn ranking_words(answers: &Answers, results: &Results) -> Option<Reason> {
    let lead = lead(answers, results)?;
    let (first, second) = (results.fits[0].programme.association.as_str(), results.fits[1].programme.association.as_str());
    let tells = matches!(lead, Lead::MadeFor(_) | Lead::Welcomes(_));
    let text = match lead {
        Lead::Needs(needs) => {
            let helps: Vec<&str> = needs.iter().map(|n| n.help()).collect();
            tf(T::FirstNeeds, &[(Slot::First, first), (Slot::Needs, &join_words(&helps)), (Slot::Second, second)])
        }
        Lead::MadeFor(s) => tf(T::FirstMadeFor, &[(Slot::First, first), (Slot::People, s.people())]),
        Lead::Welcomes(s) => tf(T::FirstWelcomes, &[(Slot::First, first), (Slot::People, s.to_people())]),
        Lead::Sure => tf(T::FirstSure, &[(Slot::First, first), (Slot::Second, second)]),
        Lead::Tie => t(T::FirstTie).to_owned(),
    };
    Some(Reason { text, tells })
}

/// The honest answer when the young person is older than every programme here takes.
pub fn too_old_words(age: u8, oldest: u8) -> String {
    tf(T::TooOld, &[(Slot::Oldest, &oldest.to_string()), (Slot::Age, &age.to_string())])
}

/// Why a kept programme is no longer among the results: « Ne correspond plus à tes réponses : âge,
/// étape. », or, in another territory, where it is.
pub fn no_longer(missed: &[Filter], dataset: &Dataset, territory: &str) -> String {
    if missed.contains(&Filter::Territory) {
        let name = dataset.territory(territory).map_or(territory, |t| t.name.as_str());
        return tf(T::ResultsElsewhere, &[(Slot::Territory, name)]);
    }
    let names: Vec<&str> = missed.iter().map(|f| filter_name(*f)).collect();
    tf(T::ResultsNoLonger, &[(Slot::Filters, &join_words(&names))])
}
