//! The form of a territory's file: the fields that change most, read from the text as written,
//! and each edit made into a change of the text that keeps every other byte (`edit`).

use super::edit::{apply, list_like, quoted, Change};
use super::position::{span_of, Step};
use crate::json::Json;

/// A programme of the file as the form shows it: its place in the list, its id and association.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub index: usize,
    pub id: String,
    pub association: String,
}

/// The programmes of a territory's file, in its order (the ones the reader refuses too: the form
/// is where they are corrected).
pub fn programmes(text: &str) -> Vec<Listed> {
    with_list(text, "programmes", |items| {
        items
            .iter()
            .enumerate()
            .map(|(index, p)| {
                Listed { index, id: text_or_empty(p.get("id")), association: text_or_empty(p.get("association")) }
            })
            .collect()
    })
}

/// The entries of a list at the file's root (`programmes`, `territories`), given to `read`:
/// none when the text does not read as JSON (a BOM aside, which the report names).
pub(super) fn with_list<T>(text: &str, list: &str, read: impl FnOnce(&[Json]) -> T) -> T {
    let root = Json::parse(text.trim_start_matches('\u{feff}'));
    match root.as_ref().ok().and_then(|root| root.get(list)) {
        Some(Json::Array(items)) => read(items),
        _ => read(&[]),
    }
}

/// The values of the form's fields for the programme at `index`, as the file writes them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fields {
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub website: String,
    pub min_age: Option<u64>,
    pub max_age: Option<u64>,
    pub stages: Vec<String>,
    pub reserved_for: Vec<String>,
    pub welcomes: Vec<String>,
    pub modalities: Vec<String>,
    pub checked: String,
    /// The texts a young person reads (`TEXTS`), in that order.
    pub texts: Vec<String>,
    /// Who it looks for as mentors.
    pub profiles: Vec<String>,
    /// How many months a mentor commits, when the file says it.
    pub months_min: Option<u64>,
    pub months_max: Option<u64>,
}

/// The texts of a programme the form corrects, by their field: what the young person reads on
/// its card. Each has translations, to redo when it changes.
pub const TEXTS: [&str; 6] = ["line", "summary", "duration", "frequency", "mentors", "capacity"];

/// A text of the file as the form shows it: empty when it is missing or not a text.
fn text_or_empty(value: Option<&Json>) -> String {
    value.and_then(Json::as_str).unwrap_or_default().to_owned()
}

/// A list of texts of the file, its entries that are not texts left out.
fn texts(value: Option<&Json>) -> Vec<String> {
    match value {
        Some(Json::Array(items)) => items.iter().filter_map(Json::as_str).map(str::to_owned).collect(),
        _ => Vec::new(),
    }
}

/// The form's fields for the programme at `index`, if the file has it.
pub fn fields(text: &str, index: usize) -> Option<Fields> {
    with_list(text, "programmes", |items| {
        let p = items.get(index)?;
        let contact = p.get("contact");
        let audience = p.get("audience");
        let ages = audience.and_then(|a| a.get("ages"));
        let months = p.get("mentoring").and_then(|m| m.get("months"));
        Some(Fields {
            emails: texts(contact.and_then(|c| c.get("emails"))),
            phones: texts(contact.and_then(|c| c.get("phones"))),
            website: text_or_empty(contact.and_then(|c| c.get("website"))),
            min_age: ages.and_then(|a| a.get("min")).and_then(Json::uint),
            max_age: ages.and_then(|a| a.get("max")).and_then(Json::uint),
            stages: texts(audience.and_then(|a| a.get("stages"))),
            reserved_for: texts(audience.and_then(|a| a.get("reserved_for"))),
            welcomes: texts(audience.and_then(|a| a.get("welcomes"))),
            modalities: texts(p.get("modalities")),
            checked: text_or_empty(p.get("checked")),
            texts: TEXTS.iter().map(|field| text_or_empty(p.get(field))).collect(),
            profiles: texts(p.get("mentoring").and_then(|m| m.get("profiles"))),
            months_min: months.and_then(|m| m.get("min")).and_then(Json::uint),
            months_max: months.and_then(|m| m.get("max")).and_then(Json::uint),
        })
    })
}

/// The brochure excerpts that back a fact of the programme at `index` (`ages`, `stages`,
/// `modalities`: `Fact::id`), as the file quotes them, each with its brochure's id.
pub fn excerpts(text: &str, index: usize, fact: &str) -> Vec<(String, String)> {
    with_list(text, "programmes", |items| {
        let Some(Json::Array(evidence)) = items.get(index).and_then(|p| p.get("evidence")) else { return Vec::new() };
        evidence
            .iter()
            .filter(|e| e.get("fact").and_then(Json::as_str) == Some(fact))
            .filter_map(|e| Some((e.get("source")?.as_str()?.to_owned(), e.get("excerpt")?.as_str()?.to_owned())))
            .collect()
    })
}

