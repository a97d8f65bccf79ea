//! A one-line reminder of the answers, on top of the results and on paper.

use super::answers::Answers;
use super::dataset::Dataset;
use super::i18n::{parts_line, t, tf, Slot, T};
use super::programme_texts::{shown, Field};
use super::reasons::{modality_words, years};
use super::vocabulary::{Choice, Modality, ModalityPreference};

/// « Tes réponses : Roubaix · 16 ans · Au lycée professionnel · en face à face ».
pub fn answers_summary(answers: &Answers, dataset: &Dataset) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = answers.territory.as_deref().and_then(|id| dataset.territory(id)) {
        parts.push(t.name.clone());
    }
    if let Some(age) = answers.age {
        parts.push(years(age));
    }
    if let Some(stage) = answers.stage {
        parts.push(stage.label().to_owned());
    }
    match answers.modality.map(|m| (m, m.required())) {
        Some((_, Some(required))) => parts.push(modality_words(&[required])),
        Some((ModalityPreference::Indifferent, None)) => parts.push(modality_words(Modality::ALL)),
        _ => {}
    }
    if parts.is_empty() {
        t(T::SummaryNothing).to_owned()
    } else {
        tf(T::SummaryAnswers, &[(Slot::Parts, &parts_line(&parts))])
    }
}

/// The areas the territories cover, in the language spoken: only `territory`'s when one is given.
pub fn areas<'a>(dataset: &'a Dataset, territory: Option<&str>) -> Vec<&'a str> {
    dataset
        .territories
        .iter()
        .filter(|t| territory.is_none_or(|id| t.id == id))
        .map(|t| shown(&t.id, Field::Area, &t.area).text)
        .collect()
}

/// Where the information comes from, for the footer: only the host's territory when it preset
/// one (an embedded Dunkerque page does not speak of Roubaix), else every territory.
pub fn sources_line(dataset: &Dataset, territory: Option<&str>) -> String {
    match areas(dataset, territory).as_slice() {
        [] => t(T::SourcesNone).to_owned(),
        [one] => tf(T::SourcesOne, &[(Slot::Areas, one)]),
        many => tf(T::SourcesMany, &[(Slot::Areas, &many.join(t(T::ListSeparator)))]),
    }
}
