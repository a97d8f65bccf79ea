//! Which programmes fit the answers: a pure function of (answers, dataset).
//!
//! Territory, age, stage, way of meeting and reserved situations are hard filters; needs and
//! the situations a programme welcomes only rank. A missing answer never excludes. The rules are
//! written out in the README (« Matching ») and in `docs/reading-rules.md`.

use super::answers::Answers;
use super::dataset::{AgeRange, Dataset, Programme};
use super::order::sorted;
use super::vocabulary::{ModalityPreference, Need, Situation, Stage};

/// A hard filter a programme can fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// The programme is in another territory (only for a programme the young person kept).
    Territory,
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
            Change::Situation(s) => changed.set_situation(*s, true),
        }
        changed
    }
}

/// How well a programme that passes the filters suits the young person, compared field by field
/// in this order (the README's order): the needs it meets, then whether it is made for the young
/// person's situation, then whether it pays attention to it, then whether no condition is left to
/// check. A tuple, not weights: no number of situations outranks one more need met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Rank {
    pub needs: usize,
    pub made_for: usize,
    pub welcomed: usize,
    pub sure: bool,
}

/// A programme that fits, with what the ranking found.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit<'a> {
    pub programme: &'a Programme,
    /// Reserved situations the young person is unsure about: shown as a condition to check.
    pub to_check: Vec<Situation>,
    pub rank: Rank,
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
    /// When nothing fits and the young person is older than every programme here that is open to
    /// them takes (those reserved to a situation they did not tick aside): the oldest age one of
    /// those takes. No near miss ever asks to be younger.
    pub too_old: Option<u8>,
}

/// Why the first programme comes before the second: the first criterion of `Rank` they differ on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lead {
    /// Needs the young person ticked that the first meets and the second does not.
    Needs(Vec<Need>),
    /// The first is made for this situation of the young person; the second is not.
    MadeFor(Situation),
    /// The first pays attention to this situation of the young person; the second does not.
    Welcomes(Situation),
    /// The young person surely fits the first; the second has a condition to check.
    Sure,
    /// They meet the answers equally: the order is alphabetical.
    Tie,
}

/// How many near misses are offered when nothing fits.
pub const CLOSEST_MAX: usize = 3;

enum Outcome {
    Pass,
    /// Passes only if the young person is in one of these situations (they said they are unsure).
    Unsure(Vec<Situation>),
    /// Fails; with the answer that would change it, when one can (an age cannot go down).
    Fail(Filter, Option<Change>),
}

/// The ages a programme takes: its own bounds, and the territory's default where it states none
/// (reading rule G4: « Le mentorat s'adresse aux jeunes de 5 à 30 ans »).
pub fn ages_taken(dataset: &Dataset, p: &Programme) -> AgeRange {
    let default = dataset.territory(&p.territory).map(|t| t.ages).unwrap_or(AgeRange { min: None, max: None });
    let own = p.audience.ages.unwrap_or(AgeRange { min: None, max: None });
    AgeRange { min: own.min.or(default.min), max: own.max.or(default.max) }
}

/// The situations the young person is in or unsure of, with those they count as (rule S4).
struct Situations {
    sure: Vec<Situation>,
    unsure: Vec<Situation>,
}

impl Situations {
    fn of(answers: &Answers) -> Situations {
        Situations { sure: Situation::with_implied(&answers.situations), unsure: Situation::with_implied(&answers.unsure) }
    }
}

