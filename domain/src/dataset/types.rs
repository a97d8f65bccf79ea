//! The schema: what a territory, a region and a programme say, as the matching and the cards use it.

use serde::ser::SerializeMap;
use serde::Serialize;

use super::checks::names_territory;
use super::EntryError;
use crate::vocabulary::{Modality, Need, Profile, Situation, Stage};

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

/// What a programme asks of its mentors, the volunteers (the reading rules V1–V15). Empty (its
/// default) where the young person's app reads the dataset (`Reading::YOUNG`): it never shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
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
    /// Empty in the copy the young person's app downloads: the build keeps the excerpts in the
    /// file the copy names (`extraits`, `files::EXCERPTS`).
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
        let departement = crate::commune::departement(commune);
        self.regions.iter().find(|r| r.departements.iter().any(|d| d == departement))
    }
}
