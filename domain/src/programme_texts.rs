//! The programmes' texts in the young person's language: translations of what the dataset says in
//! French (summaries, lines, durations, rhythms, mentors, places, local figures, what mentors
//! are asked and given) and of the territories'
//! areas, split like the dataset: `data/i18n/<lang>/index.json` (the territories' areas, read
//! before the app is drawn) and `data/i18n/<lang>/<id>.json` (a territory's programmes, read with
//! that territory's file).
//!
//! A file is read like the dataset: an entry with an unknown field, or a field that is not a
//! text, is left out and named; the others are used. An unknown programme or territory is named
//! by `ProgrammeTexts::unknown`. What has no translation is shown in French, marked as French.
//! Each entry says whether a second reader has re-read it against the French (`reviewed`); the
//! app shows it either way. Each entry also records, for each field, a short hash of the French
//! text it translates (`fr`: `source_hash`): where the French changed since (a contact's rhythm
//! corrected, the data updated before its translations), the field shows in French, marked as
//! French, never a translation that says something else.

use std::cell::RefCell;

use super::dataset::{Dataset, EntryError};
use super::i18n::{language, Language};
use super::json::Json;

/// A text of a programme (or a territory) that the young person reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Summary,
    Line,
    Duration,
    Frequency,
    Mentors,
    Capacity,
    FiguresLocal,
    FiguresArea,
    /// How often a mentor meets (`mentoring.frequency`), for the volunteers' path.
    MentorFrequency,
    /// The training and support a mentor gets (`mentoring.support`).
    Support,
    /// A territory's area (« Cité éducative de Roubaix »).
    Area,
}

impl Field {
    const PROGRAMME: [Field; 10] = [
        Field::Summary,
        Field::Line,
        Field::Duration,
        Field::Frequency,
        Field::Mentors,
        Field::Capacity,
        Field::FiguresLocal,
        Field::FiguresArea,
        Field::MentorFrequency,
        Field::Support,
    ];

    /// The field's name in a translation file: the dataset's own path to it.
    pub fn id(self) -> &'static str {
        match self {
            Field::Summary => "summary",
            Field::Line => "line",
            Field::Duration => "duration",
            Field::Frequency => "frequency",
            Field::Mentors => "mentors",
            Field::Capacity => "capacity",
            Field::FiguresLocal => "figures.local",
            Field::FiguresArea => "figures.area",
            Field::MentorFrequency => "mentoring.frequency",
            Field::Support => "mentoring.support",
            Field::Area => "area",
        }
    }
}

/// One programme's or territory's translated texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// A second reader re-read it against the French text.
    pub reviewed: bool,
    pub texts: Vec<(Field, String)>,
    /// For each field, the hash of the French text it translates (`source_hash`).
    pub sources: Vec<(Field, String)>,
}

/// The short hash a translation records of the French text it translates: FNV-1a, 32 bits, as
/// 8 hex digits (`scripts/translation-sources.mjs` writes the same).
pub fn source_hash(french: &str) -> String {
    let hash = french.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

/// A language's translations of the dataset's texts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgrammeTexts {
    pub language: Language,
    pub programmes: Vec<Entry>,
    pub territories: Vec<Entry>,
    /// Entries left out, each named with its field.
    pub rejected: Vec<EntryError>,
}

/// A text to show: the translation, or the French one (then marked `lang="fr"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub french: bool,
}

impl Shown<'_> {
    /// `lang="fr"` for a French text in a page in another language, so that it is read as French.
    pub fn lang(self) -> Option<&'static str> {
        self.french.then_some("fr")
    }

    /// `dir="ltr"` with `lang="fr"`: in an Arabic page, a French text keeps its own direction.
    pub fn dir(self) -> Option<&'static str> {
        self.french.then_some("ltr")
    }
}

impl ProgrammeTexts {
    /// The translation of a programme's (or territory's) field, if there is one and it
    /// translates this French text (not an older one).
    pub fn get(&self, id: &str, field: Field, french: &str) -> Option<&str> {
        let entries = if field == Field::Area { &self.territories } else { &self.programmes };
        let entry = entries.iter().find(|e| e.id == id)?;
        let source = entry.sources.iter().find(|(f, _)| *f == field).map(|(_, hash)| hash.as_str());
        if source != Some(source_hash(french).as_str()) {
            return None;
        }
        entry.texts.iter().find(|(f, _)| *f == field).map(|(_, text)| text.as_str())
    }

    /// Entries that name a programme or a territory the dataset does not have.
    pub fn unknown(&self, dataset: &Dataset) -> Vec<EntryError> {
        // A programme of a territory whose file was not read is not unknown: it is elsewhere.
        let complete = dataset.complete();
        let programmes = self.programmes.iter().filter(|e| complete && !dataset.programmes.iter().any(|p| p.id == e.id));
        let territories = self.territories.iter().filter(|e| dataset.territory(&e.id).is_none());
        programmes
            .map(|e| unknown("programme", &e.id))
            .chain(territories.map(|e| unknown("territoire", &e.id)))
            .collect()
    }
}