/// Runs the hard filters in order and collects every failure.
fn failures(answers: &Answers, situations: &Situations, ages: AgeRange, p: &Programme) -> (Vec<(Filter, Option<Change>)>, Vec<Situation>) {
    let outcomes = [age(answers, ages), stage(answers, p), modality(answers, p), reserved(situations, p)];
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

fn age(answers: &Answers, range: AgeRange) -> Outcome {
    match (answers.age, range.min, range.max) {
        (Some(age), Some(min), _) if age < min => Outcome::Fail(Filter::Age, Some(Change::Age(min))),
        (Some(age), _, Some(max)) if age > max => Outcome::Fail(Filter::Age, None),
        _ => Outcome::Pass,
    }
}

fn stage(answers: &Answers, p: &Programme) -> Outcome {
    match answers.stage {
        Some(stage) if !p.audience.stages.contains(&stage) => {
            // Suggest the programme's stage closest to the young person's.
            let nearest = p.audience.stages.iter().copied().min_by_key(|s| (*s as i32 - stage as i32).abs());
            Outcome::Fail(Filter::Stage, nearest.map(Change::Stage))
        }
        _ => Outcome::Pass,
    }
}

fn modality(answers: &Answers, p: &Programme) -> Outcome {
    match answers.modality.and_then(ModalityPreference::required) {
        Some(required) if !p.offers(required) => {
            Outcome::Fail(Filter::Modality, Some(Change::Modality(ModalityPreference::Indifferent)))
        }
        _ => Outcome::Pass,
    }
}

fn reserved(situations: &Situations, p: &Programme) -> Outcome {
    let reserved = &p.audience.reserved_for;
    if reserved.is_empty() || reserved.iter().any(|s| situations.sure.contains(s)) {
        return Outcome::Pass;
    }
    let unsure: Vec<Situation> = reserved.iter().copied().filter(|s| situations.unsure.contains(s)).collect();
    if unsure.is_empty() {
        Outcome::Fail(Filter::Reserved, Some(Change::Situation(reserved[0])))
    } else {
        Outcome::Unsure(unsure)
    }
}

fn rank(answers: &Answers, situations: &Situations, p: &Programme, to_check: &[Situation]) -> Rank {
    Rank {
        needs: answers.needs.iter().filter(|n| p.needs.contains(n)).count(),
        made_for: situations.sure.iter().filter(|s| p.audience.reserved_for.contains(s)).count(),
        welcomed: situations.sure.iter().filter(|s| p.audience.welcomes.contains(s)).count(),
        sure: to_check.is_empty(),
    }
}

/// The programmes that fit, best first, and, when none does, the closest ones.
///
/// A territory that the dataset does not have matches nothing: it never widens the results.
pub fn find<'a>(answers: &Answers, dataset: &'a Dataset) -> Results<'a> {
    let situations = Situations::of(answers);
    let mut fits = Vec::new();
    let mut misses = Vec::new();
    let mut oldest_taken: Option<u8> = None;
    // The territory is a hard filter that no other answer can make up for: a programme elsewhere
    // is neither a fit nor a near miss, and is skipped first (most of a national dataset).
    let elsewhere = |p: &Programme| answers.territory.as_ref().is_some_and(|t| *t != p.territory);
    for p in dataset.programmes.iter().filter(|p| !elsewhere(p)) {
        let ages = ages_taken(dataset, p);
        let (mut failed, to_check) = failures(answers, &situations, ages, p);
        if !failed.iter().any(|(filter, _)| *filter == Filter::Reserved) {
            oldest_taken = match (oldest_taken, ages.max) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
        let rank = rank(answers, &situations, p, &to_check);
        match failed.as_mut_slice() {
            [] => fits.push(Fit { programme: p, to_check, rank }),
            [(filter, change @ Some(_))] => {
                let change = change.take().expect("matched Some");
                misses.push((rank, NearMiss { programme: p, filter: *filter, change }));
            }
            _ => {}
        }
    }
    let fits = sorted(fits, |a, b| b.rank.cmp(&a.rank).then_with(|| alphabetical(a.programme, b.programme)));
    let too_old = match (fits.is_empty(), answers.age, oldest_taken) {
        (true, Some(age), Some(oldest)) if age > oldest => Some(oldest),
        _ => None,
    };
    let closest = if fits.is_empty() {
        sorted(misses, |(ra, a), (rb, b)| rb.cmp(ra).then_with(|| alphabetical(a.programme, b.programme)))
            .into_iter().take(CLOSEST_MAX).map(|(_, miss)| miss).collect()
    } else {
        Vec::new()
    };
    Results { fits, closest, too_old }
}

/// The hard filters a programme fails for these answers, in the order they are checked: empty when
/// it fits (a condition to check included). For a programme the young person kept, which stays
/// in « Ma sélection » when a changed answer means it no longer fits.
pub fn unmet(answers: &Answers, dataset: &Dataset, p: &Programme) -> Vec<Filter> {
    let elsewhere = answers.territory.as_ref().is_some_and(|t| *t != p.territory);
    let (failed, _) = failures(answers, &Situations::of(answers), ages_taken(dataset, p), p);
    elsewhere.then_some(Filter::Territory).into_iter().chain(failed.into_iter().map(|(filter, _)| filter)).collect()
}

/// The order a reader calls alphabetical: « Afev » before « ANAF », « Télémaque » among the t.
fn alphabetical(a: &Programme, b: &Programme) -> std::cmp::Ordering {
    reading_order(&a.association).cmp(&reading_order(&b.association)).then_with(|| a.id.cmp(&b.id))
}

/// A name as it is sorted when read: lower case, French accents and the ligatures taken off.
pub fn reading_order(name: &str) -> String {
    name.chars()
        .map(crate::case::lower)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            other => other,
        })
        .collect()
}

/// Why the first programme is first: what it meets of the answers that the second does not.
/// `None` when fewer than two programmes fit.
pub fn lead(answers: &Answers, results: &Results) -> Option<Lead> {
    let [first, second, ..] = results.fits.as_slice() else {
        return None;
    };
    let (a, b) = (first.rank, second.rank);
    let situations = Situations::of(answers);
    let only_first = |of: fn(&Programme) -> &Vec<Situation>| {
        situations.sure.iter().copied().find(|s| of(first.programme).contains(s) && !of(second.programme).contains(s))
    };
    Some(if a.needs != b.needs {
        Lead::Needs(
            answers.needs.iter().copied().filter(|n| first.programme.needs.contains(n) && !second.programme.needs.contains(n)).collect(),
        )
    } else if a.made_for != b.made_for {
        only_first(|p| &p.audience.reserved_for).map_or(Lead::Tie, Lead::MadeFor)
    } else if a.welcomed != b.welcomed {
        only_first(|p| &p.audience.welcomes).map_or(Lead::Tie, Lead::Welcomes)
    } else if a.sure != b.sure {
        Lead::Sure
    } else {
        Lead::Tie
    })
}
