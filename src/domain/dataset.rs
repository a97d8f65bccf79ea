//! The dataset: the Rust types are the schema of `public/data/index.json` and of each territory's `public/data/<id>.json`.
//!
//! Parsing is done entry by entry so that one invalid programme is reported (by its id and the
//! field at fault) while the others are still used.

use std::borrow::Cow;

use serde::ser::SerializeMap;
use serde::Serialize;

use super::json::Json;
use super::vocabulary::{Choice, Modality, Need, Profile, Situation, Stage};

/// The schema version this build understands. Bump it when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 6;

/// The largest dataset file a phone is asked to read: about twice a national dataset (100
/// territories of 80 programmes weigh about 18 MB). Larger, it is refused with a message before
/// it is read.
pub const MAX_BYTES: usize = 32_000_000;

/// The longest a programme's text may be, in characters (a card is read on a phone).
pub const MAX_TEXT: usize = 2000;

/// A brochure a fact comes from, as a file of `shared/seeds/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub file: String,
}

/// A territory where the Collectif Mentorat coordinates programmes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Territory {
    /// Kebab-case id used in URLs (`territoire=roubaix`).
    pub id: String,
    /// Short name shown to the young person (« Roubaix »).
    pub name: String,
    /// The area the brochure covers (« Cité éducative de Roubaix »).
    pub area: String,
    /// The local Collectif Mentorat address, shown with every result.
    pub collectif_email: String,
    /// The ages mentoring is for here (« de 5 à 30 ans »): a programme that states no age of its
    /// own takes this range, one that states a single bound takes the other from here.
    pub ages: AgeRange,
    pub source: String,
    /// The brochure's words for `ages`.
    pub evidence: Vec<Evidence>,
    /// What it covers, by official codes: the build checks them against the administration's
    /// list and finds every commune inside (`scripts/communes.mjs`).
    pub codes: Codes,
}

/// A territory's official codes: EPCI by their SIREN (« CU de Dunkerque » is 245900428) and
/// communes by their INSEE code (Roubaix is 59512).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Codes {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub epci: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub communes: Vec<String>,
}

/// A region where a brochure gives the Collectif Mentorat's regional contact: a young person whose
/// commune is in no territory is pointed there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    /// Its official code (`32`).
    pub code: String,
    pub name: String,
    /// Its départements' codes, checked by the build against the administration's list.
    pub departements: Vec<String>,
    pub collectif_email: String,
    pub source: String,
    /// The brochure's words for `collectif_email`.
    pub evidence: Vec<Evidence>,
}

/// An age range, inclusive; either bound may be absent (FACE: « à partir de 14 ans »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgeRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
}

impl AgeRange {
    pub fn contains(&self, age: u8) -> bool {
        self.min.is_none_or(|min| age >= min) && self.max.is_none_or(|max| age <= max)
    }
}

/// Who a programme is for. Every field here is used by the matching and needs evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audience {
    pub stages: Vec<Stage>,
    /// Only where the brochure states an age range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ages: Option<AgeRange>,
    /// The programme only takes young people in one of these situations (a hard filter).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reserved_for: Vec<Situation>,
    /// Situations the programme pays particular attention to (used for ranking only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub welcomes: Vec<Situation>,
}

/// Figures the brochure gives for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub year: u16,
    /// Young people mentored that year, in `area` (in France when there is none).
    pub mentored: u32,
    /// Where `mentored` counts, when the brochure gives a local figure only (« dans la métropole
    /// lilloise »).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// The local part, in the brochure's words (« dont 176 sur la CUD »).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local: Option<String>,
}

/// How to reach a programme. Only the website is required (La Clé has no e-mail or phone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub website: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
}

/// Which fact of a programme an excerpt supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    Stages,
    Ages,
    Modalities,
    ReservedFor,
    Welcomes,
    Needs,
    MentorProfiles,
    MentorAge,
    MentorHours,
    MentorMonths,
    CollectifEmail,
}

