//! The dataset's files: the index, a territory's file added to it, and what an update keeps.

use super::checks::{check_date, check_mentoring, check_programme, check_region, check_territory, check_web_link, mentoring_unread, Excerpts, MentorChecks};
use super::read::{self, array, entry, fallback, header, list, programme, region, source, territory, text_value, Read};
use super::{Dataset, DatasetError, EntryError, Mentoring, Programme, MAX_BYTES, SCHEMA_VERSION};
use crate::json::Json;
use crate::order::positions_in_order;

/// The index of the split dataset: the header, the territories and the regions.
pub const INDEX: &str = "data/index.json";

/// How much of a programme is read: the whole of it (the adults' app, the tests, the data
/// keepers'), or all but its mentors' facts (`mentoring`), which the young person's app never
/// shows: the field must be there, its value is neither decoded nor checked, and its facts need no
/// evidence. Each app's `main` names one, and only the one it names is in its wasm (the young
/// person's then carries neither the mentors' reader nor their checks).
#[derive(Clone, Copy)]
pub struct Reading {
    mentoring: fn(&Json) -> Read<Mentoring>,
    check_mentoring: MentorChecks,
}

impl Reading {
    pub const WHOLE: Reading = Reading { mentoring: read::mentoring, check_mentoring };
    pub const YOUNG: Reading = Reading { mentoring: read::mentoring_unread, check_mentoring: mentoring_unread };
}

/// The header field of a copy whose brochure excerpts the build kept apart: the file that holds
/// them, under the dataset's folder (`extraits/<file>`, the file as published).
pub const EXCERPTS: &str = "extraits";

/// Where a file's excerpts are: in it, unless it names the file that keeps them (`EXCERPTS`).
fn excerpts(root: &Json) -> Result<Excerpts, DatasetError> {
    match root.get(EXCERPTS) {
        None => Ok(Excerpts::InFile),
        Some(_) => header(root, EXCERPTS, text_value).map(|_| Excerpts::Apart),
    }
}

/// Where a territory's programmes are, under the dataset's folder: `data/<id>.json`, beside
/// `data/index.json` (which is why no territory is called `index`).
pub fn territory_file(id: &str) -> String {
    format!("data/{id}.json")
}

/// The dataset read after an update, with each programme the update made unreadable for this build
/// (a value it does not know, a field it refuses) as the page showed it before: an update never
/// takes a programme away from a page that showed it. The refusal stays listed.
pub fn keep_unreadable(before: &Dataset, mut after: Dataset) -> Dataset {
    let lost: Vec<Programme> = after
        .rejected
        .iter()
        .filter(|e| e.entry == "programme" && after.programme(&e.id).is_none())
        .filter_map(|e| before.programme(&e.id).cloned())
        .collect();
    for programme in lost {
        if after.programme(&programme.id).is_none() {
            after.programmes.push(programme);
        }
    }
    after
}

