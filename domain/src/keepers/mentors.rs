//! The mentors' youngest age and hours in the form: a value said of every mentor, or entries by
//! profile (`{"profiles": [...], "min": 21}`), each edited where the file writes it.

use super::edit::{apply, quoted, Change};
use super::position::Step;
use super::form::{with_list, Refused};
use crate::json::Json;

/// What a programme says of its mentors' youngest age or hours, entry by entry (one entry, with
/// no profiles, when the file gives one value for every mentor).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stated {
    /// Entries by profile (`true`), or one value for every mentor (`false`).
    pub by_profile: bool,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// The profiles it is said of; empty for every mentor.
    pub profiles: Vec<String>,
    pub min: Option<u64>,
    pub max: Option<u64>,
    /// For hours: `semaine` or `mois`.
    pub per: Option<String>,
}

/// The two facts of this kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    MinAge,
    Hours,
}

impl Fact {
    fn key(self) -> &'static str {
        match self {
            Fact::MinAge => "min_age",
            Fact::Hours => "hours",
        }
    }
}

fn entry(value: &Json) -> Entry {
    let profiles = match value.get("profiles") {
        Some(Json::Array(items)) => items.iter().filter_map(Json::as_str).map(str::to_owned).collect(),
        _ => Vec::new(),
    };
    Entry {
        profiles,
        min: value.get("min").and_then(Json::uint).or_else(|| value.uint()),
        max: value.get("max").and_then(Json::uint),
        per: value.get("per").and_then(Json::as_str).map(str::to_owned),
    }
}

/// What the programme at `index` says of `fact`, as the file writes it.
pub fn stated(text: &str, index: usize, fact: Fact) -> Stated {
    with_list(text, "programmes", |items| match items.get(index).and_then(|p| p.get("mentoring")).and_then(|m| m.get(fact.key())) {
        Some(Json::Array(entries)) => Stated { by_profile: true, entries: entries.iter().map(entry).collect() },
        Some(value) => Stated { by_profile: false, entries: vec![entry(value)] },
        None => Stated::default(),
    })
}

/// One part of an entry that changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Min(String),
    Max(String),
    Per(String),
}

fn number(value: &str) -> Result<Option<u64>, Refused> {
    match value.trim() {
        "" => Ok(None),
        v => v.parse().map(Some).map_err(|_| format!("« {v} »\u{a0}: écris un nombre entier, ou rien")),
    }
}

/// The file with a part of the entry `at` of `fact` changed (entry 0 when the file says nothing
/// yet, which then says it of every mentor). Itself when nothing changes.
pub fn edited_stated(text: &str, index: usize, fact: Fact, at: usize, part: &Part) -> Result<String, Refused> {
    let now = stated(text, index, fact);
    let mut base = vec![Step::Key("programmes".into()), Step::Item(index), Step::Key("mentoring".into()), Step::Key(fact.key().into())];
    if now.by_profile {
        base.push(Step::Item(at));
    }
    let current = now.entries.get(at).cloned();
    let with = |key: &str| [base.clone(), vec![Step::Key(key.into())]].concat();
    let change = match (fact, part, &current) {
        // Not said yet: said of every mentor.
        (Fact::MinAge, Part::Min(v), None) => number(v)?.map(|n| Change::Set(base.clone(), n.to_string())),
        (Fact::Hours, Part::Min(v), None) => number(v)?.map(|n| Change::Set(base.clone(), format!("{{\"min\": {n}, \"per\": \"semaine\"}}"))),
        (_, _, None) => None,
        // A youngest age said of every mentor is a plain number.
        (Fact::MinAge, Part::Min(v), Some(e)) if !now.by_profile => match number(v)? {
            n if n == e.min => None,
            Some(n) => Some(Change::Set(base.clone(), n.to_string())),
            None => Some(Change::Remove(base.clone())),
        },
        (_, Part::Min(v), Some(e)) => match number(v)? {
            n if n == e.min => None,
            Some(n) => Some(Change::Set(with("min"), n.to_string())),
            None if fact == Fact::Hours && !now.by_profile => Some(Change::Remove(base.clone())),
            None => return Err("écris un nombre\u{a0}: une entrée pour des profils garde son minimum (retirez l'entrée dans le fichier)".into()),
        },
        (Fact::Hours, Part::Max(v), Some(e)) => match number(v)? {
            n if n == e.max => None,
            Some(n) => Some(Change::Set(with("max"), n.to_string())),
            None => Some(Change::Remove(with("max"))),
        },
        (Fact::Hours, Part::Per(v), Some(e)) if e.per.as_deref() != Some(v.as_str()) => Some(Change::Set(with("per"), quoted(v))),
        _ => None,
    };
    match change {
        Some(change) => apply(text, &change).map_err(|e| e.to_string()),
        None => Ok(text.to_owned()),
    }
}

/// The entries in words, for the summary: « 2 par semaine (etudiant)\u{a0}; 1 par semaine (lyceen) ».
pub fn in_words(stated: &Stated) -> String {
    if stated.entries.is_empty() {
        return "(non dit)".to_owned();
    }
    stated
        .entries
        .iter()
        .map(|e| {
            let range = match (e.min, e.max) {
                (Some(min), Some(max)) if min != max => format!("{min} à {max}"),
                (Some(min), _) => min.to_string(),
                _ => "?".to_owned(),
            };
            let per = e.per.as_deref().map(|p| format!(" par {p}")).unwrap_or_default();
            let who = if e.profiles.is_empty() { String::new() } else { format!(" ({})", e.profiles.join(", ")) };
            format!("{range}{per}{who}")
        })
        .collect::<Vec<_>>()
        .join("\u{a0}; ")
}
