//! The dataset: the Rust types are the schema of `public/data/programmes.json`.
//!
//! Parsing is done entry by entry so that one invalid programme is reported (by its id and the
//! field at fault) while the others are still used.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::vocabulary::{Modality, Need, Situation, Stage};

/// The schema version this build understands. Bump it when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// A brochure a fact comes from, as a file of `shared/seeds/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub file: String,
}

/// A territory where the Collectif Mentorat coordinates programmes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    /// Kebab-case id used in URLs (`territoire=roubaix`).
    pub id: String,
    /// Short name shown to the young person (« Roubaix »).
    pub name: String,
    /// The area the brochure covers (« Cité éducative de Roubaix »).
    pub area: String,
    /// The local Collectif Mentorat address, shown with every result.
    pub collectif_email: String,
    pub source: String,
}

/// An age range, inclusive; either bound may be absent (FACE: « à partir de 14 ans »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
}

impl AgeRange {
    pub fn contains(&self, age: u8) -> bool {
        self.min.is_none_or(|min| age >= min) && self.max.is_none_or(|max| age <= max)
    }
}

/// Who a programme is for. Every field here is used by the matching and needs evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    pub stages: Vec<Stage>,
    /// Only where the brochure states an age range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages: Option<AgeRange>,
    /// The programme only takes young people in one of these situations (a hard filter).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reserved_for: Vec<Situation>,
    /// Situations the programme pays particular attention to (used for ranking only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub welcomes: Vec<Situation>,
}

/// Figures the brochure gives for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub year: u16,
    /// Young people mentored nationally that year.
    pub mentored: u32,
    /// The local part, in the brochure's words (« dont 176 sur la CUD »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<String>,
}

/// How to reach a programme. Only the website is required (La Clé has no e-mail or phone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub website: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
}

/// Which fact of a programme an excerpt supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    Stages,
    Ages,
    Modalities,
    ReservedFor,
}

impl Fact {
    pub fn field(self) -> &'static str {
        match self {
            Fact::Stages => "audience.stages",
            Fact::Ages => "audience.ages",
            Fact::Modalities => "modalities",
            Fact::ReservedFor => "audience.reserved_for",
        }
    }
}

/// A few words of a brochure that state a fact the matching uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub fact: Fact,
    /// A `Source::id`.
    pub source: String,
    /// Copied from the brochure as printed (OCR slips included); whitespace does not matter.
    pub excerpt: String,
}

/// One association's mentoring programme in one territory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Unique kebab-case id, `<association>-<territory>`.
    pub id: String,
    pub association: String,
    /// A `Territory::id`.
    pub territory: String,
    /// What it is, in plain French a 12-year-old can read.
    pub summary: String,
    /// Year the mentoring programme was created.
    pub created: u16,
    pub audience: Audience,
    pub needs: Vec<Need>,
    pub modalities: Vec<Modality>,
    pub duration: String,
    pub frequency: String,
    pub mentors: String,
    /// Local capacity in the brochure's words (« 90 jeunes »).
    pub capacity: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<Figures>,
    pub contact: Contact,
    /// The `Source::id` of the brochure the programme comes from.
    pub source: String,
    /// When someone last checked the entry against its brochure (YYYY-MM-DD).
    pub checked: String,
    pub evidence: Vec<Evidence>,
}

impl Programme {
    pub fn offers(&self, modality: Modality) -> bool {
        self.modalities.contains(&modality)
    }
}

/// The national fallback shown with every result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fallback {
    pub name: String,
    pub website: String,
}

/// A dataset that was read: what is usable, and what was rejected with why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    /// When the file was last updated (YYYY-MM-DD), shown discreetly with the results.
    pub updated: String,
    pub sources: Vec<Source>,
    pub territories: Vec<Territory>,
    pub programmes: Vec<Programme>,
    pub fallback: Option<Fallback>,
    /// Entries left out, each named; the rest of the dataset is still used.
    pub rejected: Vec<EntryError>,
}

impl Dataset {
    pub fn territory(&self, id: &str) -> Option<&Territory> {
        self.territories.iter().find(|t| t.id == id)
    }
}

/// Why a whole file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DatasetError {
    #[error("le fichier des programmes n'est pas du JSON valide ({0})")]
    Malformed(String),
    #[error("le champ « {field} » du fichier est absent ou invalide ({detail})")]
    Header { field: &'static str, detail: String },
    #[error("le fichier est au format {found}, cette version de l'application lit le format {SCHEMA_VERSION}")]
    UnsupportedVersion { found: u64 },
}

/// Why one entry (a programme or a territory) was left out: it names the entry and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{entry} « {id} », champ « {field} » : {problem}")]
pub struct EntryError {
    /// « programme » or « territoire ».
    pub entry: &'static str,
    pub id: String,
    pub field: String,
    pub problem: String,
}

