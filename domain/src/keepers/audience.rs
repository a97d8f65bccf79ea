//! Who will see a programme, before and after a change: for each way to meet, each stage and each
//! age a young person can answer, whether the app shows it, by the app's own matching
//! (`matching::unmet`), never by a second copy of its rules.

use crate::answers::Answers;
use crate::dataset::Dataset;
use crate::matching::unmet;
use crate::vocabulary::{Choice, Modality, ModalityPreference, Stage};

/// The ages a young person can answer (the links' bounds, `answers`).
pub const AGES: std::ops::RangeInclusive<u8> = 5..=35;

/// Ages that are shown alike, for every stage and way to meet, before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub from: u8,
    pub to: u8,
}

/// Whether the app shows the programme, before → after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown,
    Hidden,
    NowShown,
    NowHidden,
}

impl Cell {
    fn of(before: bool, after: bool) -> Cell {
        match (before, after) {
            (true, true) => Cell::Shown,
            (false, false) => Cell::Hidden,
            (false, true) => Cell::NowShown,
            (true, false) => Cell::NowHidden,
        }
    }

    /// The cell in words: « affiché », « masqué », « affiché → masqué ».
    pub fn words(self) -> &'static str {
        match self {
            Cell::Shown => "affiché",
            Cell::Hidden => "masqué",
            Cell::NowShown => "masqué → affiché",
            Cell::NowHidden => "affiché → masqué",
        }
    }

    /// Shown once the change is made.
    pub fn shown_after(self) -> bool {
        matches!(self, Cell::Shown | Cell::NowShown)
    }

    pub fn changed(self) -> bool {
        matches!(self, Cell::NowShown | Cell::NowHidden)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub stage: Stage,
    /// One a band.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub modality: Modality,
    pub rows: Vec<Row>,
}

/// Who sees the programme: the age bands (the columns), a table a way to meet, and what changed,
/// in sentences (« ne sera plus proposé en face à face aux 16–18 ans : lycée pro »).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhoSees {
    pub bands: Vec<Band>,
    pub tables: Vec<Table>,
    pub changes: Vec<String>,
}

/// Whether the app shows the programme `id` of `dataset` to a young person of its territory who
/// answers this stage, age and way to meet, in the situation it is reserved for if any.
fn shown(dataset: &Dataset, id: &str, stage: Stage, age: u8, modality: Modality) -> bool {
    let Some(p) = dataset.programme(id) else { return false };
    let answers = Answers {
        territory: Some(p.territory.clone()),
        age: Some(age),
        stage: Some(stage),
        modality: Some(match modality {
            Modality::Presentiel => ModalityPreference::Presentiel,
            Modality::Distanciel => ModalityPreference::Distanciel,
        }),
        situations: p.audience.reserved_for.clone(),
        ..Answers::default()
    };
    unmet(&answers, dataset, p).is_empty()
}

/// Who sees the programme `id` as `before` reads it and as `after` does (a programme `after`
/// leaves out is seen by no one).
pub fn who_sees(before: &Dataset, after: &Dataset, id: &str) -> WhoSees {
    let signature = |age: u8| -> Vec<Cell> {
        Modality::ALL
            .iter()
            .flat_map(|m| Stage::ALL.iter().map(move |s| (*m, *s)))
            .map(|(m, s)| Cell::of(shown(before, id, s, age, m), shown(after, id, s, age, m)))
            .collect()
    };
    let mut bands: Vec<(Band, Vec<Cell>)> = Vec::new();
    for age in AGES {
        let cells = signature(age);
        match bands.last_mut() {
            Some((band, last)) if *last == cells => band.to = age,
            _ => bands.push((Band { from: age, to: age }, cells)),
        }
    }
    let stages = Stage::ALL.len();
    let tables: Vec<Table> = Modality::ALL
        .iter()
        .enumerate()
        .map(|(m, modality)| Table {
            modality: *modality,
            rows: Stage::ALL
                .iter()
                .enumerate()
                .map(|(s, stage)| Row { stage: *stage, cells: bands.iter().map(|(_, cells)| cells[m * stages + s]).collect() })
                .collect(),
        })
        .collect();
    let bands: Vec<Band> = bands.into_iter().map(|(band, _)| band).collect();
    let changes = sentences(&bands, &tables);
    WhoSees { bands, tables, changes }
}

/// The band in words: « 16–18 ans », « 18 ans ».
pub fn band_words(band: Band) -> String {
    if band.from == band.to {
        format!("{}\u{a0}ans", band.from)
    } else {
        format!("{}–{}\u{a0}ans", band.from, band.to)
    }
}

/// What changed, a sentence a direction, band and set of stages, the ways to meet together.
fn sentences(bands: &[Band], tables: &[Table]) -> Vec<String> {
    let mut grouped: Vec<(Cell, usize, Vec<Stage>, Vec<Modality>)> = Vec::new();
    for table in tables {
        for (b, _) in bands.iter().enumerate() {
            for direction in [Cell::NowHidden, Cell::NowShown] {
                let stages: Vec<Stage> = table.rows.iter().filter(|r| r.cells[b] == direction).map(|r| r.stage).collect();
                if stages.is_empty() {
                    continue;
                }
                match grouped.iter_mut().find(|(d, band, s, _)| *d == direction && *band == b && *s == stages) {
                    Some((_, _, _, modalities)) => modalities.push(table.modality),
                    None => grouped.push((direction, b, stages, vec![table.modality])),
                }
            }
        }
    }
    grouped
        .into_iter()
        .map(|(direction, b, stages, modalities)| {
            let verb = if direction == Cell::NowHidden { "ne sera plus proposé" } else { "sera proposé en plus" };
            let ways = if modalities.len() == Modality::ALL.len() {
                String::new()
            } else {
                format!(" {}", modalities.iter().map(|m| m.words()).collect::<Vec<_>>().join(" et "))
            };
            let stages: Vec<&str> = stages.iter().map(|s| s.short()).collect();
            format!("{verb}{ways} aux {}\u{a0}: {}", band_words(bands[b]), stages.join(", "))
        })
        .collect()
}
