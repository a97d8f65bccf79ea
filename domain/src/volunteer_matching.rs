//! Which programmes recruit a volunteer: the same kind of pure function as the young person's
//! matching. A missing answer never excludes; a fact a brochure does not state never excludes
//! either (a programme whose hours are not stated never fails the time filter).

use super::dataset::{Dataset, Hours, Programme};
use super::order::sorted;
use super::volunteer::Volunteer;
use super::vocabulary::{ModalityPreference, Profile};

/// A hard filter of the volunteer's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VolunteerFilter {
    /// It looks for other mentors (students, retirees…).
    Profile,
    /// Its mentors are older.
    Age,
    /// It asks more hours a month.
    Hours,
    /// It asks a longer commitment.
    Length,
    /// It meets another way.
    Modality,
}

impl VolunteerFilter {
    pub const ALL: [VolunteerFilter; 5] =
        [VolunteerFilter::Profile, VolunteerFilter::Age, VolunteerFilter::Hours, VolunteerFilter::Length, VolunteerFilter::Modality];
}

/// The one answer that would make a near miss fit (a profile or an age cannot change).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolunteerChange {
    /// Giving this many hours a month.
    Hours(u8),
    /// Committing this many months.
    Months(u16),
    /// Accepting either way of meeting.
    AnyModality,
}

impl VolunteerChange {
    pub fn apply(&self, v: &Volunteer) -> Volunteer {
        let mut changed = v.at(None);
        match self {
            VolunteerChange::Hours(h) => changed.hours = Some(*h),
            VolunteerChange::Months(m) => changed.months = Some(*m),
            VolunteerChange::AnyModality => changed.modality = Some(ModalityPreference::Indifferent),
        }
        changed
    }
}

/// A programme that recruits the volunteer, and how well it meets the young people they want
/// to help (the stages and needs they ticked), for the order.
#[derive(Debug, Clone, PartialEq)]
pub struct VolunteerFit<'a> {
    pub programme: &'a Programme,
    pub wished: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VolunteerMiss<'a> {
    pub programme: &'a Programme,
    pub filter: VolunteerFilter,
    pub change: VolunteerChange,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct VolunteerResults<'a> {
    /// Best first.
    pub fits: Vec<VolunteerFit<'a>>,
    /// When fewer than `FEW` fit: programmes that miss by one answer the volunteer can change.
    pub closest: Vec<VolunteerMiss<'a>>,
    /// How many of the territory's other programmes each filter left out (a programme that
    /// fails two filters counts in both), in the filters' order.
    pub left_out: Vec<(VolunteerFilter, usize)>,
    /// How many of the territory's programmes do not fit.
    pub others: usize,
}

/// The hours a programme asks of mentors with this profile (or, with none, the fewest it asks
/// any mentor it recruits).
pub fn hours_for(p: &Programme, profile: Option<Profile>) -> Option<Hours> {
    p.mentoring.hours.for_volunteer(profile, &p.mentoring.profiles, |h| h.monthly_tenths())
}

/// The youngest a mentor with this profile may be (with none, the youngest any may be).
pub fn min_age_for(p: &Programme, profile: Option<Profile>) -> Option<u8> {
    p.mentoring.min_age.for_volunteer(profile, &p.mentoring.profiles, |age| *age)
}

/// Hours as a month's, rounded up (a week counts 4.3 times).
pub fn monthly(hours: Hours) -> u8 {
    hours.monthly_tenths().div_ceil(10).min(u32::from(u8::MAX)) as u8
}

/// The hard filters a programme fails for this volunteer, each with what would change it.
fn failures(v: &Volunteer, p: &Programme) -> Vec<(VolunteerFilter, Option<VolunteerChange>)> {
    let m = &p.mentoring;
    let mut failed = Vec::new();
    if v.profile.is_some_and(|profile| !m.profiles.contains(&profile)) {
        failed.push((VolunteerFilter::Profile, None));
    }
    if let (Some(age), Some(min)) = (v.age, min_age_for(p, v.profile)) {
        if age < min {
            failed.push((VolunteerFilter::Age, None));
        }
    }
    if let (Some(hours), Some(asked)) = (v.hours, hours_for(p, v.profile)) {
        if u32::from(hours) * 10 < asked.monthly_tenths() {
            failed.push((VolunteerFilter::Hours, Some(VolunteerChange::Hours(monthly(asked)))));
        }
    }
    if let (Some(months), Some(span)) = (v.months, m.months) {
        if months < span.min {
            failed.push((VolunteerFilter::Length, Some(VolunteerChange::Months(span.min))));
        }
    }
    if v.modality.and_then(ModalityPreference::required).is_some_and(|required| !p.offers(required)) {
        failed.push((VolunteerFilter::Modality, Some(VolunteerChange::AnyModality)));
    }
    failed
}

/// How many of the young people the volunteer wishes to help the programme accompanies.
fn wished(v: &Volunteer, p: &Programme) -> usize {
    v.stages.iter().filter(|s| p.audience.stages.contains(s)).count() + v.needs.iter().filter(|n| p.needs.contains(n)).count()
}

/// How many near misses are offered when few fit.
pub const CLOSEST_MAX: usize = 3;

/// Below this many programmes that fit, the results also offer the closest: one programme and no
/// word on the others reads as « they don't need me ».
pub const FEW: usize = 5;

/// The programmes that recruit this volunteer, best first, what left the others out, and when
/// few fit, the closest.
pub fn find_for_volunteer<'a>(v: &Volunteer, dataset: &'a Dataset) -> VolunteerResults<'a> {
    let here = |p: &&Programme| v.territory.as_ref().is_none_or(|t| *t == p.territory);
    let mut fits = Vec::new();
    let mut misses = Vec::new();
    let mut failed = Vec::new();
    let mut others = 0;
    for p in dataset.programmes.iter().filter(here) {
        let failures = failures(v, p);
        failed.extend(failures.iter().map(|(filter, _)| *filter));
        others += usize::from(!failures.is_empty());
        match failures.as_slice() {
            [] => fits.push(VolunteerFit { programme: p, wished: wished(v, p) }),
            [(filter, Some(change))] => misses.push(VolunteerMiss { programme: p, filter: *filter, change: change.clone() }),
            _ => {}
        }
    }
    let name = |p: &Programme| (p.association.clone(), p.id.clone());
    let fits = sorted(fits, |a, b| b.wished.cmp(&a.wished).then_with(|| name(a.programme).cmp(&name(b.programme))));
    let misses = sorted(misses, |a, b| name(a.programme).cmp(&name(b.programme)));
    let closest = if fits.len() < FEW { misses.into_iter().take(CLOSEST_MAX).collect() } else { Vec::new() };
    let left_out = VolunteerFilter::ALL
        .iter()
        .map(|filter| (*filter, failed.iter().filter(|f| *f == filter).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    VolunteerResults { fits, closest, left_out, others }
}