/// Reads the dataset file. A broken file is an error; a broken entry is left out and named.
pub fn parse_dataset(text: &str) -> Result<Dataset, DatasetError> {
    let root: Value = serde_json::from_str(text).map_err(|e| DatasetError::Malformed(e.to_string()))?;
    let Value::Object(mut root) = root else {
        return Err(DatasetError::Malformed("un objet JSON est attendu".into()));
    };
    match root.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(SCHEMA_VERSION) => {}
        Some(found) => return Err(DatasetError::UnsupportedVersion { found }),
        None => {
            return Err(DatasetError::Header {
                field: "schema_version",
                detail: "un nombre est attendu".into(),
            })
        }
    }
    let updated: String = header(&mut root, "updated")?;
    check_date(&updated).map_err(|detail| DatasetError::Header { field: "updated", detail })?;
    let sources: Vec<Source> = header(&mut root, "sources")?;
    let fallback: Fallback = header(&mut root, "fallback")?;
    let territories_raw: Vec<Value> = header(&mut root, "territories")?;
    let programmes_raw: Vec<Value> = header(&mut root, "programmes")?;

    let mut dataset = Dataset { updated, sources, fallback: Some(fallback), ..Dataset::default() };
    for raw in territories_raw {
        match typed::<Territory>("territoire", raw).and_then(|t| check_territory(&dataset, t)) {
            Ok(t) => dataset.territories.push(t),
            Err(e) => dataset.rejected.push(e),
        }
    }
    for raw in programmes_raw {
        match typed::<Programme>("programme", raw).and_then(|p| check_programme(&dataset, p)) {
            Ok(p) => dataset.programmes.push(p),
            Err(e) => dataset.rejected.push(e),
        }
    }
    reject_duplicate_ids(&mut dataset);
    Ok(dataset)
}

/// Leaves out every programme whose id an earlier one already has (a national dataset has
/// thousands: a set, not a scan per entry).
fn reject_duplicate_ids(dataset: &mut Dataset) {
    let mut seen = std::collections::HashSet::new();
    let rejected = &mut dataset.rejected;
    dataset.programmes.retain(|p| {
        let first = seen.insert(p.id.clone());
        if !first {
            rejected.push(EntryError {
                entry: "programme",
                id: p.id.clone(),
                field: "id".into(),
                problem: "déjà utilisé par un autre programme".into(),
            });
        }
        first
    });
}

fn header<T: serde::de::DeserializeOwned>(
    root: &mut serde_json::Map<String, Value>,
    field: &'static str,
) -> Result<T, DatasetError> {
    let value = root.remove(field).ok_or(DatasetError::Header { field, detail: "absent".into() })?;
    serde_json::from_value(value).map_err(|e| DatasetError::Header { field, detail: e.to_string() })
}

/// Deserialises one entry, naming the field at fault (`audience.stages[1]`) when it fails.
fn typed<T: serde::de::DeserializeOwned>(entry: &'static str, raw: Value) -> Result<T, EntryError> {
    let id = raw.get("id").and_then(Value::as_str).unwrap_or("sans id").to_owned();
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let field = match (path.as_str(), missing_field(&inner)) {
            (".", Some(missing)) => missing.to_owned(),
            (_, Some(missing)) => format!("{path}.{missing}"),
            _ => path,
        };
        EntryError { entry, id, field, problem: french_problem(&inner) }
    })
}

fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// serde's messages, put in French for the people who maintain the data.
fn french_problem(message: &str) -> String {
    if message.starts_with("missing field") {
        "champ obligatoire absent".into()
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        format!("valeur inconnue {rest}").replace("expected one of", "valeurs permises :").replace("expected", "attendu :")
    } else if let Some(rest) = message.strip_prefix("unknown field ") {
        format!("champ inconnu {rest}").replace("expected one of", "champs permis :")
    } else {
        format!("type invalide ({message})")
    }
}

fn check_territory(dataset: &Dataset, t: Territory) -> Result<Territory, EntryError> {
    let fail = |field: &str, problem: String| EntryError {
        entry: "territoire",
        id: t.id.clone(),
        field: field.into(),
        problem,
    };
    check_id(&t.id).map_err(|p| fail("id", p))?;
    if dataset.territory(&t.id).is_some() {
        return Err(fail("id", "déjà utilisé par un autre territoire".into()));
    }
    check_email(&t.collectif_email).map_err(|p| fail("collectif_email", p))?;
    check_source(dataset, &t.source).map_err(|p| fail("source", p))?;
    Ok(t)
}

