//! The answers offered on a question's screen, and what ticking one does to the answers: one place
//! for every question that is a choice (all but the age), so that the view draws one kind of field.

use super::answers::{Answers, Question};
use super::commune::Commune;
use super::dataset::Dataset;
use super::i18n::{tf, Slot, T};
use super::programme_texts::{shown, Field};
use super::vocabulary::{Choice, ModalityPreference, Need, Situation, Stage};

/// A group of answers on a question's screen: one of them (radio buttons) or any number
/// (checkboxes). `key` is the answer's key in the fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceGroup {
    pub key: &'static str,
    pub multiple: bool,
    /// (id, words shown) for each answer, in the order offered.
    pub options: Vec<(String, String)>,
}

/// The territories as the territory question offers them, to either path: (id, « Roubaix (Cité
/// éducative de Roubaix) »), the area in the language spoken.
pub fn territory_options(dataset: &Dataset) -> Vec<(String, String)> {
    dataset
        .territories
        .iter()
        .map(|t| (t.id.clone(), tf(T::QuestionTerritoireOption, &[(Slot::Name, &t.name), (Slot::Area, shown(&t.id, Field::Area, &t.area).text)])))
        .collect()
}

fn options<T: Choice>() -> Vec<(String, String)> {
    T::ALL.iter().map(|v| (v.id().to_owned(), v.label().to_owned())).collect()
}

fn ids<T: Choice>(values: &[T]) -> Vec<String> {
    values.iter().map(|v| v.id().to_owned()).collect()
}

impl Question {
    /// The groups of answers this question offers; `territories` are (id, words) of the dataset's
    /// territories. The age is typed, not chosen: it has none.
    pub fn choice_groups(self, territories: Vec<(String, String)>) -> Vec<ChoiceGroup> {
        let group = |key, multiple, options| ChoiceGroup { key, multiple, options };
        match self {
            Question::Age => Vec::new(),
            Question::Territoire => vec![group("territoire", false, territories)],
            Question::Etape => vec![group("etape", false, options::<Stage>())],
            Question::Besoin => vec![group("besoin", true, options::<Need>())],
            Question::Modalite => vec![group("modalite", false, options::<ModalityPreference>())],
            Question::Situation => {
                let unsure = Situation::ALL
                    .iter()
                    .filter_map(|s| s.unsure_label().map(|label| (s.id().to_owned(), label.to_owned())))
                    .collect();
                vec![group("situation", true, options::<Situation>()), group("incertain", true, unsure)]
            }
        }
    }
}

impl Answers {
    /// The ids ticked in a group (`ChoiceGroup::key`).
    pub fn picked(&self, key: &str) -> Vec<String> {
        match key {
            "territoire" => self.territory.iter().cloned().collect(),
            "etape" => ids(&Vec::from_iter(self.stage)),
            "modalite" => ids(&Vec::from_iter(self.modality)),
            "besoin" => ids(&self.needs),
            "situation" => ids(&self.situations),
            "incertain" => ids(&self.unsure),
            _ => Vec::new(),
        }
    }

    /// The commune picked in « Où habites-tu ? »: its territory with it, or none when it is in
    /// no territory of the dataset (the results then say so, `Place::Outside`).
    pub fn live_in(&mut self, commune: &Commune) {
        self.commune = Some(commune.code.clone());
        self.territory = commune.territory.clone();
    }

    /// Ticks (or unticks) an answer of a group, with the rules that keep the answers consistent
    /// (`set_situation`, `set_unsure`). An id the group does not know changes nothing.
    pub fn pick(&mut self, key: &str, id: &str, on: bool) {
        match key {
            "territoire" => {
                // Another territory than the commune's: the commune no longer says where.
                if self.territory.as_deref() != Some(id) {
                    self.commune = None;
                }
                self.territory = Some(id.to_owned());
            }
            "etape" => self.stage = Stage::from_id(id).or(self.stage),
            "modalite" => self.modality = ModalityPreference::from_id(id).or(self.modality),
            "besoin" => Need::from_id(id).into_iter().for_each(|need| self.set_need(need, on)),
            "situation" => Situation::from_id(id).into_iter().for_each(|s| self.set_situation(s, on)),
            "incertain" => Situation::from_id(id).into_iter().for_each(|s| self.set_unsure(s, on)),
            _ => {}
        }
    }
}