/// One edit in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The e-mails, one a line.
    Emails(String),
    /// The phones, one a line.
    Phones(String),
    Website(String),
    /// The youngest age, or empty for none of its own (the territory's then).
    MinAge(String),
    MaxAge(String),
    /// A stage's id, ticked or not.
    Stage(String, bool),
    /// A way to meet's id, ticked or not.
    Modality(String, bool),
    /// A situation's id the programme is reserved for, ticked or not.
    Reserved(String, bool),
    /// A situation's id the programme pays attention to, ticked or not.
    Welcomes(String, bool),
    /// One of `TEXTS`, by its place there, and its new words.
    Text(usize, String),
    /// A mentors' profile's id, ticked or not.
    Profile(String, bool),
    /// How many months a mentor commits at least, or empty for unsaid (with its most).
    MonthsMin(String),
    MonthsMax(String),
    /// « Vérifié le », AAAA-MM-JJ.
    Checked(String),
}

/// Why an edit was not made, in a coordinator's words.
pub type Refused = String;

fn at(index: usize, path: &[&str]) -> Vec<Step> {
    let mut steps = vec![Step::Key("programmes".into()), Step::Item(index)];
    steps.extend(path.iter().map(|k| Step::Key((*k).into())));
    steps
}

/// The file with an edit of the programme at `index` made (itself when the edit changes nothing).
pub fn edited(text: &str, index: usize, edit: &Edit) -> Result<String, Refused> {
    let now = fields(text, index).ok_or("ce programme n'est plus dans le fichier")?;
    let lines = |value: &str| value.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    let changes: Vec<Change> = match edit {
        Edit::Emails(value) => list(text, at(index, &["contact", "emails"]), &now.emails, lines(value)),
        Edit::Phones(value) => list(text, at(index, &["contact", "phones"]), &now.phones, lines(value)),
        Edit::Website(value) if value.trim() != now.website => vec![Change::Set(at(index, &["contact", "website"]), quoted(value.trim()))],
        Edit::Checked(value) if value.trim() != now.checked => vec![Change::Set(at(index, &["checked"]), quoted(value.trim()))],
        Edit::MinAge(value) => bound(index, ["audience", "ages"], "min", value, now.min_age, now.max_age)?,
        Edit::MaxAge(value) => bound(index, ["audience", "ages"], "max", value, now.max_age, now.min_age)?,
        Edit::Stage(id, ticked) => list(text, at(index, &["audience", "stages"]), &now.stages, toggled(&now.stages, id, *ticked)),
        Edit::Modality(id, ticked) => list(text, at(index, &["modalities"]), &now.modalities, toggled(&now.modalities, id, *ticked)),
        Edit::Reserved(id, ticked) => list(text, at(index, &["audience", "reserved_for"]), &now.reserved_for, toggled(&now.reserved_for, id, *ticked)),
        Edit::Welcomes(id, ticked) => list(text, at(index, &["audience", "welcomes"]), &now.welcomes, toggled(&now.welcomes, id, *ticked)),
        Edit::Text(field, value) => match (TEXTS.get(*field), now.texts.get(*field)) {
            (Some(name), Some(was)) if value.trim() != was => vec![Change::Set(at(index, &[name]), quoted(value.trim()))],
            _ => Vec::new(),
        },
        Edit::Profile(id, ticked) => list(text, at(index, &["mentoring", "profiles"]), &now.profiles, toggled(&now.profiles, id, *ticked)),
        Edit::MonthsMin(value) => bound(index, ["mentoring", "months"], "min", value, now.months_min, now.months_max)?,
        Edit::MonthsMax(value) => bound(index, ["mentoring", "months"], "max", value, now.months_max, now.months_min)?,
        Edit::Website(_) | Edit::Checked(_) => Vec::new(),
    };
    changes.iter().try_fold(text.to_owned(), |text, change| apply(&text, change).map_err(|e| e.to_string()))
}

fn toggled(now: &[String], id: &str, ticked: bool) -> Vec<String> {
    let mut items: Vec<String> = now.iter().filter(|i| *i != id).cloned().collect();
    if ticked {
        items.push(id.to_owned());
    }
    items
}

/// A list of texts written anew, as the file wrote it; removed when emptied, unchanged when equal.
fn list(text: &str, steps: Vec<Step>, now: &[String], wanted: Vec<String>) -> Vec<Change> {
    if wanted == now {
        return Vec::new();
    }
    if wanted.is_empty() {
        return vec![Change::Remove(steps)];
    }
    let original = span_of(text, &steps).map(|span| text[span].to_owned()).unwrap_or_default();
    let items: Vec<String> = wanted.iter().map(|w| quoted(w)).collect();
    vec![Change::Set(steps, list_like(&original, &items))]
}

