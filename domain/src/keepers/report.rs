//! A file checked for the data keepers' page: by the app's own reader and rules (`Reading::WHOLE`),
//! each problem in a coordinator's words with its line, and the programmes oldest checked first.

use crate::dataset::{add_territory_as, check_size, parse_dataset_as, Dataset, DatasetError, EntryError, Reading, INDEX};
use crate::json::Json;

use super::fields::{describe, Field};
use super::position::{line_of, steps, Step};

/// What a file is, read from its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `data/index.json`: the territories, the regions, the brochures.
    Index,
    /// `data/<id>.json`: a territory's programmes.
    Territory(String),
}

/// One problem: what it is about, the field in plain words, what to write, the reader's own
/// words, and the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// « Afev (afev-roubaix) », « le territoire roubaix », « le fichier ».
    pub about: String,
    pub field: Field,
    /// What the reader found, in its words (which value, which rule).
    pub detail: String,
    pub line: Option<usize>,
}

/// A programme of the file and when it was last checked against its brochure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Freshness {
    pub id: String,
    pub association: String,
    pub checked: String,
    /// Checked more than 12 months ago.
    pub stale: bool,
    /// Who to ask: the programme's first e-mail, else its website.
    pub contact: String,
}

/// What the page says of a file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub kind: Option<Kind>,
    /// The app would not read the file at all (every programme of it would be missing).
    pub refused: bool,
    /// Every problem found, in the file's order.
    pub findings: Vec<Finding>,
    /// A territory's programmes that the app reads, the oldest checked first.
    pub freshness: Vec<Freshness>,
}

impl Report {
    /// Whether the app reads the whole file as it is: no problem at all.
    pub fn fine(&self) -> bool {
        !self.refused && self.findings.is_empty()
    }

    fn file_problem(&mut self, field: Field, detail: String, line: Option<usize>) {
        self.refused = true;
        self.findings.push(Finding { about: "le fichier".into(), field, detail, line });
    }
}

const BOM: char = '\u{feff}';

/// Checks a file of the dataset as the app reads it: the index, or a territory's file against
/// `index` (the index it belongs to, as read). `expected` is the territory the coordinator chose,
/// if any: another territory's file is said so. `today` (AAAA-MM-JJ) dates the freshness.
pub fn check_file(text: &str, index: Option<&Dataset>, expected: Option<&str>, today: &str) -> Report {
    let mut report = Report::default();
    if let Err(e) = check_size(text.len()) {
        report.file_problem(describe("."), e.to_string(), None);
        return report;
    }
    // The app refuses a byte-order mark; the rest is still read, so every problem shows at once.
    let text = match text.strip_prefix(BOM) {
        Some(rest) => {
            let field = Field { label: "Codage du fichier", advice: "enregistre le fichier en « UTF-8 » sans BOM (pas « UTF-8 avec BOM »)" };
            let detail = "le fichier commence par un caractère invisible (BOM), que l'application refuse".into();
            report.file_problem(field, detail, Some(1));
            rest
        }
        None => text,
    };
    let root = match Json::parse(text) {
        Ok(root) => root,
        Err(detail) => {
            let field = Field { label: "Écriture du fichier", advice: "corrige à cet endroit\u{a0}: une virgule, un guillemet, une accolade ou un crochet manque ou est en trop" };
            let line = line_in_message(&detail);
            report.file_problem(field, format!("ce n'est pas du JSON valide\u{a0}: {detail}"), line);
            return report;
        }
    };
    let kind = match (root.get("territory").and_then(Json::as_str), root.get("territories")) {
        (Some(id), _) => Kind::Territory(id.to_owned()),
        (None, Some(_)) => Kind::Index,
        (None, None) => {
            let field = Field { label: "Fichier", advice: "ouvre l'index (data/index.json) ou le fichier d'un territoire (data/roubaix.json)" };
            report.file_problem(field, "ce fichier n'a ni « territories » (l'index) ni « territory » (un territoire)".into(), Some(1));
            return report;
        }
    };
    report.kind = Some(kind.clone());
    match kind {
        Kind::Index => check_index(&mut report, text, &root),
        Kind::Territory(id) => check_territory(&mut report, text, &root, &id, index, expected, today),
    }
    report
}

/// The line the JSON reader names in its message (« …, ligne 12, colonne 5 »).
fn line_in_message(message: &str) -> Option<usize> {
    let (_, after) = message.rsplit_once("ligne ")?;
    after.split(',').next()?.trim().parse().ok()
}

fn check_index(report: &mut Report, text: &str, root: &Json) {
    match parse_dataset_as(text, Reading::WHOLE) {
        Err(e) => whole_file(report, text, e),
        Ok(dataset) => {
            let mut mapped = Vec::new();
            for e in &dataset.rejected {
                let (list, key) = match e.entry {
                    "territoire" => ("territories", "id"),
                    "région" => ("regions", "code"),
                    _ => ("fallback", ""),
                };
                let at = if key.is_empty() { vec![Step::Key(list.into())] } else { entry_steps(root, list, key, e, &mut mapped) };
                report.findings.push(finding(text, e, at, format!("le {} « {} »", e.entry, e.id)));
            }
        }
    }
}

