//! The link a young person shares (to a parent, a counsellor) or prints as a QR code: what it says
//! about them, and the safer link, which is the default.
//!
//! A shared link opens the results on their own: the answers in the fragment, never a host's
//! query (no `embed=1`: it opens as the app itself, with the territory written in the fragment).
//! The safer link leaves out what could tell a situation: the situations ticked and those marked
//! « je ne sais pas », the language, the commune, and the kept programmes reserved to a situation
//! (Les Ombres, Duo for a Job, FACE) unless the young person chooses to keep them in it.

use super::answers::Answers;
use super::dataset::Dataset;
use super::i18n::{join_words, t, tf, T};
use super::summary::answers_summary;
use super::vocabulary::{Choice, Situation};

/// Which link to share.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShareChoice {
    /// The whole link, situations and language included (not the default).
    pub everything: bool,
    /// Kept programmes reserved to a situation that the young person keeps in the safer link.
    pub reserved_kept_in: Vec<String>,
}

/// A kept programme whose name tells who it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Telling {
    pub programme: String,
    pub association: String,
    pub reserved_for: Vec<Situation>,
}

/// The answers a shared link carries: the young person's own, in the territory the page shows
/// (the host's preset included), never the question on screen.
pub fn shared_answers(own: &Answers, territory: Option<&str>, choice: &ShareChoice, dataset: &Dataset) -> Answers {
    let mut shared = Answers { question: None, territory: territory.map(str::to_owned).or(own.territory.clone()), ..own.clone() };
    if !choice.everything {
        shared.situations.clear();
        shared.unsure.clear();
        shared.language = None;
        let tells = telling(own, dataset);
        shared.kept.retain(|id| !tells.iter().any(|t| t.programme == *id) || choice.reserved_kept_in.contains(id));
        if shared.kept.is_empty() {
            shared.selection_only = false;
        }
    }
    shared
}

/// The kept programmes whose name alone tells that the young person is in a situation.
pub fn telling(own: &Answers, dataset: &Dataset) -> Vec<Telling> {
    own.kept
        .iter()
        .filter_map(|id| dataset.programmes.iter().find(|p| p.id == *id))
        .filter(|p| !p.audience.reserved_for.is_empty())
        .map(|p| Telling {
            programme: p.id.clone(),
            association: p.association.clone(),
            reserved_for: p.audience.reserved_for.clone(),
        })
        .collect()
}

/// The address of the shared results: the app's own address (`https://…/mentorat`), the results
/// page and the fragment, with no query.
pub fn share_url(app: &str, shared: &Answers) -> String {
    let fragment = shared.to_fragment();
    let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
    format!("{}/resultats{fragment}", app.trim_end_matches('/'))
}

/// What a shared link says about the young person, in their words: their answers, their
/// situations and language when the link carries them, the programmes they kept.
pub fn what_it_says(shared: &Answers, dataset: &Dataset) -> Vec<String> {
    let mut said = Vec::new();
    let answered = Answers { kept: Vec::new(), ..shared.clone() };
    if answered != Answers::default() {
        said.push(answers_summary(shared, dataset));
    }
    said.extend(shared.needs.iter().map(|n| n.label().to_owned()));
    said.extend(shared.situations.iter().chain(&shared.unsure).map(|s| s.label().to_owned()));
    said.extend(shared.language.map(|l| l.own_name().to_owned()));
    let kept: Vec<&str> = shared
        .kept
        .iter()
        .filter_map(|id| dataset.programmes.iter().find(|p| p.id == *id))
        .map(|p| p.association.as_str())
        .collect();
    if !kept.is_empty() {
        said.push(tf(T::ShareKept, &[("names", &join_words(&kept))]));
    }
    if said.is_empty() {
        said.push(t(T::ShareNothing).to_owned());
    }
    said
}
