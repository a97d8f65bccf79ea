//! The commune field's state and keys (the ARIA combobox pattern), apart from the view.

use super::commune::{Commune, Search};

/// What the field shows: the text typed, what the search found, the option the arrows are on,
/// the commune picked. One signal: one change of state is one update of the view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Combo {
    pub text: String,
    pub found: Option<Search>,
    pub active: Option<usize>,
    pub chosen: Option<Commune>,
}

/// What a key does in the field.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Move(Option<usize>),
    Pick(Commune),
    Close,
}

impl Combo {
    pub fn offered(&self) -> &[Commune] {
        match &self.found {
            Some(Search::Found(list) | Search::Offline(list)) => list,
            _ => &[],
        }
    }

    /// The list shows while there are communes to offer.
    pub fn open(&self) -> bool {
        !self.offered().is_empty()
    }

    /// The combobox keys: the arrows move (round the list), Enter picks the commune the arrows are
    /// on (the first by default) instead of sending the form, Escape closes the list. `None`: the
    /// key does what it does anyway.
    pub fn step(&self, key: &str) -> Option<Step> {
        let count = self.offered().len();
        if count == 0 {
            return None;
        }
        Some(match key {
            "ArrowDown" => Step::Move(Some(self.active.map_or(0, |i| (i + 1) % count))),
            "ArrowUp" => Step::Move(Some(self.active.map_or(count - 1, |i| (i + count - 1) % count))),
            "Enter" => Step::Pick(self.offered()[self.active.unwrap_or(0)].clone()),
            "Escape" => Step::Close,
            _ => return None,
        })
    }
}