/// A bound of a range (`audience.ages`, `mentoring.months`) set or removed; the range itself
/// added with it, or removed with its last bound.
fn bound(index: usize, range: [&str; 2], bound: &str, value: &str, now: Option<u64>, other: Option<u64>) -> Result<Vec<Change>, Refused> {
    let value = value.trim();
    let wanted = match value {
        "" => None,
        _ => Some(value.parse::<u64>().map_err(|_| format!("« {value} »\u{a0}: écris un nombre entier, ou rien"))?),
    };
    Ok(match (wanted, now, other) {
        (w, n, _) if w == n => Vec::new(),
        (Some(w), _, None) if now.is_none() => vec![Change::Set(at(index, &range), format!("{{\"{bound}\": {w}}}"))],
        (Some(w), _, _) => vec![Change::Set(at(index, &[range[0], range[1], bound]), w.to_string())],
        (None, _, None) => vec![Change::Remove(at(index, &range))],
        (None, _, Some(_)) => vec![Change::Remove(at(index, &[range[0], range[1], bound]))],
    })
}

/// A territory of the index as its form shows it: its place in the list, its id, its area and
/// its Collectif Mentorat's e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexTerritory {
    pub index: usize,
    pub id: String,
    pub area: String,
    pub collectif_email: String,
}

/// The territories of the index, in its order.
pub fn index_territories(text: &str) -> Vec<IndexTerritory> {
    with_list(text, "territories", |items| {
        items
            .iter()
            .enumerate()
            .map(|(index, t)| {
                IndexTerritory { index, id: text_or_empty(t.get("id")), area: text_or_empty(t.get("area")), collectif_email: text_or_empty(t.get("collectif_email")) }
            })
            .collect()
    })
}

/// The index with a territory's Collectif Mentorat e-mail changed (itself when it is the same).
pub fn edited_collectif(text: &str, index: usize, email: &str) -> Result<String, Refused> {
    let now = index_territories(text).into_iter().find(|t| t.index == index).ok_or("ce territoire n'est plus dans le fichier")?;
    if now.collectif_email == email.trim() {
        return Ok(text.to_owned());
    }
    let steps = vec![Step::Key("territories".into()), Step::Item(index), Step::Key("collectif_email".into())];
    apply(text, &Change::Set(steps, quoted(email.trim()))).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"programmes\": [\n    {\n      \"id\": \"a-x\",\n      \"audience\": {\n        \"stages\": [\n          \"college\"\n        ]\n      },\n      \"contact\": {\n        \"website\": \"https://a.fr/\",\n        \"emails\": [\n          \"a@a.fr\"\n        ]\n      },\n      \"checked\": \"2025-01-01\"\n    }\n  ]\n}\n";

    #[test]
    fn an_email_changed_changes_only_that_value() {
        let changed = edited(TEXT, 0, &Edit::Emails("b@a.fr\n".into())).unwrap();
        assert_eq!(changed, TEXT.replace("a@a.fr", "b@a.fr"));
        assert_eq!(fields(&changed, 0).unwrap().emails, ["b@a.fr"]);
        assert_eq!(edited(TEXT, 0, &Edit::Emails(" a@a.fr ".into())).unwrap(), TEXT, "the same e-mail, the same bytes");
    }

    #[test]
    fn ages_are_added_set_and_removed_with_their_object() {
        let with_min = edited(TEXT, 0, &Edit::MinAge("14".into())).unwrap();
        assert!(with_min.contains("\"stages\": [\n          \"college\"\n        ],\n        \"ages\": {\"min\": 14}\n      },"), "{with_min}");
        let with_both = edited(&with_min, 0, &Edit::MaxAge("18".into())).unwrap();
        assert_eq!((fields(&with_both, 0).unwrap().min_age, fields(&with_both, 0).unwrap().max_age), (Some(14), Some(18)));
        let min_gone = edited(&with_both, 0, &Edit::MinAge(String::new())).unwrap();
        assert_eq!(fields(&min_gone, 0).unwrap().min_age, None);
        let none = edited(&min_gone, 0, &Edit::MaxAge(String::new())).unwrap();
        assert_eq!(none, TEXT, "back to the file as opened");
        assert!(edited(TEXT, 0, &Edit::MinAge("douze".into())).is_err());
    }

    #[test]
    fn a_stage_ticked_is_added_to_the_list_as_written() {
        let changed = edited(TEXT, 0, &Edit::Stage("lycee-pro".into(), true)).unwrap();
        assert!(changed.contains("[\n          \"college\",\n          \"lycee-pro\"\n        ]"), "{changed}");
        assert_eq!(edited(&changed, 0, &Edit::Stage("lycee-pro".into(), false)).unwrap(), TEXT);
    }
}
