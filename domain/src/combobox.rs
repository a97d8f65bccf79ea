//! The commune field's state and keys (the ARIA combobox pattern), apart from the view.
//!
//! Typing searches only the territories' own communes, which the page has with no request that
//! depends on the text. The list then ends with « Chercher “…” ailleurs en France »: choosing it,
//! by a tap or by the keyboard, is the only thing that searches the national list (a request for
//! the file of communes the letters lead to).

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

/// An option of the short list.
#[derive(Debug, Clone, PartialEq)]
pub enum Offer {
    Commune(Commune),
    /// « Chercher “…” ailleurs en France ».
    Elsewhere,
}

/// What a key does in the field.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Move(Option<usize>),
    Pick(Commune),
    /// Search the national list for the text typed.
    SearchElsewhere,
    Close,
}

impl Combo {
    /// The options of the short list: the communes found; after a search among the territories'
    /// communes, the national search last.
    pub fn offered(&self) -> Vec<Offer> {
        match &self.found {
            Some(Search::Local(list)) => {
                list.iter().cloned().map(Offer::Commune).chain((!self.text.trim().is_empty()).then_some(Offer::Elsewhere)).collect()
            }
            Some(Search::Found(list)) => list.iter().cloned().map(Offer::Commune).collect(),
            _ => Vec::new(),
        }
    }

    /// The list shows while there is something to offer.
    pub fn open(&self) -> bool {
        !self.offered().is_empty()
    }

    /// What choosing an option does.
    pub fn choose(offer: Offer) -> Step {
        match offer {
            Offer::Commune(commune) => Step::Pick(commune),
            Offer::Elsewhere => Step::SearchElsewhere,
        }
    }

    /// The combobox keys: the arrows move (round the list), Enter chooses the option the arrows
    /// are on (the first by default) instead of sending the form, Escape closes the list. `None`:
    /// the key does what it does anyway.
    pub fn step(&self, key: &str) -> Option<Step> {
        let offered = self.offered();
        let count = offered.len();
        if count == 0 {
            return None;
        }
        Some(match key {
            "ArrowDown" => Step::Move(Some(self.active.map_or(0, |i| (i + 1) % count))),
            "ArrowUp" => Step::Move(Some(self.active.map_or(count - 1, |i| (i + count - 1) % count))),
            "Enter" => Combo::choose(offered[self.active.unwrap_or(0).min(count - 1)].clone()),
            "Escape" => Step::Close,
            _ => return None,
        })
    }
}