impl Fact {
    pub const ALL: &'static [Fact] = &[
        Fact::Stages,
        Fact::Ages,
        Fact::Modalities,
        Fact::ReservedFor,
        Fact::Welcomes,
        Fact::Needs,
        Fact::MentorProfiles,
        Fact::MentorAge,
        Fact::MentorHours,
        Fact::MentorMonths,
        Fact::CollectifEmail,
    ];

    /// The id in the file (`reserved-for`).
    pub fn id(self) -> &'static str {
        match self {
            Fact::Stages => "stages",
            Fact::Ages => "ages",
            Fact::Modalities => "modalities",
            Fact::ReservedFor => "reserved-for",
            Fact::Welcomes => "welcomes",
            Fact::Needs => "needs",
            Fact::MentorProfiles => "mentor-profiles",
            Fact::MentorAge => "mentor-age",
            Fact::MentorHours => "mentor-hours",
            Fact::MentorMonths => "mentor-months",
            Fact::CollectifEmail => "collectif-email",
        }
    }

    pub fn field(self) -> &'static str {
        match self {
            Fact::Stages => "audience.stages",
            Fact::Ages => "audience.ages",
            Fact::Modalities => "modalities",
            Fact::ReservedFor => "audience.reserved_for",
            Fact::Welcomes => "audience.welcomes",
            Fact::Needs => "needs",
            Fact::MentorProfiles => "mentoring.profiles",
            Fact::MentorAge => "mentoring.min_age",
            Fact::MentorHours => "mentoring.hours",
            Fact::MentorMonths => "mentoring.months",
            Fact::CollectifEmail => "collectif_email",
        }
    }
}

/// What a programme asks of its mentors, the volunteers (the reading rules V1–V15).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mentoring {
    /// Who it looks for as mentors.
    pub profiles: Vec<Profile>,
    /// The youngest a mentor may be, where the brochure says: of every mentor, or of one kind.
    #[serde(skip_serializing_if = "ByProfile::is_unstated")]
    pub min_age: ByProfile<u8>,
    /// The time it asks, where the brochure gives hours: of every mentor, or of one kind.
    #[serde(skip_serializing_if = "ByProfile::is_unstated")]
    pub hours: ByProfile<Hours>,
    /// How long a mentor commits, in months, where the brochure says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<Span>,
    /// How often a mentor meets, in plain French (« vous »), where the young person's `frequency`
    /// speaks to them (« selon tes besoins ») or of another kind of mentor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// The training and support the association gives its mentors, in plain French (« vous »).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
}

/// A mentors' fact (their youngest age, their hours) as the brochure says it (rules V8, V10): of
/// every mentor (one entry with no `profiles`), or of some kinds of mentor (entries naming them).
/// A profile in no entry has the fact unstated, which never excludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByProfile<T>(pub Vec<Stated<T>>);

impl<T> Default for ByProfile<T> {
    fn default() -> ByProfile<T> {
        ByProfile(Vec::new())
    }
}

/// One entry of a `ByProfile`: the profiles it is said of (none: every mentor), and the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated<T> {
    pub profiles: Vec<Profile>,
    pub value: T,
}

impl<T: Copy> ByProfile<T> {
    /// The same fact for every mentor.
    pub fn all(value: T) -> ByProfile<T> {
        ByProfile(vec![Stated { profiles: Vec::new(), value }])
    }

    pub fn is_unstated(&self) -> bool {
        self.0.is_empty()
    }

    /// What the brochure says of this kind of mentor, if anything.
    pub fn of(&self, profile: Profile) -> Option<T> {
        self.0.iter().find(|e| e.profiles.is_empty() || e.profiles.contains(&profile)).map(|e| e.value)
    }