fn check_territory(
    report: &mut Report,
    text: &str,
    root: &Json,
    id: &str,
    index: Option<&Dataset>,
    expected: Option<&str>,
    today: &str,
) {
    let line = Some(line_of(text, &[Step::Key("territory".into())]));
    if let Some(expected) = expected.filter(|e| *e != id) {
        let field = Field { label: "Territoire du fichier", advice: "ouvre le fichier de ce territoire, ou choisis le territoire du fichier" };
        report.file_problem(field, format!("ce fichier est celui de « {id} », pas de « {expected} »"), line);
        return;
    }
    let Some(index) = index else {
        let field = Field { label: "Index", advice: "ouvre aussi l'index (data/index.json)\u{a0}: un territoire se lit avec lui" };
        report.file_problem(field, format!("l'index manque pour lire le fichier de « {id} »"), None);
        return;
    };
    if index.territory(id).is_none() {
        let field = Field { label: "Territoire du fichier", advice: "écris l'identifiant d'un territoire de l'index, ou ajoute ce territoire à l'index" };
        report.file_problem(field, format!("l'index n'a pas de territoire « {id} »"), line);
        return;
    }
    let before = index.rejected.len();
    let dataset = match read_territory(index, id, text) {
        Ok(dataset) => dataset,
        Err(e) => return whole_file(report, text, e),
    };
    let mut mapped = Vec::new();
    for e in &dataset.rejected[before..] {
        let at = entry_steps(root, "programmes", "id", e, &mut mapped);
        let association = item_at(root, &at).and_then(|p| p.get("association")).and_then(Json::as_str);
        let about = match association {
            Some(name) => format!("{name} ({})", e.id),
            None => format!("le programme « {} »", e.id),
        };
        report.findings.push(finding(text, e, at, about));
    }
    let year_ago = year_before(today);
    report.freshness = dataset
        .programmes
        .iter()
        .filter(|p| p.territory == id)
        .map(|p| Freshness {
            id: p.id.clone(),
            association: p.association.clone(),
            checked: p.checked.clone(),
            stale: p.checked < year_ago,
            contact: p.contact.emails.first().unwrap_or(&p.contact.website).clone(),
        })
        .collect();
    report.freshness.sort_by(|a, b| a.checked.cmp(&b.checked).then_with(|| a.id.cmp(&b.id)));
}

/// A territory's file read with its index, as the app reads it: the programmes it leaves out are
/// named in `rejected`, after the index's own.
pub fn read_territory(index: &Dataset, id: &str, text: &str) -> Result<Dataset, DatasetError> {
    let mut dataset = index.clone();
    dataset.loaded.retain(|t| t != id);
    dataset.programmes.retain(|p| p.territory != id);
    add_territory_as(&mut dataset, id, text, Reading::WHOLE)?;
    Ok(dataset)
}

/// The date a year before `today` (AAAA-MM-JJ): dates compare as text.
fn year_before(today: &str) -> String {
    match today.split_once('-') {
        Some((year, rest)) => match year.parse::<u32>() {
            Ok(year) => format!("{:04}-{rest}", year.saturating_sub(1)),
            Err(_) => today.to_owned(),
        },
        None => today.to_owned(),
    }
}

/// A problem that makes the app refuse the whole file.
fn whole_file(report: &mut Report, text: &str, error: DatasetError) {
    let error = match error {
        DatasetError::InFile { error, .. } => *error,
        other => other,
    };
    let (field, line) = match &error {
        DatasetError::Header { field, .. } => (describe(field), Some(line_of(text, &[Step::Key((*field).into())]))),
        DatasetError::UnsupportedVersion { .. } => (
            Field { label: "Version du format", advice: "ce fichier n'est pas du format que lit l'application publiée\u{a0}: garde le numéro du fichier publié, ou recharge cette page si le site a été mis à jour" },
            Some(line_of(text, &[Step::Key("schema_version".into())])),
        ),
        _ => (describe("."), None),
    };
    report.file_problem(field, error.to_string(), line);
}

/// The steps to an entry of a list (`programmes[3]`) and into its field. The n-th problem named
/// with one id is the n-th entry with that id (a duplicate is named after the first).
fn entry_steps(root: &Json, list: &str, key: &str, e: &EntryError, mapped: &mut Vec<String>) -> Vec<Step> {
    let nth = mapped.iter().filter(|id| **id == e.id).count();
    mapped.push(e.id.clone());
    let items = match root.get(list) {
        Some(Json::Array(items)) => &items[..],
        _ => &[],
    };
    let same: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.get(key).and_then(Json::as_str).unwrap_or("sans id") == e.id)
        .map(|(i, _)| i)
        .collect();
    let mut at = vec![Step::Key(list.into())];
    if let Some(i) = same.get(nth).or(same.last()) {
        at.push(Step::Item(*i));
        at.extend(steps(&e.field));
    }
    at
}

/// The value of the root at `[list, index]`, the first two steps.
fn item_at<'j, 'a>(root: &'j Json<'a>, at: &[Step]) -> Option<&'j Json<'a>> {
    match at {
        [Step::Key(list), Step::Item(i), ..] => match root.get(list) {
            Some(Json::Array(items)) => items.get(*i),
            _ => None,
        },
        _ => None,
    }
}

fn finding(text: &str, e: &EntryError, at: Vec<Step>, about: String) -> Finding {
    let mut field = describe(&e.field);
    if e.problem.starts_with("aucun extrait") {
        field.advice = "ajoute dans « evidence » un extrait de la brochure qui dit ce fait, avec son « fact » et sa « source »";
    }
    Finding { about, field, detail: e.problem.clone(), line: Some(line_of(text, &at)) }
}

/// The file a report is about, for its title: `data/index.json` or `data/<id>.json`.
pub fn file_name(kind: &Kind) -> String {
    match kind {
        Kind::Index => INDEX.to_owned(),
        Kind::Territory(id) => crate::dataset::territory_file(id),
    }
}
