//! The decoder: a JSON entry into the schema's types, each problem with the path of its field.

use std::borrow::Cow;

use super::types::*;
use super::{DatasetError, EntryError};
use crate::json::Json;
use crate::vocabulary::{Choice, Modality, Need, Profile, Situation, Stage};

/// A problem found while reading, and where: the path is built on the way out (innermost part
/// first), so reading a valid file builds no path at all.
pub(super) struct Problem {
    at: Vec<String>,
    what: String,
}

impl Problem {
    fn new(what: String) -> Problem {
        Problem { at: Vec::new(), what }
    }

    fn in_field(mut self, key: &str) -> Problem {
        self.at.push(key.to_owned());
        self
    }

    fn in_item(mut self, index: usize) -> Problem {
        self.at.push(format!("[{index}]"));
        self
    }

    /// `audience.stages[1]`, or `.` for the entry itself.
    fn path(&self) -> String {
        let mut path = String::new();
        for part in self.at.iter().rev() {
            if !path.is_empty() && !part.starts_with('[') {
                path.push('.');
            }
            path.push_str(part);
        }
        if path.is_empty() {
            path.push('.');
        }
        path
    }
}

pub(super) type Read<T> = Result<T, Problem>;

/// A header field of the file: its absence, or a problem inside it, makes the whole file unusable.
pub(super) fn header<'j, 'a, T>(root: &'j Json<'a>, field: &'static str, read: impl FnOnce(&'j Json<'a>) -> Read<T>) -> Result<T, DatasetError> {
    let value = root.get(field).ok_or(DatasetError::Header { field, detail: "absent".into() })?;
    read(value).map_err(|p| {
        let p = p.in_field(field);
        DatasetError::Header { field, detail: format!("{} : {}", p.path(), p.what) }
    })
}

/// One entry (a programme or a territory): a problem names the entry's id and the field at fault.
pub(super) fn entry<'j, 'a, T>(entry: &'static str, raw: &'j Json<'a>, read: impl FnOnce(&'j Json<'a>) -> Read<T>) -> Result<T, EntryError> {
    read(raw).map_err(|p| EntryError {
        entry,
        id: raw.get("id").and_then(Json::as_str).unwrap_or("sans id").to_owned(),
        field: p.path(),
        problem: p.what,
        file: None,
    })
}

fn type_problem(expected: &str, found: &Json) -> Problem {
    Problem::new(format!("type invalide : {expected} est attendu, pas {}", found.kind()))
}

fn quoted(ids: impl Iterator<Item = &'static str>) -> String {
    ids.map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ")
}

/// An object's fields, once checked against the keys the schema allows.
struct Fields<'j, 'a> {
    fields: &'j [(Cow<'a, str>, Json<'a>)],
}

fn object<'j, 'a>(value: &'j Json<'a>, allowed: &'static [&'static str]) -> Read<Fields<'j, 'a>> {
    let Json::Object(fields) = value else { return Err(type_problem("un objet", value)) };
    if let Some((key, _)) = fields.iter().find(|(k, _)| !allowed.contains(&k.as_ref())) {
        let what = format!("champ inconnu `{key}`, champs permis : {}", quoted(allowed.iter().copied()));
        return Err(Problem::new(what).in_field(key));
    }
    Ok(Fields { fields })
}

impl<'j, 'a> Fields<'j, 'a> {
    /// A field that is there and not `null`.
    fn get(&self, key: &str) -> Option<&'j Json<'a>> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v).filter(|v| !matches!(v, Json::Null))
    }

    fn required<T>(&self, key: &str, read: fn(&'j Json<'a>) -> Read<T>) -> Read<T> {
        match self.get(key) {
            Some(value) => read(value).map_err(|p| p.in_field(key)),
            None => Err(Problem::new("champ obligatoire absent".into()).in_field(key)),
        }
    }

    fn optional<T>(&self, key: &str, read: fn(&'j Json<'a>) -> Read<T>) -> Read<Option<T>> {
        self.get(key).map(|value| read(value).map_err(|p| p.in_field(key))).transpose()
    }

    /// An optional list: absent is empty.
    fn list<T>(&self, key: &str, item: fn(&Json) -> Read<T>) -> Read<Vec<T>> {
        match self.get(key) {
            Some(value) => list(value, item).map_err(|p| p.in_field(key)),
            None => Ok(Vec::new()),
        }
    }

    /// An optional value: absent is its default.
    fn or_default<T: Default>(&self, key: &str, read: fn(&'j Json<'a>) -> Read<T>) -> Read<T> {
        self.optional(key, read).map(Option::unwrap_or_default)
    }
}