    /// What applies to a volunteer: what is said of their profile; when they have not said it,
    /// the least demanding among the programme's `recruited` profiles (by `demand`), and nothing
    /// when one of those has the fact unstated: a missing answer never excludes.
    pub fn for_volunteer<K: Ord>(&self, profile: Option<Profile>, recruited: &[Profile], demand: impl Fn(&T) -> K) -> Option<T> {
        match profile {
            Some(profile) => self.of(profile),
            None => recruited.iter().map(|p| self.of(*p)).collect::<Option<Vec<T>>>()?.into_iter().min_by_key(|v| demand(v)),
        }
    }
}

/// A value of a `ByProfile` written as an entry's fields, beside its `profiles`.
pub trait EntryFields {
    fn write<M: SerializeMap>(&self, entry: &mut M) -> Result<(), M::Error>;
}

impl EntryFields for u8 {
    fn write<M: SerializeMap>(&self, entry: &mut M) -> Result<(), M::Error> {
        entry.serialize_entry("min", self)
    }
}

impl EntryFields for Hours {
    fn write<M: SerializeMap>(&self, entry: &mut M) -> Result<(), M::Error> {
        entry.serialize_entry("min", &self.min)?;
        if let Some(max) = self.max {
            entry.serialize_entry("max", &max)?;
        }
        entry.serialize_entry("per", &self.per)
    }
}

impl<T: Serialize + EntryFields> Serialize for Stated<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_map(None)?;
        entry.serialize_entry("profiles", &self.profiles)?;
        self.value.write(&mut entry)?;
        entry.end()
    }
}

impl<T: Serialize + EntryFields> Serialize for ByProfile<T> {
    /// As the file writes it: the value alone when it is said of every mentor, else the entries.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [Stated { profiles, value }] if profiles.is_empty() => value.serialize(serializer),
            entries => entries.serialize(serializer),
        }
    }
}

/// Hours asked, as the brochure counts them (a week, or a month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Hours {
    pub min: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
    pub per: Per,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Per {
    Semaine,
    Mois,
}

impl Per {
    pub const ALL: &'static [Per] = &[Per::Semaine, Per::Mois];

    pub fn id(self) -> &'static str {
        match self {
            Per::Semaine => "semaine",
            Per::Mois => "mois",
        }
    }
}

impl Hours {
    /// The fewest hours a month it asks, in tenths of an hour: a week counts 4.3 times.
    pub fn monthly_tenths(self) -> u32 {
        match self.per {
            Per::Semaine => u32::from(self.min) * 43,
            Per::Mois => u32::from(self.min) * 10,
        }
    }
}

/// A length in months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub min: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u16>,
}

/// A few words of a brochure that state a fact the matching uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub fact: Fact,
    /// A `Source::id`.
    pub source: String,
    /// Copied from the brochure as printed (OCR slips included); whitespace does not matter.
    pub excerpt: String,
}

/// One association's mentoring programme in one territory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Programme {
    /// Unique kebab-case id, `<association>-<territory>`.
    pub id: String,
    pub association: String,
    /// A `Territory::id`.
    pub territory: String,
    /// What it is, in plain French a 12-year-old can read.
    pub summary: String,
    /// What it is in one short line (about 80 characters), on the card before anything else.
    pub line: String,
    /// Year the mentoring programme was created.
    pub created: u16,
    pub audience: Audience,
    pub needs: Vec<Need>,
    pub modalities: Vec<Modality>,
    pub duration: String,
    pub frequency: String,
    pub mentors: String,
    /// What it asks of its mentors (the path for volunteers).
    pub mentoring: Mentoring,
    /// Local capacity in the brochure's words (« 90 jeunes »).
    pub capacity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    pub regions: Vec<Region>,
    pub programmes: Vec<Programme>,
    pub fallback: Option<Fallback>,
    /// Entries left out, each named; the rest of the dataset is still used.
    pub rejected: Vec<EntryError>,
    /// The territories whose programmes are in (`add_territory`): a page reads only the files
    /// it needs, so a territory of the index may not have its programmes here yet.
    pub loaded: Vec<String>,
}

