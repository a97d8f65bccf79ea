//! The counsellors' directory (`<base>/programmes`): every programme of a territory in one table,
//! filtered and sorted as its link says (`#territoire=roubaix&etape=lycee-pro&tri=age`).
//!
//! The filters are the young person's answers read as a counsellor would ask: a stage, an age, a
//! way of meeting keep the programmes that take them (the matching's own rules for each); a
//! situation keeps the programmes reserved to it or attentive to it. With no situation, every
//! programme is listed, reserved ones included: the counsellor sees what exists.

use super::answers::{Answers, Sort};
use super::dataset::{AgeRange, Dataset, Programme};
use super::i18n::{date, join_words, tf, Slot, T};
use super::reasons::age_words;
use super::summary::areas;
use super::matching::ages_taken;
use super::order::sorted;
use super::vocabulary::Situation;

/// One line of the directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub programme: &'a Programme,
    /// The ages it takes, the territory's default where it states none.
    pub ages: AgeRange,
}

/// The programmes the filters keep, in the order asked.
pub fn rows<'a>(dataset: &'a Dataset, filters: &Answers) -> Vec<Row<'a>> {
    let situations = Situation::with_implied(&filters.situations);
    let rows: Vec<Row> = dataset
        .programmes
        .iter()
        .filter(|p| filters.territory.as_ref().is_none_or(|t| *t == p.territory))
        .filter(|p| filters.stage.is_none_or(|stage| p.audience.stages.contains(&stage)))
        .filter(|p| filters.modality.and_then(|m| m.required()).is_none_or(|m| p.offers(m)))
        .filter(|p| {
            let audience = &p.audience;
            situations.is_empty() || situations.iter().any(|s| audience.reserved_for.contains(s) || audience.welcomes.contains(s))
        })
        .map(|p| Row { programme: p, ages: ages_taken(dataset, p) })
        .filter(|row| filters.age.is_none_or(|age| row.ages.min.is_none_or(|min| age >= min) && row.ages.max.is_none_or(|max| age <= max)))
        .collect();
    let name = |r: &Row| (r.programme.association.clone(), r.programme.territory.clone());
    match filters.sort.unwrap_or(Sort::Name) {
        Sort::Name => sorted(rows, |a, b| name(a).cmp(&name(b))),
        Sort::Age => sorted(rows, |a, b| (a.ages.min.unwrap_or(0), name(a)).cmp(&(b.ages.min.unwrap_or(0), name(b)))),
    }
}

/// The printed list's title: the areas it covers (the territory filtered, else every one), the
/// source and the day its data was checked, and the day it is printed (`today`, `YYYY-MM-DD`).
pub fn print_title(dataset: &Dataset, territory: Option<&str>, today: &str) -> String {
    let areas = areas(dataset, territory);
    tf(T::DirectoryPrintTitle, &[(Slot::Areas, &join_words(&areas)), (Slot::Date, &date(&dataset.updated)), (Slot::Today, &date(today))])
}

/// The ages in the « Pour qui » column. A programme that states none shows the territory's range
/// as the territory's, not as its own (« 5–30 ans » beside « études supérieures » read as a fact
/// of Article 1); one that states a single bound shows only that bound.
pub fn ages_words(row: &Row) -> String {
    match row.programme.audience.ages {
        None => match (row.ages.min, row.ages.max) {
            (Some(min), Some(max)) => tf(T::DirectoryAgesDefault, &[(Slot::Min, &min.to_string()), (Slot::Max, &max.to_string())]),
            _ => String::new(),
        },
        Some(AgeRange { min: Some(min), max: Some(max) }) => tf(T::DirectoryAges, &[(Slot::Min, &min.to_string()), (Slot::Max, &max.to_string())]),
        Some(own) => age_words(own),
    }
}