fn unknown(entry: &'static str, id: &str) -> EntryError {
    EntryError { entry, id: id.to_owned(), field: ".".into(), problem: "inconnu dans la liste des programmes".into(), file: None }
}

/// Reads a language's file. A file that is not this language's, or not an object, is refused.
pub fn read_programme_texts(text: &str, language: Language) -> Result<ProgrammeTexts, String> {
    let root = Json::parse(text)?;
    if root.get("language").and_then(Json::as_str) != Some(language.id()) {
        return Err(format!("le fichier n'est pas celui de la langue « {} »", language.id()));
    }
    let mut texts = ProgrammeTexts { language, ..ProgrammeTexts::default() };
    for (section, fields, entry) in [
        ("programmes", &Field::PROGRAMME[..], "programme"),
        ("territories", &[Field::Area][..], "territoire"),
    ] {
        // A file holds the territories (the index's) or a territory's programmes.
        let entries = match root.get(section) {
            None => continue,
            Some(Json::Object(entries)) => entries,
            Some(_) => return Err(format!("« {section} » n'est pas un objet")),
        };
        for (id, value) in entries {
            match read_entry(id, value, fields) {
                Ok(read) if section == "programmes" => texts.programmes.push(read),
                Ok(read) => texts.territories.push(read),
                Err((field, problem)) => texts.rejected.push(EntryError { entry, id: id.to_string(), field, problem, file: None }),
            }
        }
    }
    Ok(texts)
}

fn read_entry(id: &str, value: &Json, fields: &[Field]) -> Result<Entry, (String, String)> {
    let Json::Object(pairs) = value else { return Err((".".into(), "un objet est attendu".into())) };
    let mut entry = Entry { id: id.to_owned(), reviewed: false, texts: Vec::new(), sources: Vec::new() };
    for (key, value) in pairs {
        if key == "fr" {
            let Json::Object(hashes) = value else { return Err((key.to_string(), "un objet champ → empreinte est attendu".into())) };
            for (name, hash) in hashes {
                let field = fields.iter().copied().find(|f| f.id() == name).ok_or_else(|| (format!("fr.{name}"), "champ inconnu".to_owned()))?;
                let hash = hash.as_str().ok_or_else(|| (format!("fr.{name}"), "une empreinte est attendue".to_owned()))?;
                entry.sources.push((field, hash.to_owned()));
            }
            continue;
        }
        if key == "reviewed" {
            entry.reviewed = match value {
                Json::Bool(reviewed) => *reviewed,
                _ => return Err((key.to_string(), "vrai ou faux est attendu".into())),
            };
            continue;
        }
        let Some(field) = fields.iter().copied().find(|f| f.id() == key) else {
            let allowed: Vec<&str> = fields.iter().map(|f| f.id()).collect();
            return Err((key.to_string(), format!("champ inconnu, champs permis : reviewed, fr, {}", allowed.join(", "))));
        };
        match value.as_str() {
            Some(text) if !text.trim().is_empty() => entry.texts.push((field, text.to_owned())),
            _ => return Err((key.to_string(), "un texte est attendu".into())),
        }
    }
    Ok(entry)
}

thread_local! {
    /// The files of translations shown, all of one language: the index's, then one per territory
    /// read. Each is kept once, for the page's life (a merged copy per file read grew with the
    /// square of the territories read, at national scale).
    static CURRENT: RefCell<Vec<&'static ProgrammeTexts>> = const { RefCell::new(Vec::new()) };
}

/// Shows the programmes' texts of a language (none: French, the dataset's own).
pub fn show(texts: Option<ProgrammeTexts>) {
    CURRENT.with(|c| *c.borrow_mut() = texts.map(|t| &*Box::leak(Box::new(t))).into_iter().collect());
}

/// The text to show for a field: its translation in the language shown, or the French text.
pub fn shown<'a>(id: &str, field: Field, french: &'a str) -> Shown<'a> {
    match CURRENT.with(|c| c.borrow().iter().find_map(|texts| texts.get(id, field, french))) {
        Some(text) => Shown { text, french: false },
        None => Shown { text: french, french: language() != Language::Fr },
    }
}

/// Adds a territory's translations to those shown (of another language: replaces them).
pub fn add_shown(more: ProgrammeTexts) {
    CURRENT.with(|c| {
        let mut shown = c.borrow_mut();
        if shown.first().is_some_and(|now| now.language != more.language) {
            shown.clear();
        }
        shown.push(Box::leak(Box::new(more)));
    });
}

/// The files of translations shown now (for the list of entries left out).
pub fn texts_shown() -> Vec<&'static ProgrammeTexts> {
    CURRENT.with(|c| c.borrow().clone())
}