impl Dataset {
    pub fn territory(&self, id: &str) -> Option<&Territory> {
        self.territories.iter().find(|t| t.id == id)
    }

    /// A programme of the territories read, by its id.
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The same data, with a newer copy of one of its files refused whole named among the
    /// entries left out: the page keeps what it showed and says why it did not take the new copy.
    pub fn with_refused_file(&self, problem: String) -> Dataset {
        let refused = EntryError { entry: "fichier", id: "copie plus récente".into(), field: ".".into(), problem, file: None };
        Dataset { rejected: [self.rejected.clone(), vec![refused]].concat(), ..self.clone() }
    }

    /// The territory a programme's id names (it ends with `-<territory>`, `check_programme`): how
    /// a page finds the file of a programme kept in another territory. The longest that fits.
    pub fn territory_of_programme(&self, id: &str) -> Option<&Territory> {
        self.territories.iter().filter(|t| names_territory(id, &t.id)).max_by_key(|t| t.id.len())
    }

    /// Whether every territory's programmes are in: only then is a translated programme that
    /// the dataset lacks unknown, rather than in a file not read.
    pub fn complete(&self) -> bool {
        self.territories.iter().all(|t| self.loaded.contains(&t.id))
    }

    /// The region of a commune, by its INSEE code, where the dataset has one.
    pub fn region_of(&self, commune: &str) -> Option<&Region> {
        let departement = super::commune::departement(commune);
        self.regions.iter().find(|r| r.departements.iter().any(|d| d == departement))
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
    #[error("le fichier est trop gros pour être lu sur un téléphone ({} Mo, {} Mo au plus)", bytes / 1_000_000, MAX_BYTES / 1_000_000)]
    TooLarge { bytes: usize },
    #[error("le fichier n'est pas en UTF-8 : enregistre-le en UTF-8 (dans l'éditeur, « Enregistrer sous », codage UTF-8)")]
    NotUtf8,
    /// What is wrong, and in which file of the split dataset (`data/dunkerque.json`).
    #[error("{file} : {error}")]
    InFile { file: String, error: Box<DatasetError> },
}

impl DatasetError {
    /// The same error, named with its file.
    pub fn in_file(self, file: &str) -> DatasetError {
        DatasetError::InFile { file: file.to_owned(), error: Box::new(self) }
    }
}

/// Why one entry (a programme or a territory) was left out: it names the entry and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{entry} « {id} », champ « {field} » : {problem}", file_prefix(.file))]
pub struct EntryError {
    /// « programme », « territoire » or « lien national ».
    pub entry: &'static str,
    pub id: String,
    pub field: String,
    pub problem: String,
    /// The file of the split dataset it is in (`data/roubaix.json`), when it came from one.
    pub file: Option<String>,
}

fn file_prefix(file: &Option<String>) -> String {
    file.as_ref().map(|f| format!("{f} : ")).unwrap_or_default()
}

/// The index of the split dataset: the header, the territories and the regions.
pub const INDEX: &str = "data/index.json";

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
    let root = read_root(text)?;
    let updated = header(&root, "updated", text_value)?;
    check_date(&updated).map_err(|detail| DatasetError::Header { field: "updated", detail })?;
    let sources = header(&root, "sources", |v| list(v, source))?;
    let fallback = header(&root, "fallback", fallback)?;
    let territories_raw = header(&root, "territories", array)?;
    let regions_raw = header(&root, "regions", array)?;
    let programmes_raw = root.get("programmes").map(|_| header(&root, "programmes", array)).transpose()?;

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
        match entry("territoire", raw, territory).and_then(|t| check_territory(&dataset, t)) {
            Ok(t) => dataset.territories.push(t),
            Err(e) => dataset.rejected.push(e),
        }
    }
    for raw in regions_raw {
        match entry("région", raw, region).and_then(|r| check_region(&dataset, r)) {
            Ok(r) => dataset.regions.push(r),
            Err(e) => dataset.rejected.push(e),
        }
    }
    if let Some(programmes_raw) = programmes_raw {
        add_programmes(&mut dataset, programmes_raw, None);
        dataset.loaded = dataset.territories.iter().map(|t| t.id.clone()).collect();
    }
    Ok(dataset)
}

