//! The link a young person shares (to a parent, a counsellor) or prints as a QR code: what it says
//! about them, and the safer link, which is the default.
//!
//! A shared link opens the results on their own: the answers in the fragment, never a host's
//! query (no `embed=1`: it opens as the app itself, with the territory written in the fragment).
//! The safer link leaves out what could tell a situation or where the young person lives: the
//! situations ticked and those marked « je ne sais pas », the language, the commune, and the kept
//! programmes that tell something (reserved to a situation, as Les Ombres, Duo for a Job and
//! FACE, or of another territory) unless the young person ticks them in, being told what they say.
//! A kept id that no territory knows is in no link: it is reported as a link problem.

use super::answers::Answers;
use super::dataset::Dataset;
use super::i18n::{join_words, t, tf, Slot, T};
use super::summary::answers_summary;
use super::url_text::{Expected, UrlProblem};
use super::vocabulary::{Choice, Situation};

/// Which link to share.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShareChoice {
    /// The whole link, situations, language and commune included (not the default).
    pub everything: bool,
    /// Kept programmes that tell something (`telling`) that the young person keeps in the safer link.
    pub telling_kept_in: Vec<String>,
}

/// A kept programme whose name alone tells something about the young person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Telling {
    pub programme: String,
    pub association: String,
    pub tells: Tells,
}

/// What a kept programme tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tells {
    /// It is reserved to young people in this situation (Les Ombres: the Aide sociale à l'enfance).
    Situation(Situation),
    /// It is in another territory than the one the link shows: where the young person looked.
    Elsewhere { territory: String },
}

impl Telling {
    /// « Garder « Les Ombres » dans le lien. Attention : ce programme est réservé aux jeunes de
    /// l'Aide sociale à l'enfance, le lien le dit. »
    pub fn words(&self) -> String {
        match &self.tells {
            Tells::Situation(situation) => tf(T::ShareTelling, &[(Slot::Name, &self.association), (Slot::People, situation.to_people())]),
            Tells::Elsewhere { territory } => tf(T::ShareElsewhere, &[(Slot::Name, &self.association), (Slot::Territory, territory)]),
        }
    }
}

/// The answers a shared link carries: the young person's own, in the territory the page shows
/// (the host's preset included), never the question on screen, nor a kept id no territory knows.
pub fn shared_answers(own: &Answers, territory: Option<&str>, choice: &ShareChoice, dataset: &Dataset) -> Answers {
    let territory = territory.map(str::to_owned).or(own.territory.clone());
    let mut shared = Answers { question: None, territory, ..own.clone() };
    shared.kept.retain(|id| dataset.programme(id).is_some());
    if !choice.everything {
        shared.situations.clear();
        shared.unsure.clear();
        shared.language = None;
        shared.commune = None;
        let tells = telling(&shared.kept, shared.territory.as_deref(), dataset);
        shared.kept.retain(|id| !tells.iter().any(|t| t.programme == *id) || choice.telling_kept_in.contains(id));
    }
    if shared.kept.is_empty() {
        shared.selection_only = false;
    }
    shared
}

/// The kept programmes whose name alone tells something: reserved to a situation, or in another
/// territory than the one the link shows.
pub fn telling(kept: &[String], territory: Option<&str>, dataset: &Dataset) -> Vec<Telling> {
    kept.iter()
        .filter_map(|id| dataset.programme(id))
        .filter_map(|p| {
            let tells = match p.audience.reserved_for.first() {
                Some(situation) => Tells::Situation(*situation),
                None if territory.is_some_and(|t| t != p.territory) => {
                    let name = dataset.territory(&p.territory).map_or(p.territory.clone(), |t| t.name.clone());
                    Tells::Elsewhere { territory: name }
                }
                None => return None,
            };
            Some(Telling { programme: p.id.clone(), association: p.association.clone(), tells })
        })
        .collect()
}

/// The kept ids of a link that no territory read knows (a programme removed, a link mistyped):
/// reported as link problems, and left out of « Ma sélection » and of every shared link.
pub fn unknown_kept(own: &Answers, dataset: &Dataset) -> Vec<UrlProblem> {
    own.kept
        .iter()
        .filter(|id| dataset.programme(id).is_none())
        .map(|id| UrlProblem::bad_value("garde", id, Expected::Programme))
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
/// situations, language and commune (`commune_name`, its name once found) when the link carries
/// them, the programmes they kept.
pub fn what_it_says(shared: &Answers, dataset: &Dataset, commune_name: Option<&str>) -> Vec<String> {
    let mut said = Vec::new();
    let answered = Answers { kept: Vec::new(), ..shared.clone() };
    if answered != Answers::default() {
        said.push(answers_summary(shared, dataset));
    }
    if let Some(code) = &shared.commune {
        said.push(tf(T::ShareCommune, &[(Slot::Commune, commune_name.unwrap_or(code))]));
    }
    said.extend(shared.needs.iter().map(|n| n.label().to_owned()));
    said.extend(shared.situations.iter().chain(&shared.unsure).map(|s| s.label().to_owned()));
    said.extend(shared.language.map(|l| l.own_name().to_owned()));
    let kept: Vec<&str> = shared.kept.iter().filter_map(|id| dataset.programme(id)).map(|p| p.association.as_str()).collect();
    if !kept.is_empty() {
        said.push(tf(T::ShareKept, &[(Slot::Names, &join_words(&kept))]));
    }
    if said.is_empty() {
        said.push(t(T::ShareNothing).to_owned());
    }
    said
}
