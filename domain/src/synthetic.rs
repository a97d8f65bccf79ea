//! A generated dataset, seeded and varied, as large as the national network may grow (hundreds of
//! local antennas): for the benchmarks (`domain/examples/bench.rs`, `scripts/bench`), never shipped data.

use super::answers::Answers;
use super::dataset::{ByProfile, AgeRange, Audience, Codes, Contact, Dataset, Evidence, Fact, Fallback, Hours, Mentoring, Per, Programme, Source, Span, Territory};
use super::vocabulary::{Choice, Modality, ModalityPreference, Need, Profile, Situation, Stage};

/// A small deterministic generator (xorshift64*), so that a run is repeatable without a crate.
pub struct Seeded(u64);

impl Seeded {
    pub fn new(seed: u64) -> Seeded {
        Seeded(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    fn some<T: Copy>(&mut self, all: &[T], at_most: u64) -> Vec<T> {
        let count = 1 + self.below(at_most.min(all.len() as u64));
        let mut picked: Vec<T> = Vec::new();
        for _ in 0..count {
            picked.push(all[self.below(all.len() as u64) as usize]);
        }
        picked
    }
}

/// How many territories the generated programmes are spread over.
pub const TERRITORIES: u64 = 20;

pub fn territory_id(i: u64) -> String {
    format!("territoire-{i}")
}

/// `n` programmes, varied in territory, stages, ages, ways of meeting, needs and reserved situations.
pub fn programmes(n: usize, seed: u64) -> Vec<Programme> {
    let mut rng = Seeded::new(seed);
    (0..n)
        .map(|i| {
            let min = 5 + rng.below(16) as u8;
            let ages = (rng.below(3) == 0).then(|| AgeRange { min: Some(min), max: Some(min + 3 + rng.below(15) as u8) });
            let modalities = match rng.below(3) {
                0 => vec![Modality::Presentiel],
                1 => vec![Modality::Distanciel],
                _ => vec![Modality::Presentiel, Modality::Distanciel],
            };
            let reserved_for = if rng.below(8) == 0 { rng.some(Situation::ALL, 2) } else { Vec::new() };
            let territory = territory_id(rng.below(TERRITORIES));
            Programme {
                id: format!("programme-{i}-{territory}"),
                association: format!("Association {}", rng.below(80)),
                territory,
                summary: "Un programme de mentorat généré pour les mesures.".into(),
                line: "Un programme généré.".into(),
                created: 1980 + rng.below(45) as u16,
                audience: Audience { stages: rng.some(Stage::ALL, 4), ages, reserved_for, welcomes: rng.some(Situation::ALL, 2) },
                needs: rng.some(Need::ALL, 3),
                modalities,
                duration: "6 mois".into(),
                frequency: "1 fois par semaine".into(),
                mentors: "Des bénévoles".into(),
                mentoring: Mentoring {
                    profiles: rng.some(Profile::ALL, 3),
                    min_age: ByProfile::default(),
                    hours: if rng.below(2) == 0 { ByProfile::all(Hours { min: 1 + rng.below(4) as u8, max: None, per: Per::Semaine }) } else { ByProfile::default() },
                    months: Some(Span { min: 3 + rng.below(10) as u16, max: None }),
                    frequency: None,
                    support: None,
                },
                capacity: "20 jeunes".into(),
                figures: None,
                contact: Contact { website: format!("https://exemple-{i}.fr/"), emails: Vec::new(), phones: Vec::new() },
                source: "synthetique".into(),
                checked: "2026-11-23".into(),
                evidence: [Fact::Stages, Fact::Modalities, Fact::Ages, Fact::ReservedFor, Fact::Welcomes, Fact::Needs, Fact::MentorProfiles, Fact::MentorHours, Fact::MentorMonths]
                    .into_iter()
                    .map(|fact| Evidence { fact, source: "synthetique".into(), excerpt: "extrait de mesure".into() })
                    .collect(),
            }
        })
        .collect()
}

/// Varied answers to match the generated programmes against.
pub fn answers(count: usize, seed: u64) -> Vec<Answers> {
    let mut rng = Seeded::new(seed ^ 0x9E37_79B9_7F4A_7C15);
    (0..count)
        .map(|_| Answers {
            territory: Some(territory_id(rng.below(TERRITORIES))),
            age: Some(5 + rng.below(31) as u8),
            stage: Some(Stage::ALL[rng.below(Stage::ALL.len() as u64) as usize]),
            modality: Some(ModalityPreference::ALL[rng.below(3) as usize]),
            needs: rng.some(Need::ALL, 2),
            situations: if rng.below(4) == 0 { rng.some(Situation::ALL, 1) } else { Vec::new() },
            ..Answers::default()
        })
        .collect()
}

/// A generated dataset of `n` programmes over `TERRITORIES` territories, each 5 to 30 years old
/// by default, as the brochures' territories are.
pub fn dataset(n: usize, seed: u64) -> Dataset {
    let territories = (0..TERRITORIES)
        .map(|i| Territory {
            id: territory_id(i),
            name: format!("Territoire {i}"),
            area: "Zone de mesure".into(),
            collectif_email: "mesure@collectifmentorat.fr".into(),
            ages: AgeRange { min: Some(5), max: Some(30) },
            source: "synthetique".into(),
            evidence: vec![Evidence { fact: Fact::Ages, source: "synthetique".into(), excerpt: "de 5 à 30 ans".into() }],
            codes: Codes { epci: Vec::new(), communes: vec![format!("{:05}", 1001 + i)] },
        })
        .collect();
    let loaded = (0..TERRITORIES).map(territory_id).collect();
    Dataset {
        loaded,
        updated: "2026-11-23".into(),
        sources: vec![Source { id: "synthetique".into(), title: "Données générées".into(), file: "aucun".into() }],
        territories,
        regions: Vec::new(),
        programmes: programmes(n, seed),
        fallback: Some(Fallback { name: "1 jeune, 1 mentor".into(), website: "https://www.1jeune1mentor.fr/".into() }),
        rejected: Vec::new(),
    }
}

/// A dataset as its file, to measure reading and validating it.
pub fn dataset_json(dataset: &Dataset) -> String {
    serde_json::json!({
        "schema_version": super::dataset::SCHEMA_VERSION,
        "updated": dataset.updated,
        "sources": dataset.sources,
        "fallback": dataset.fallback,
        "territories": dataset.territories,
        "regions": dataset.regions,
        "programmes": dataset.programmes,
    })
    .to_string()
}