/// Reads an object into a record of the schema, each field's name written once: the keys the
/// object may have are the record's fields, and each is read `required`, `optional`, `list` (an
/// optional list, absent is empty) or `or_default`, with the reader given. A field added to a
/// record and not read here does not compile.
macro_rules! record {
    ($value:expr, $record:ident { $($field:ident: $how:ident($read:expr)),+ $(,)? }) => {{
        let f = object($value, &[$(stringify!($field)),+])?;
        Ok::<_, Problem>($record { $($field: f.$how(stringify!($field), $read)?),+ })
    }};
}

pub(super) fn text_value(value: &Json) -> Read<String> {
    value.as_str().map(str::to_owned).ok_or_else(|| type_problem("un texte", value))
}

fn whole<T: TryFrom<u64>>(value: &Json) -> Read<T> {
    value.uint().and_then(|n| T::try_from(n).ok()).ok_or_else(|| type_problem("un nombre entier positif (pas trop grand)", value))
}

pub(super) fn array<'j, 'a>(value: &'j Json<'a>) -> Read<&'j [Json<'a>]> {
    match value {
        Json::Array(items) => Ok(items),
        _ => Err(type_problem("une liste", value)),
    }
}

pub(super) fn list<T>(value: &Json, item: fn(&Json) -> Read<T>) -> Read<Vec<T>> {
    array(value)?.iter().enumerate().map(|(i, v)| item(v).map_err(|p| p.in_item(i))).collect()
}

/// A value of a closed list, by its id.
fn one_of<T: Copy>(value: &Json, all: &[T], id: fn(T) -> &'static str) -> Read<T> {
    let text = value.as_str().ok_or_else(|| type_problem("un texte", value))?;
    all.iter().copied().find(|v| id(*v) == text).ok_or_else(|| {
        Problem::new(format!("valeur inconnue `{text}`, valeurs permises : {}", quoted(all.iter().map(|v| id(*v)))))
    })
}

fn stage(v: &Json) -> Read<Stage> {
    one_of(v, Stage::ALL, Stage::id)
}

fn need(v: &Json) -> Read<Need> {
    one_of(v, Need::ALL, Need::id)
}

fn situation(v: &Json) -> Read<Situation> {
    one_of(v, Situation::ALL, Situation::id)
}

fn modality(v: &Json) -> Read<Modality> {
    one_of(v, Modality::ALL, Modality::id)
}

fn ages(value: &Json) -> Read<AgeRange> {
    record!(value, AgeRange { min: optional(whole), max: optional(whole) })
}

fn evidence(value: &Json) -> Read<Evidence> {
    record!(value, Evidence { fact: required(|v| one_of(v, Fact::ALL, Fact::id)), source: required(text_value), excerpt: or_default(text_value) })
}

pub(super) fn source(value: &Json) -> Read<Source> {
    record!(value, Source { id: required(text_value), title: required(text_value), file: required(text_value) })
}

pub(super) fn fallback(value: &Json) -> Read<Fallback> {
    record!(value, Fallback { name: required(text_value), website: required(text_value) })
}

pub(super) fn territory(value: &Json) -> Read<Territory> {
    record!(
        value,
        Territory {
            id: required(text_value),
            name: required(text_value),
            area: required(text_value),
            collectif_email: required(text_value),
            ages: required(ages),
            source: required(text_value),
            evidence: required(|v| list(v, evidence)),
            codes: required(codes),
        }
    )
}

fn codes(value: &Json) -> Read<Codes> {
    let codes = record!(value, Codes { epci: list(siren), communes: list(insee) })?;
    if codes.epci.is_empty() && codes.communes.is_empty() {
        return Err(Problem::new("au moins un code est attendu (epci ou communes)".into()));
    }
    Ok(codes)
}

fn siren(value: &Json) -> Read<String> {
    let code = text_value(value)?;
    if code.len() == 9 && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(Problem::new(format!("« {code} » n'est pas un SIREN d'EPCI (9 chiffres)")))
    }
}