fn check_programme(dataset: &Dataset, p: Programme) -> Result<Programme, EntryError> {
    let fail = |field: &str, problem: String| EntryError {
        entry: "programme",
        id: p.id.clone(),
        field: field.into(),
        problem,
    };
    check_id(&p.id).map_err(|e| fail("id", e))?;
    if dataset.territory(&p.territory).is_none() {
        return Err(fail("territory", format!("territoire inconnu « {} »", p.territory)));
    }
    for (field, text) in [
        ("association", &p.association),
        ("summary", &p.summary),
        ("duration", &p.duration),
        ("frequency", &p.frequency),
        ("mentors", &p.mentors),
        ("capacity", &p.capacity),
    ] {
        if text.trim().is_empty() {
            return Err(fail(field, "texte vide".into()));
        }
    }
    if p.audience.stages.is_empty() {
        return Err(fail("audience.stages", "au moins une étape est attendue".into()));
    }
    if p.modalities.is_empty() {
        return Err(fail("modalities", "au moins une modalité est attendue".into()));
    }
    if p.needs.is_empty() {
        return Err(fail("needs", "au moins un besoin est attendu".into()));
    }
    if let Some(ages) = p.audience.ages {
        match (ages.min, ages.max) {
            (None, None) => return Err(fail("audience.ages", "indiquez min, max ou les deux".into())),
            (Some(min), Some(max)) if min > max => {
                return Err(fail("audience.ages", format!("âges inversés : min {min} est plus grand que max {max}")))
            }
            _ => {}
        }
    }
    if !(1900..=2100).contains(&p.created) {
        return Err(fail("created", format!("année invalide : {}", p.created)));
    }
    check_web_link(&p.contact.website).map_err(|e| fail("contact.website", e))?;
    for (i, email) in p.contact.emails.iter().enumerate() {
        check_email(email).map_err(|e| fail(&format!("contact.emails[{i}]"), e))?;
    }
    for (i, phone) in p.contact.phones.iter().enumerate() {
        check_phone(phone).map_err(|e| fail(&format!("contact.phones[{i}]"), e))?;
    }
    check_source(dataset, &p.source).map_err(|e| fail("source", e))?;
    check_date(&p.checked).map_err(|e| fail("checked", e))?;
    for (i, evidence) in p.evidence.iter().enumerate() {
        check_source(dataset, &evidence.source).map_err(|e| fail(&format!("evidence[{i}].source"), e))?;
        if evidence.excerpt.split_whitespace().count() < 2 {
            return Err(fail(&format!("evidence[{i}].excerpt"), "un extrait de quelques mots est attendu".into()));
        }
    }
    let mut needed = vec![Fact::Stages, Fact::Modalities];
    if p.audience.ages.is_some() {
        needed.push(Fact::Ages);
    }
    if !p.audience.reserved_for.is_empty() {
        needed.push(Fact::ReservedFor);
    }
    for fact in needed {
        if !p.evidence.iter().any(|e| e.fact == fact) {
            return Err(fail(fact.field(), "aucun extrait de brochure ne l'atteste (evidence)".into()));
        }
    }
    Ok(p)
}

fn check_id(id: &str) -> Result<(), String> {
    let ok = !id.is_empty()
        && id.split('-').all(|part| !part.is_empty())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!("« {id} » n'est pas un id en minuscules sans accents, mots séparés par des tirets"))
    }
}

fn check_source(dataset: &Dataset, id: &str) -> Result<(), String> {
    if dataset.sources.iter().any(|s| s.id == id) {
        Ok(())
    } else {
        Err(format!("brochure inconnue « {id} »"))
    }
}

/// A link the app may put in an `href`: only http(s), mailto and tel are ever accepted.
pub fn check_link(link: &str) -> Result<(), String> {
    let scheme_ok = ["https://", "http://", "mailto:", "tel:"].iter().any(|s| link.starts_with(s));
    let rest_ok = link.len() > 8 && !link.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    if scheme_ok && rest_ok {
        Ok(())
    } else {
        Err(format!("« {link} » n'est pas un lien http(s), mailto ou tel valide"))
    }
}

fn check_web_link(link: &str) -> Result<(), String> {
    check_link(link)?;
    if link.starts_with("http://") || link.starts_with("https://") {
        Ok(())
    } else {
        Err(format!("« {link} » : un site web commence par http:// ou https://"))
    }
}

fn check_email(email: &str) -> Result<(), String> {
    let parts: Vec<&str> = email.split('@').collect();
    let ok = parts.len() == 2
        && !parts[0].is_empty()
        && parts[1].contains('.')
        && !parts[1].starts_with('.')
        && !parts[1].ends_with('.')
        && email.chars().all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c));
    if ok {
        Ok(())
    } else {
        Err(format!("« {email} » n'est pas une adresse e-mail valide"))
    }
}

fn check_phone(phone: &str) -> Result<(), String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let ok = phone.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+') && (10..=12).contains(&digits.len());
    if ok {
        Ok(())
    } else {
        Err(format!("« {phone} » n'est pas un numéro de téléphone valide"))
    }
}

fn check_date(date: &str) -> Result<(), String> {
    let parts: Vec<&str> = date.split('-').collect();
    let ok = parts.len() == 3
        && [4, 2, 2].iter().zip(&parts).all(|(len, p)| p.len() == *len && p.chars().all(|c| c.is_ascii_digit()));
    if ok {
        Ok(())
    } else {
        Err(format!("« {date} » n'est pas une date AAAA-MM-JJ"))
    }
}
