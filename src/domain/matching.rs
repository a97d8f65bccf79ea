//! Which programmes fit the answers: a pure function of (answers, programmes).
//!
//! Territory, age, stage, way of meeting and reserved situations are hard filters; needs and
//! the situations a programme welcomes only rank. A missing answer never excludes.

use super::answers::Answers;
use super::dataset::Programme;
use super::vocabulary::{ModalityPreference, Situation, Stage};

/// A hard filter a programme can fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Age,
    Stage,
    Modality,
    Reserved,
}

/// The one answer that would make a near miss fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Age(u8),
    Stage(Stage),
    Modality(ModalityPreference),
    Situation(Situation),
}

impl Change {
    /// The answers with this change made.
    pub fn apply(&self, answers: &Answers) -> Answers {
        let mut changed = answers.clone();
        match self {
            Change::Age(age) => changed.age = Some(*age),
            Change::Stage(stage) => changed.stage = Some(*stage),
            Change::Modality(m) => changed.modality = Some(*m),
            Change::Situation(s) => {
                changed.unsure.retain(|u| u != s);
                changed.situations.push(*s);
            }
        }
        changed
    }
}

/// A programme that fits, with what the ranking found.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit<'a> {
    pub programme: &'a Programme,
    /// Reserved situations the young person is unsure about: shown as a condition to check.
    pub to_check: Vec<Situation>,
    pub score: u32,
}

/// A programme that fails exactly one hard filter, and the answer that would change that.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss<'a> {
    pub programme: &'a Programme,
    pub filter: Filter,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results<'a> {
    /// Best first.
    pub fits: Vec<Fit<'a>>,
    /// Only when nothing fits: the programmes of the territory that miss by one answer, best first.
    pub closest: Vec<NearMiss<'a>>,
}

/// How many near misses are offered when nothing fits.
pub const CLOSEST_MAX: usize = 3;

enum Outcome {
    Pass,
    /// Passes only if the young person is in one of these situations (they said they are unsure).
    Unsure(Vec<Situation>),
    Fail(Filter, Change),
}

/// Runs the hard filters in order and collects every failure.
fn failures(answers: &Answers, p: &Programme) -> (Vec<(Filter, Change)>, Vec<Situation>) {
    let outcomes = [
        age(answers, p),
        stage(answers, p),
        modality(answers, p),
        reserved(answers, p),
    ];
    let mut failed = Vec::new();
    let mut to_check = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Pass => {}
            Outcome::Unsure(situations) => to_check.extend(situations),
            Outcome::Fail(filter, change) => failed.push((filter, change)),
        }
    }
    (failed, to_check)
}

fn age(answers: &Answers, p: &Programme) -> Outcome {
    match (answers.age, p.audience.ages) {
        (Some(age), Some(range)) if !range.contains(age) => {
            let nearest = if range.min.is_some_and(|min| age < min) { range.min } else { range.max };
            Outcome::Fail(Filter::Age, Change::Age(nearest.unwrap_or(age)))
        }
        _ => Outcome::Pass,
    }
}

fn stage(answers: &Answers, p: &Programme) -> Outcome {
    match answers.stage {
        Some(stage) if !p.audience.stages.contains(&stage) => {
            // Suggest the programme's stage closest to the young person's.
            let nearest = p.audience.stages.iter().copied().min_by_key(|s| (*s as i32 - stage as i32).abs());
            Outcome::Fail(Filter::Stage, Change::Stage(nearest.unwrap_or(stage)))
        }
        _ => Outcome::Pass,
    }
}

fn modality(answers: &Answers, p: &Programme) -> Outcome {
    match answers.modality.and_then(ModalityPreference::required) {
        Some(required) if !p.offers(required) => {
            Outcome::Fail(Filter::Modality, Change::Modality(ModalityPreference::Indifferent))
        }
        _ => Outcome::Pass,
    }
}

fn reserved(answers: &Answers, p: &Programme) -> Outcome {
    let reserved = &p.audience.reserved_for;
    if reserved.is_empty() || reserved.iter().any(|s| answers.situations.contains(s)) {
        return Outcome::Pass;
    }
    let unsure: Vec<Situation> = reserved.iter().copied().filter(|s| answers.unsure.contains(s)).collect();
    if unsure.is_empty() {
        Outcome::Fail(Filter::Reserved, Change::Situation(reserved[0]))
    } else {
        Outcome::Unsure(unsure)
    }
}

/// How well a programme that passes the filters suits the young person: needs weigh most.
fn score(answers: &Answers, p: &Programme, to_check: &[Situation]) -> u32 {
    let needs = answers.needs.iter().filter(|n| p.needs.contains(n)).count() as u32;
    let welcomed = answers.situations.iter().filter(|s| p.audience.welcomes.contains(s)).count() as u32;
    let reserved = answers.situations.iter().filter(|s| p.audience.reserved_for.contains(s)).count() as u32;
    // A programme made for the young person's situation comes before a general one; one whose
    // condition they are unsure of comes after an equal one they surely fit.
    (10 * needs + 6 * reserved + 4 * welcomed) * 2 + u32::from(to_check.is_empty())
}

/// The programmes that fit, best first, and, when none does, the closest ones.
pub fn find<'a>(answers: &Answers, programmes: &'a [Programme]) -> Results<'a> {
    let mut fits = Vec::new();
    let mut misses = Vec::new();
    // The territory is a hard filter that no other answer can make up for: a programme elsewhere
    // is neither a fit nor a near miss, and is skipped first (most of a national dataset).
    let elsewhere = |p: &Programme| answers.territory.as_ref().is_some_and(|t| *t != p.territory);
    for p in programmes.iter().filter(|p| !elsewhere(p)) {
        let (mut failed, to_check) = failures(answers, p);
        match failed.len() {
            0 => fits.push(Fit { programme: p, score: score(answers, p, &to_check), to_check }),
            1 => {
                let (filter, change) = failed.remove(0);
                misses.push((score(answers, p, &to_check), NearMiss { programme: p, filter, change }));
            }
            _ => {}
        }
    }
    fits.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.programme.association.cmp(&b.programme.association)));
    let closest = if fits.is_empty() {
        misses.sort_by(|(sa, a), (sb, b)| sb.cmp(sa).then_with(|| a.programme.association.cmp(&b.programme.association)));
        misses.into_iter().take(CLOSEST_MAX).map(|(_, miss)| miss).collect()
    } else {
        Vec::new()
    };
    Results { fits, closest }
}