/// Adds a territory's programmes, from its file (`data/<id>.json`:
/// `{"schema_version", "territory": "<id>", "programmes": [...]}`) to the index read. A broken
/// file is an error naming the file; a broken programme is left out, named with its file, its id
/// and its field. A file already added changes nothing.
pub fn add_territory(dataset: &mut Dataset, id: &str, text: &str) -> Result<(), DatasetError> {
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
    let before = dataset.rejected.len();
    add_programmes(dataset, programmes_raw, Some(id));
    for rejected in &mut dataset.rejected[before..] {
        rejected.file = Some(file.clone());
    }
    dataset.loaded.push(id.to_owned());
    Ok(())
}

/// Checks and adds programmes; in a territory's file, each must be of that territory.
fn add_programmes(dataset: &mut Dataset, raw: &[Json], territory: Option<&str>) {
    dataset.programmes.reserve(raw.len());
    for raw in raw {
        let read = entry("programme", raw, programme).and_then(|p| check_programme(dataset, p));
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
                file: None,
            });
        }
        first
    });
}

/// A problem found while reading, and where: the path is built on the way out (innermost part
/// first), so reading a valid file builds no path at all.
struct Problem {
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

type Read<T> = Result<T, Problem>;

/// A header field of the file: its absence, or a problem inside it, makes the whole file unusable.
fn header<'j, 'a, T>(root: &'j Json<'a>, field: &'static str, read: impl FnOnce(&'j Json<'a>) -> Read<T>) -> Result<T, DatasetError> {
    let value = root.get(field).ok_or(DatasetError::Header { field, detail: "absent".into() })?;
    read(value).map_err(|p| {
        let p = p.in_field(field);
        DatasetError::Header { field, detail: format!("{} : {}", p.path(), p.what) }
    })
}

/// One entry (a programme or a territory): a problem names the entry's id and the field at fault.
fn entry<T>(entry: &'static str, raw: &Json, read: fn(&Json) -> Read<T>) -> Result<T, EntryError> {
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

fn text_value(value: &Json) -> Read<String> {
    value.as_str().map(str::to_owned).ok_or_else(|| type_problem("un texte", value))
}

fn whole<T: TryFrom<u64>>(value: &Json) -> Read<T> {
    value.uint().and_then(|n| T::try_from(n).ok()).ok_or_else(|| type_problem("un nombre entier positif (pas trop grand)", value))
}

fn array<'j, 'a>(value: &'j Json<'a>) -> Read<&'j [Json<'a>]> {
    match value {
        Json::Array(items) => Ok(items),
        _ => Err(type_problem("une liste", value)),
    }
}

fn list<T>(value: &Json, item: fn(&Json) -> Read<T>) -> Read<Vec<T>> {
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

fn source(value: &Json) -> Read<Source> {
    let f = object(value, &["id", "title", "file"])?;
    Ok(Source { id: f.required("id", text_value)?, title: f.required("title", text_value)?, file: f.required("file", text_value)? })
}

fn fallback(value: &Json) -> Read<Fallback> {
    let f = object(value, &["name", "website"])?;
    Ok(Fallback { name: f.required("name", text_value)?, website: f.required("website", text_value)? })
}

fn territory(value: &Json) -> Read<Territory> {
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
    if super::commune::is_insee_code(&code) {
        Ok(code)
    } else {
        Err(Problem::new(format!("« {code} » n'est pas un code INSEE de commune")))
    }
}

fn region(value: &Json) -> Read<Region> {
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

fn programme(value: &Json) -> Read<Programme> {
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

fn check_territory(dataset: &Dataset, t: Territory) -> Result<Territory, EntryError> {
    let fail = |field: &str, problem: String| EntryError {
        entry: "territoire",
        id: t.id.clone(),
        field: field.into(),
        problem,
        file: None,
    };
    check_id(&t.id).map_err(|p| fail("id", p))?;
    if t.id == "index" {
        return Err(fail("id", "« index » est le nom du fichier des territoires (data/index.json)".into()));
    }
    if dataset.territory(&t.id).is_some() {
        return Err(fail("id", "déjà utilisé par un autre territoire".into()));
    }
    check_email(&t.collectif_email).map_err(|p| fail("collectif_email", p))?;
    match (t.ages.min, t.ages.max) {
        (Some(min), Some(max)) if min <= max => {}
        _ => return Err(fail("ages", "min et max sont attendus, min au plus égal à max".into())),
    }
    check_source(dataset, &t.source).map_err(|p| fail("source", p))?;
    check_evidence(dataset, &t.evidence, &[Fact::Ages]).map_err(|(field, p)| fail(&field, p))?;
    Ok(t)
}

fn check_region(dataset: &Dataset, r: Region) -> Result<Region, EntryError> {
    let fail = |field: &str, problem: String| EntryError { entry: "région", id: r.code.clone(), field: field.into(), problem, file: None };
    if r.departements.is_empty() {
        return Err(fail("departements", "au moins un département est attendu".into()));
    }
    check_email(&r.collectif_email).map_err(|p| fail("collectif_email", p))?;
    check_source(dataset, &r.source).map_err(|p| fail("source", p))?;
    check_evidence(dataset, &r.evidence, &[Fact::CollectifEmail]).map_err(|(field, p)| fail(&field, p))?;
    Ok(r)
}

/// Whether a programme's id ends with `-<territory>`.
fn names_territory(programme: &str, territory: &str) -> bool {
    programme.strip_suffix(territory).is_some_and(|rest| rest.ends_with('-'))
}

/// A text a phone can show: at most `MAX_TEXT` characters.
fn check_length(text: &str) -> Result<(), String> {
    match text.chars().count() {
        n if n > MAX_TEXT => Err(format!("texte trop long ({n} caractères, {MAX_TEXT} au plus)")),
        _ => Ok(()),
    }
}

fn check_programme(dataset: &Dataset, p: Programme) -> Result<Programme, EntryError> {
    let fail = |field: &str, problem: String| EntryError {
        entry: "programme",
        id: p.id.clone(),
        field: field.into(),
        problem,
        file: None,
    };
    check_id(&p.id).map_err(|e| fail("id", e))?;
    if dataset.territory(&p.territory).is_none() {
        return Err(fail("territory", format!("territoire inconnu « {} »", p.territory)));
    }
    if !names_territory(&p.id, &p.territory) {
        return Err(fail("id", format!("l'identifiant doit finir par « -{} », son territoire (un lien qui le garde dit où le trouver)", p.territory)));
    }
    for (field, text) in [
        ("association", &p.association),
        ("summary", &p.summary),
        ("line", &p.line),
        ("duration", &p.duration),
        ("frequency", &p.frequency),
        ("mentors", &p.mentors),
        ("capacity", &p.capacity),
    ] {
        if text.trim().is_empty() {
            return Err(fail(field, "texte vide".into()));
        }
        check_length(text).map_err(|problem| fail(field, problem))?;
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
                return Err(fail("audience.ages", format!("âges inversés : min {min} est plus grand que max {max}")))
            }
            _ => {}
        }
    }
    let mentoring = &p.mentoring;
    for (field, text) in [("mentoring.frequency", &mentoring.frequency), ("mentoring.support", &mentoring.support)] {
        if let Some(text) = text {
            check_length(text).map_err(|problem| fail(field, problem))?;
        }
    }
    if mentoring.profiles.is_empty() {
        return Err(fail("mentoring.profiles", "au moins un profil de mentor est attendu".into()));
    }
    if mentoring.hours.0.iter().any(|h| h.value.min == 0 || h.value.max.is_some_and(|max| max < h.value.min)) {
        return Err(fail("mentoring.hours", "min est attendu, plus grand que 0, et au plus égal à max".into()));
    }
    let ages: Vec<&[Profile]> = mentoring.min_age.0.iter().map(|e| &e.profiles[..]).collect();
    check_by_profile(&ages, &mentoring.profiles).map_err(|problem| fail("mentoring.min_age", problem))?;
    let hours: Vec<&[Profile]> = mentoring.hours.0.iter().map(|e| &e.profiles[..]).collect();
    check_by_profile(&hours, &mentoring.profiles).map_err(|problem| fail("mentoring.hours", problem))?;
    if mentoring.months.is_some_and(|m| m.min == 0 || m.max.is_some_and(|max| max < m.min)) {
        return Err(fail("mentoring.months", "min est attendu, plus grand que 0, et au plus égal à max".into()));
    }
    if !(1900..=2100).contains(&p.created) {
        return Err(fail("created", format!("année invalide : {}", p.created)));
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
    let mut needed = vec![Fact::Stages, Fact::Modalities, Fact::Needs];
    if p.audience.ages.is_some() {
        needed.push(Fact::Ages);
    }
    if !p.audience.reserved_for.is_empty() {
        needed.push(Fact::ReservedFor);
    }
    if !p.audience.welcomes.is_empty() {
        needed.push(Fact::Welcomes);
    }
    needed.push(Fact::MentorProfiles);
    for (fact, stated) in [
        (Fact::MentorAge, !mentoring.min_age.is_unstated()),
        (Fact::MentorHours, !mentoring.hours.is_unstated()),
        (Fact::MentorMonths, mentoring.months.is_some()),
    ] {
        if stated {
            needed.push(fact);
        }
    }
    check_evidence(dataset, &p.evidence, &needed).map_err(|(field, e)| fail(&field, e))?;
    Ok(p)
}

/// A `ByProfile` (the profiles each entry names) says each thing once: an entry for every mentor
/// stands alone, an entry names profiles the programme recruits, and no profile is in two entries.
/// Given the profiles only, so that one copy of it serves every fact.
fn check_by_profile(entries: &[&[Profile]], recruited: &[Profile]) -> Result<(), String> {
    if entries.len() > 1 && entries.iter().any(|profiles| profiles.is_empty()) {
        return Err("une entrée sans `profiles` vaut pour tous les mentors : elle est seule".into());
    }
    let mut seen = Vec::new();
    for profile in entries.iter().flat_map(|profiles| profiles.iter()) {
        if !recruited.contains(profile) {
            return Err(format!("`{}` n'est pas dans mentoring.profiles", profile.id()));
        }
        if seen.contains(profile) {
            return Err(format!("`{}` est dans deux entrées", profile.id()));
        }
        seen.push(*profile);
    }
    Ok(())
}

/// Every excerpt names a known brochure and is a few words long, and each fact the matching uses
/// has one. Errors name the field at fault.
fn check_evidence(dataset: &Dataset, evidence: &[Evidence], needed: &[Fact]) -> Result<(), (String, String)> {
    for (i, e) in evidence.iter().enumerate() {
        check_source(dataset, &e.source).map_err(|p| (format!("evidence[{i}].source"), p))?;
        if e.excerpt.split_whitespace().count() < 2 {
            return Err((format!("evidence[{i}].excerpt"), "un extrait de quelques mots est attendu".into()));
        }
    }
    match needed.iter().find(|fact| !evidence.iter().any(|e| e.fact == **fact)) {
        Some(fact) => Err((fact.field().into(), "aucun extrait de brochure ne l'atteste (evidence)".into())),
        None => Ok(()),
    }
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