/// Whether a phone may be asked to read a file of this size (`MAX_BYTES`). The app checks it before
/// it reads the file: by its announced length, then by its text.
pub fn check_size(bytes: usize) -> Result<(), DatasetError> {
    if bytes > MAX_BYTES {
        Err(DatasetError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// A key written twice in one object (JSON allows it, and the last would silently win).
fn twice(value: &Json) -> Option<String> {
    match value {
        Json::Object(fields) => fields
            .iter()
            .enumerate()
            .find_map(|(i, (key, _))| fields[..i].iter().any(|(k, _)| k == key).then(|| key.to_string()))
            .or_else(|| fields.iter().find_map(|(_, v)| twice(v))),
        Json::Array(items) => items.iter().find_map(twice),
        _ => None,
    }
}

/// A file of the dataset as JSON, of the schema this build reads.
fn read_root(text: &str) -> Result<Json<'_>, DatasetError> {
    let root = Json::parse(text).map_err(DatasetError::Malformed)?;
    if let Some(key) = twice(&root) {
        return Err(DatasetError::Malformed(format!("la clé « {key} » est écrite deux fois dans un même objet")));
    }
    if !matches!(root, Json::Object(_)) {
        return Err(DatasetError::Malformed("un objet JSON est attendu".into()));
    }
    match root.get("schema_version").map(Json::uint) {
        Some(Some(v)) if v == u64::from(SCHEMA_VERSION) => Ok(root),
        Some(Some(found)) => Err(DatasetError::UnsupportedVersion { found }),
        _ => Err(DatasetError::Header { field: "schema_version", detail: "un nombre est attendu".into() }),
    }
}

/// Reads the index (`data/index.json`: the header, the territories, the regions), or a whole
/// dataset in one document, the index with its `programmes` (what the tests, the fuzzers and the
/// benchmarks read). A broken file is an error; a broken entry is left out and named.
pub fn parse_dataset(text: &str) -> Result<Dataset, DatasetError> {
    parse_dataset_as(text, Reading::WHOLE)
}

/// `parse_dataset`, reading as much of each programme as `reading` says.
pub fn parse_dataset_as(text: &str, reading: Reading) -> Result<Dataset, DatasetError> {
    let root = read_root(text)?;
    let updated = header(&root, "updated", text_value)?;
    check_date(&updated).map_err(|detail| DatasetError::Header { field: "updated", detail })?;
    let sources = header(&root, "sources", |v| list(v, source))?;
    let fallback = header(&root, "fallback", fallback)?;
    let territories_raw = header(&root, "territories", array)?;
    let regions_raw = header(&root, "regions", array)?;
    let programmes_raw = root.get("programmes").map(|_| header(&root, "programmes", array)).transpose()?;

    let excerpts = excerpts(&root)?;
    let mut dataset = Dataset { updated, sources, ..Dataset::default() };
    // The national link is shown on every result page: checked like every other link.
    match check_web_link(&fallback.website) {
        Ok(()) => dataset.fallback = Some(fallback),
        Err(problem) => dataset.rejected.push(EntryError {
            entry: "lien national",
            id: fallback.name,
            field: "fallback.website".into(),
            problem,
            file: None,
        }),
    }
    for raw in territories_raw {
        match entry("territoire", raw, territory).and_then(|t| check_territory(&dataset, t, excerpts)) {
            Ok(t) => dataset.territories.push(t),
            Err(e) => dataset.rejected.push(e),
        }
    }
    for raw in regions_raw {
        match entry("région", raw, region).and_then(|r| check_region(&dataset, r, excerpts)) {
            Ok(r) => dataset.regions.push(r),
            Err(e) => dataset.rejected.push(e),
        }
    }
    if let Some(programmes_raw) = programmes_raw {
        add_programmes(&mut dataset, programmes_raw, None, excerpts, reading);
        dataset.loaded = dataset.territories.iter().map(|t| t.id.clone()).collect();
    }
    Ok(dataset)
}

/// Adds a territory's programmes, from its file (`data/<id>.json`:
/// `{"schema_version", "territory": "<id>", "programmes": [...]}`) to the index read. A broken
/// file is an error naming the file; a broken programme is left out, named with its file, its id
/// and its field. A file already added changes nothing.
pub fn add_territory(dataset: &mut Dataset, id: &str, text: &str) -> Result<(), DatasetError> {
    add_territory_as(dataset, id, text, Reading::WHOLE)
}

/// `add_territory`, reading as much of each programme as `reading` says.
pub fn add_territory_as(dataset: &mut Dataset, id: &str, text: &str, reading: Reading) -> Result<(), DatasetError> {
    if dataset.loaded.iter().any(|loaded| loaded == id) {
        return Ok(());
    }
    let file = territory_file(id);
    let in_file = |error: DatasetError| error.in_file(&file);
    let root = read_root(text).map_err(in_file)?;
    let named = header(&root, "territory", text_value).map_err(in_file)?;
    if named != id {
        let detail = format!("« {named} », alors que le fichier est celui de « {id} »");
        return Err(DatasetError::Header { field: "territory", detail }.in_file(&file));
    }
    let programmes_raw = header(&root, "programmes", array).map_err(in_file)?;
    let excerpts = excerpts(&root).map_err(in_file)?;
    let before = dataset.rejected.len();
    add_programmes(dataset, programmes_raw, Some(id), excerpts, reading);
    for rejected in &mut dataset.rejected[before..] {
        rejected.file = Some(file.clone());
    }
    dataset.loaded.push(id.to_owned());
    Ok(())
}

/// Checks and adds programmes; in a territory's file, each must be of that territory.
fn add_programmes(dataset: &mut Dataset, raw: &[Json], territory: Option<&str>, excerpts: Excerpts, reading: Reading) {
    dataset.programmes.reserve(raw.len());
    for raw in raw {
        let read = entry("programme", raw, |raw| programme(raw, reading.mentoring))
            .and_then(|p| check_programme(dataset, p, excerpts, reading.check_mentoring));
        match read.and_then(|p| in_its_file(p, territory)) {
            Ok(p) => dataset.programmes.push(p),
            Err(e) => dataset.rejected.push(e),
        }
    }
    reject_duplicate_ids(dataset);
}

fn in_its_file(p: Programme, territory: Option<&str>) -> Result<Programme, EntryError> {
    match territory {
        Some(id) if p.territory != id => Err(EntryError {
            entry: "programme",
            problem: format!("« {} » dans le fichier de « {id} » : un programme est dans le fichier de son territoire", p.territory),
            id: p.id,
            field: "territory".into(),
            file: None,
        }),
        _ => Ok(p),
    }
}

/// Leaves out every programme whose id an earlier one already has (a national dataset has
/// thousands: sorted once, not a scan per entry; the app's one sort, not a hash set's code).
fn reject_duplicate_ids(dataset: &mut Dataset) {
    let programmes = &dataset.programmes;
    let order = positions_in_order(programmes, |a, b| a.id.cmp(&b.id));
    let mut later = vec![false; programmes.len()];
    for pair in order.windows(2) {
        if programmes[pair[0]].id == programmes[pair[1]].id {
            later[pair[1]] = true;
        }
    }
    let rejected = &mut dataset.rejected;
    let mut at = 0;
    dataset.programmes.retain(|p| {
        let first = !later[at];
        at += 1;
        if !first {
            rejected.push(EntryError {
                entry: "programme",
                id: p.id.clone(),
                field: "id".into(),
                problem: "déjà utilisé par un autre programme".into(),
                file: None,
            });
        }
        first
    });
}
