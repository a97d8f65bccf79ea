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
pub(super) fn entry<T>(entry: &'static str, raw: &Json, read: fn(&Json) -> Read<T>) -> Result<T, EntryError> {
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
    let f = object(value, &["min", "max"])?;
    Ok(AgeRange { min: f.optional("min", whole)?, max: f.optional("max", whole)? })
}

fn evidence(value: &Json) -> Read<Evidence> {
    let f = object(value, &["fact", "source", "excerpt"])?;
    Ok(Evidence {
        fact: f.required("fact", |v| one_of(v, Fact::ALL, Fact::id))?,
        source: f.required("source", text_value)?,
        excerpt: f.required("excerpt", text_value)?,
    })
}

pub(super) fn source(value: &Json) -> Read<Source> {
    let f = object(value, &["id", "title", "file"])?;
    Ok(Source { id: f.required("id", text_value)?, title: f.required("title", text_value)?, file: f.required("file", text_value)? })
}

pub(super) fn fallback(value: &Json) -> Read<Fallback> {
    let f = object(value, &["name", "website"])?;
    Ok(Fallback { name: f.required("name", text_value)?, website: f.required("website", text_value)? })
}

pub(super) fn territory(value: &Json) -> Read<Territory> {
    let f = object(value, &["id", "name", "area", "collectif_email", "ages", "source", "evidence", "codes"])?;
    Ok(Territory {
        id: f.required("id", text_value)?,
        name: f.required("name", text_value)?,
        area: f.required("area", text_value)?,
        collectif_email: f.required("collectif_email", text_value)?,
        ages: f.required("ages", ages)?,
        source: f.required("source", text_value)?,
        evidence: f.required("evidence", |v| list(v, evidence))?,
        codes: f.required("codes", codes)?,
    })
}

fn codes(value: &Json) -> Read<Codes> {
    let f = object(value, &["epci", "communes"])?;
    let codes = Codes { epci: f.list("epci", siren)?, communes: f.list("communes", insee)? };
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
    let f = object(value, &["code", "name", "departements", "collectif_email", "source", "evidence"])?;
    Ok(Region {
        code: f.required("code", text_value)?,
        name: f.required("name", text_value)?,
        departements: f.required("departements", |v| list(v, text_value))?,
        collectif_email: f.required("collectif_email", text_value)?,
        source: f.required("source", text_value)?,
        evidence: f.required("evidence", |v| list(v, evidence))?,
    })
}

fn audience(value: &Json) -> Read<Audience> {
    let f = object(value, &["stages", "ages", "reserved_for", "welcomes"])?;
    Ok(Audience {
        stages: f.required("stages", |v| list(v, stage))?,
        ages: f.optional("ages", ages)?,
        reserved_for: f.list("reserved_for", situation)?,
        welcomes: f.list("welcomes", situation)?,
    })
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
    let f = object(value, &["min", "max"])?;
    Ok(Span { min: f.required("min", whole)?, max: f.optional("max", whole)? })
}

fn mentoring(value: &Json) -> Read<Mentoring> {
    let f = object(value, &["profiles", "min_age", "hours", "months", "frequency", "support"])?;
    Ok(Mentoring {
        profiles: f.required("profiles", |v| list(v, profile))?,
        min_age: f.optional("min_age", min_age)?.unwrap_or_default(),
        hours: f.optional("hours", hours_by_profile)?.unwrap_or_default(),
        months: f.optional("months", span)?,
        frequency: f.optional("frequency", text_value)?,
        support: f.optional("support", text_value)?,
    })
}

fn figures(value: &Json) -> Read<Figures> {
    let f = object(value, &["year", "mentored", "area", "local"])?;
    Ok(Figures {
        year: f.required("year", whole)?,
        mentored: f.required("mentored", whole)?,
        area: f.optional("area", text_value)?,
        local: f.optional("local", text_value)?,
    })
}

fn contact(value: &Json) -> Read<Contact> {
    let f = object(value, &["website", "emails", "phones"])?;
    Ok(Contact {
        website: f.required("website", text_value)?,
        emails: f.list("emails", text_value)?,
        phones: f.list("phones", text_value)?,
    })
}

const PROGRAMME_FIELDS: &[&str] = &[
    "id", "association", "territory", "summary", "line", "created", "audience", "needs", "modalities", "duration", "frequency",
    "mentors", "mentoring", "capacity", "figures", "contact", "source", "checked", "evidence",
];

pub(super) fn programme(value: &Json) -> Read<Programme> {
    let f = object(value, PROGRAMME_FIELDS)?;
    Ok(Programme {
        id: f.required("id", text_value)?,
        association: f.required("association", text_value)?,
        territory: f.required("territory", text_value)?,
        summary: f.required("summary", text_value)?,
        line: f.required("line", text_value)?,
        created: f.required("created", whole)?,
        audience: f.required("audience", audience)?,
        needs: f.required("needs", |v| list(v, need))?,
        modalities: f.required("modalities", |v| list(v, modality))?,
        duration: f.required("duration", text_value)?,
        frequency: f.required("frequency", text_value)?,
        mentors: f.required("mentors", text_value)?,
        mentoring: f.required("mentoring", mentoring)?,
        capacity: f.required("capacity", text_value)?,
        figures: f.optional("figures", figures)?,
        contact: f.required("contact", contact)?,
        source: f.required("source", text_value)?,
        checked: f.required("checked", text_value)?,
        evidence: f.required("evidence", |v| list(v, evidence))?,
    })
}
