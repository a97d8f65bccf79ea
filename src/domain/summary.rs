//! A one-line reminder of the answers, on top of the results and on paper.

use super::answers::Answers;
use super::dataset::Dataset;
use super::reasons::modality_words;
use super::vocabulary::{Choice, ModalityPreference};

/// « Tes réponses : Roubaix · 16 ans · Au lycée professionnel · en face à face ».
pub fn answers_summary(answers: &Answers, dataset: &Dataset) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = answers.territory.as_deref().and_then(|id| dataset.territory(id)) {
        parts.push(t.name.clone());
    }
    if let Some(age) = answers.age {
        parts.push(format!("{age} ans"));
    }
    if let Some(stage) = answers.stage {
        parts.push(stage.label().to_owned());
    }
    match answers.modality.map(|m| (m, m.required())) {
        Some((_, Some(required))) => parts.push(modality_words(&[required])),
        Some((ModalityPreference::Indifferent, None)) => parts.push("en face à face ou à distance".into()),
        _ => {}
    }
    if parts.is_empty() {
        "Tu n'as pas encore répondu aux questions : voici tous les programmes.".into()
    } else {
        format!("Tes réponses : {}", parts.join(" · "))
    }
}

/// Where the information comes from, for the footer: only the host's territory when it preset
/// one (an embedded Dunkerque page does not speak of Roubaix), else every territory.
pub fn sources_line(dataset: &Dataset, territory: Option<&str>) -> String {
    let areas: Vec<&str> = dataset
        .territories
        .iter()
        .filter(|t| territory.is_none_or(|id| t.id == id))
        .map(|t| t.area.as_str())
        .collect();
    match areas.as_slice() {
        [] => "Informations tirées des brochures du Collectif Mentorat.".into(),
        [one] => format!("Informations tirées de la brochure du Collectif Mentorat : {one}."),
        many => format!("Informations tirées des brochures du Collectif Mentorat : {}.", many.join(", ")),
    }
}

/// « 2026-11-23 » as « 23 novembre 2026 »; anything else as it is.
pub fn french_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ];
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [year, month, day] => match (month.parse::<usize>(), day.parse::<u8>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {year}", MONTHS[m - 1]),
            _ => date.to_owned(),
        },
        _ => date.to_owned(),
    }
}