fn insee(value: &Json) -> Read<String> {
    let code = text_value(value)?;
    if crate::commune::is_insee_code(&code) {
        Ok(code)
    } else {
        Err(Problem::new(format!("« {code} » n'est pas un code INSEE de commune")))
    }
}

pub(super) fn region(value: &Json) -> Read<Region> {
    record!(
        value,
        Region {
            code: required(text_value),
            name: required(text_value),
            departements: required(|v| list(v, text_value)),
            collectif_email: required(text_value),
            source: required(text_value),
            evidence: required(|v| list(v, evidence)),
        }
    )
}

fn audience(value: &Json) -> Read<Audience> {
    record!(value, Audience { stages: required(|v| list(v, stage)), ages: optional(ages), reserved_for: list(situation), welcomes: list(situation) })
}

fn profile(v: &Json) -> Read<Profile> {
    one_of(v, Profile::ALL, Profile::id)
}

fn hours(value: &Json) -> Read<Hours> {
    hours_in(value, &["min", "max", "per"])
}

fn hours_in(value: &Json, allowed: &'static [&'static str]) -> Read<Hours> {
    let f = object(value, allowed)?;
    Ok(Hours {
        min: f.required("min", whole)?,
        max: f.optional("max", whole)?,
        per: f.required("per", |v| one_of(v, Per::ALL, Per::id))?,
    })
}

/// `min_age`: a number said of every mentor, or entries `{"profiles": [...], "min": 21}`.
fn min_age(value: &Json) -> Read<ByProfile<u8>> {
    match value {
        Json::Array(_) => Ok(ByProfile(list(value, |entry| {
            let f = object(entry, &["profiles", "min"])?;
            Ok(Stated { profiles: f.list("profiles", profile)?, value: f.required("min", whole)? })
        })?)),
        _ => whole(value).map(ByProfile::all),
    }
}

/// `hours`: `{"min", "max", "per"}` said of every mentor, or entries that also name `profiles`.
fn hours_by_profile(value: &Json) -> Read<ByProfile<Hours>> {
    match value {
        Json::Array(_) => Ok(ByProfile(list(value, |entry| {
            let f = object(entry, &["profiles", "min", "max", "per"])?;
            Ok(Stated { profiles: f.list("profiles", profile)?, value: hours_in(entry, &["profiles", "min", "max", "per"])? })
        })?)),
        _ => hours(value).map(ByProfile::all),
    }
}

fn span(value: &Json) -> Read<Span> {
    record!(value, Span { min: required(whole), max: optional(whole) })
}

pub(super) fn mentoring(value: &Json) -> Read<Mentoring> {
    record!(
        value,
        Mentoring {
            profiles: required(|v| list(v, profile)),
            min_age: or_default(min_age),
            hours: or_default(hours_by_profile),
            months: optional(span),
            frequency: optional(text_value),
            support: optional(text_value),
        }
    )
}

/// For a reader that leaves the mentors' facts unread (`Reading::YOUNG`): the field is there, its
/// value is not decoded.
pub(super) fn mentoring_unread(_: &Json) -> Read<Mentoring> {
    Ok(Mentoring::default())
}

fn figures(value: &Json) -> Read<Figures> {
    record!(value, Figures { year: required(whole), mentored: required(whole), area: optional(text_value), local: optional(text_value) })
}

fn contact(value: &Json) -> Read<Contact> {
    record!(value, Contact { website: required(text_value), emails: list(text_value), phones: list(text_value) })
}

/// A programme, its mentors' facts read by `mentoring` (`Reading` says which).
pub(super) fn programme(value: &Json, mentoring: fn(&Json) -> Read<Mentoring>) -> Read<Programme> {
    record!(
        value,
        Programme {
            id: required(text_value),
            association: required(text_value),
            territory: required(text_value),
            summary: required(text_value),
            line: required(text_value),
            created: required(whole),
            audience: required(audience),
            needs: required(|v| list(v, need)),
            modalities: required(|v| list(v, modality)),
            duration: required(text_value),
            frequency: required(text_value),
            mentors: required(text_value),
            mentoring: required(mentoring),
            capacity: required(text_value),
            figures: optional(figures),
            contact: required(contact),
            source: required(text_value),
            checked: required(text_value),
            evidence: required(|v| list(v, evidence)),
        }
    )
}
