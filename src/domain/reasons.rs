//! Why a programme fits, and what would change a near miss, in plain words.

use super::answers::Answers;
use super::dataset::{AgeRange, Programme};
use super::matching::{lead, Change, Filter, Fit, Lead, NearMiss, Results};
use super::vocabulary::{Modality, Situation};

/// « pour les 14–21 ans », « à partir de 14 ans », « jusqu'à 15 ans ».
pub fn age_words(range: AgeRange) -> String {
    match (range.min, range.max) {
        (Some(min), Some(max)) => format!("pour les {min}–{max} ans"),
        (Some(min), None) => format!("à partir de {min} ans"),
        (None, Some(max)) => format!("jusqu'à {max} ans"),
        (None, None) => "à tout âge".into(),
    }
}

/// « en face à face ou à distance ».
pub fn modality_words(modalities: &[Modality]) -> String {
    let words: Vec<&str> = modalities.iter().map(|m| m.words()).collect();
    words.join(" ou ")
}

/// The reasons a programme fits, in the order the young person cares about.
pub fn fit_reasons(answers: &Answers, fit: &Fit) -> Vec<String> {
    let p = fit.programme;
    let mut reasons = Vec::new();
    let situations = Situation::with_implied(&answers.situations);
    let reserved: Vec<Situation> = situations.iter().copied().filter(|s| p.audience.reserved_for.contains(s)).collect();
    if let Some(s) = reserved.first() {
        reasons.push(format!("Fait pour {}", s.people()));
    }
    if let (Some(_), Some(range)) = (answers.age, p.audience.ages) {
        reasons.push(capitalise(&age_words(range)));
    }
    if let Some(stage) = answers.stage {
        reasons.push(format!("Pour {}", stage.people()));
    }
    reasons.push(capitalise(&modality_words(&p.modalities)));
    let needs: Vec<&str> = answers.needs.iter().filter(|n| p.needs.contains(n)).map(|n| n.help()).collect();
    if !needs.is_empty() {
        reasons.push(format!("Aide pour {}", join_words(&needs)));
    }
    let welcomed: Vec<String> =
        situations.iter().filter(|s| p.audience.welcomes.contains(s)).map(|s| s.to_people()).collect();
    if !welcomed.is_empty() {
        reasons.push(format!("Attentif {}", join_words(&welcomed)));
    }
    reasons
}

/// Conditions the young person should check with the association (they answered « je ne sais pas »).
pub fn conditions(fit: &Fit) -> Vec<String> {
    fit.to_check
        .iter()
        .map(|s| match s {
            Situation::Qpv => "Réservé aux jeunes des quartiers prioritaires (QPV) : demande à l'association si ton adresse en fait partie.".to_owned(),
            other => format!("Réservé {} : demande à l'association si c'est ton cas.", other.to_people()),
        })
        .collect()
}

/// The hard filter a near miss fails, in words (« Âge »).
pub fn filter_name(filter: Filter) -> &'static str {
    match filter {
        Filter::Age => "Âge",
        Filter::Stage => "Étape",
        Filter::Modality => "Façon de se rencontrer",
        Filter::Reserved => "Situation",
    }
}

/// Why a near miss does not fit, and the answer that would change it.
pub fn miss_explanation(miss: &NearMiss) -> String {
    let p: &Programme = miss.programme;
    match &miss.change {
        Change::Age(min) => format!("Ce programme accueille les jeunes à partir de {min} ans."),
        Change::Stage(stage) => {
            let people: Vec<&str> = p.audience.stages.iter().map(|s| s.people()).collect();
            format!(
                "Ce programme est pour {}. Il te correspondrait si tu étais parmi {}.",
                join_words(&people),
                stage.people()
            )
        }
        Change::Modality(_) => format!(
            "Ce programme se fait {}. Il te correspondrait si tu acceptais cette façon de se rencontrer.",
            modality_words(&p.modalities)
        ),
        Change::Situation(s) => format!("Ce programme est réservé {}.", s.to_people()),
    }
}

/// Why the first programme is listed first, in one sentence (two or more programmes fit).
pub fn ranking_words(answers: &Answers, results: &Results) -> Option<String> {
    let lead = lead(answers, results)?;
    let (first, second) = (&results.fits[0].programme.association, &results.fits[1].programme.association);
    Some(match lead {
        Lead::Needs(needs) => {
            let helps: Vec<&str> = needs.iter().map(|n| n.help()).collect();
            format!("{first} est en premier : il aide pour {}, comme tu l'as demandé, et {second} non.", join_words(&helps))
        }
        Lead::MadeFor(s) => format!("{first} est en premier : il est fait pour {}, comme toi.", s.people()),
        Lead::Welcomes(s) => format!("{first} est en premier : il est attentif {}, comme toi.", s.to_people()),
        Lead::Sure => format!("{first} est en premier : pour {second}, une condition est à vérifier."),
        Lead::Tie => "Les premiers programmes répondent autant à tes réponses : ils sont rangés par ordre alphabétique.".into(),
    })
}

/// The honest answer when the young person is older than every programme here takes.
pub fn too_old_words(age: u8, oldest: u8) -> String {
    format!(
        "Les programmes de mentorat d'ici accompagnent les jeunes jusqu'à {oldest} ans. \
         À {age} ans, aucun ne peut t'accompagner. Le Collectif Mentorat peut te dire vers qui te tourner."
    )
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// « a », « a et b », « a, b et c ».
pub fn join_words<S: AsRef<str>>(words: &[S]) -> String {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} et {}", init.join(", "), last),
    }
}
