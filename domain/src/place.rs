//! Where the young person is, as the app can serve them: the territory rule every page applies.
//!
//! A territory the dataset does not have never widens the results to every territory. When it is
//! the young person's own answer (the link's fragment), the territory question is asked again;
//! when the host preset it (the query), the page says that no programme is listed there yet and
//! shows the national resources.

use super::answers::Answers;
use super::config::Config;
use super::dataset::{Dataset, Territory};
use super::url_text::{Expected, UrlProblem};

#[derive(Debug, Clone, PartialEq)]
pub enum Place<'a> {
    /// No territory answered and none preset: every territory's programmes are listed.
    Everywhere,
    Known(&'a Territory),
    /// The young person's answer names a territory the dataset does not have: ask again.
    AskAgain(String),
    /// The host preset a territory where no programme is listed yet.
    NotCovered(String),
    /// The young person's commune (its INSEE code) is in no territory of the dataset.
    Outside(String),
}

impl<'a> Place<'a> {
    /// The preset wins over the fragment; a preset or answer is checked against the dataset.
    pub fn of(config: &Config, own: &Answers, dataset: &'a Dataset) -> Place<'a> {
        // A territory whose file is not read yet is taken as covered until it is.
        let covered = |id: &str| {
            let has_programmes = |t: &&Territory| !dataset.loaded.contains(&t.id) || dataset.programmes.iter().any(|p| p.territory == t.id);
            dataset.territory(id).filter(has_programmes)
        };
        match (&config.territory, &own.territory) {
            (Some(preset), _) => covered(preset).map_or_else(|| Place::NotCovered(preset.clone()), Place::Known),
            (None, Some(answered)) => dataset.territory(answered).map_or_else(|| Place::AskAgain(answered.clone()), Place::Known),
            // A commune without a territory: picked outside every territory (a territory in the
            // link wins over a commune, so that every link written before communes still works).
            (None, None) => own.commune.clone().map_or(Place::Everywhere, Place::Outside),
        }
    }

    /// The answers the matching works with: the young person's own, in the territory found
    /// here. `None` when there is nothing to match (a territory to ask again, or not covered).
    pub fn answers(&self, own: &Answers) -> Option<Answers> {
        match self {
            Place::Everywhere => Some(Answers { territory: None, ..own.clone() }),
            Place::Known(t) => Some(Answers { territory: Some(t.id.clone()), ..own.clone() }),
            Place::AskAgain(_) | Place::NotCovered(_) | Place::Outside(_) => None,
        }
    }

    /// The territories whose Collectif Mentorat is shown with the results.
    pub fn territories(&self, dataset: &'a Dataset) -> Vec<&'a Territory> {
        match self {
            Place::Everywhere => dataset.territories.iter().collect(),
            Place::Known(t) => vec![t],
            Place::AskAgain(_) | Place::NotCovered(_) | Place::Outside(_) => Vec::new(),
        }
    }

    /// What to tell about the link when the young person's territory must be asked again.
    pub fn problem(&self, dataset: &Dataset) -> Option<UrlProblem> {
        let Place::AskAgain(answered) = self else { return None };
        Some(UrlProblem::bad_value("territoire", answered, Expected::one_of(dataset.territories.iter().map(|t| t.id.as_str()))))
    }
}
