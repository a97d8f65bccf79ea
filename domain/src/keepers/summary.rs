//! What changed, programme by programme, in French, for whoever publishes the file: each value
//! before and after, and what they must add before publishing. Sent by e-mail to the territory's
//! Collectif Mentorat (the file is attached by hand).

use super::edit::quoted;
use super::fields::describe;
use super::form::{fields, programmes, Fields, TEXTS};
use super::mentors::{in_words, stated, Fact};
use crate::contact::mail_link;

/// A programme whose values changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub id: String,
    pub association: String,
    /// « Âge maximum\u{a0}: 18 → 15 », one a field.
    pub lines: Vec<String>,
    /// A fact the matching uses changed (ages, stages, ways to meet): it needs its brochure's
    /// excerpt and a second reading.
    pub facts: bool,
    /// A contact changed: it needs where it comes from.
    pub contacts: bool,
    /// The texts changed (their fields): their translations are to redo.
    pub texts: Vec<&'static str>,
}

fn words(values: &[String]) -> String {
    if values.is_empty() { "(aucun)".to_owned() } else { values.join(", ") }
}

fn number(value: Option<u64>) -> String {
    value.map_or_else(|| "(celui du territoire)".to_owned(), |n| n.to_string())
}

/// The programmes of `edited` whose form's values differ from `original`'s, in the file's order.
pub fn changes(original: &str, edited: &str) -> Vec<Changed> {
    programmes(edited)
        .into_iter()
        .filter_map(|listed| {
            let (before, after) = (fields(original, listed.index).unwrap_or_default(), fields(edited, listed.index)?);
            let mut changed = Changed { id: listed.id, association: listed.association, lines: Vec::new(), facts: false, contacts: false, texts: Vec::new() };
            let mut line = |path: &str, was: String, now: String, fact: bool| {
                if was != now {
                    changed.lines.push(format!("{}\u{a0}: {was} → {now}", describe(path).label));
                    changed.facts |= fact;
                    changed.contacts |= !fact && path.starts_with("contact");
                }
            };
            let Fields { emails, phones, website, min_age, max_age, stages, reserved_for, welcomes, modalities, checked, texts, profiles, months_min, months_max } = after;
            line("contact.emails", words(&before.emails), words(&emails), false);
            line("contact.phones", words(&before.phones), words(&phones), false);
            line("contact.website", before.website, website, false);
            line("audience.ages.min", number(before.min_age), number(min_age), true);
            line("audience.ages.max", number(before.max_age), number(max_age), true);
            line("audience.stages", words(&before.stages), words(&stages), true);
            line("audience.reserved_for", words(&before.reserved_for), words(&reserved_for), true);
            line("audience.welcomes", words(&before.welcomes), words(&welcomes), true);
            line("modalities", words(&before.modalities), words(&modalities), true);
            line("mentoring.profiles", words(&before.profiles), words(&profiles), true);
            let months = |n: Option<u64>| n.map_or_else(|| "(non dit)".to_owned(), |n| n.to_string());
            line("mentoring.months", format!("{}–{}", months(before.months_min), months(before.months_max)), format!("{}–{}", months(months_min), months(months_max)), true);
            for fact in [Fact::MinAge, Fact::Hours] {
                let path = if fact == Fact::MinAge { "mentoring.min_age" } else { "mentoring.hours" };
                line(path, in_words(&stated(original, listed.index, fact)), in_words(&stated(edited, listed.index, fact)), true);
            }
            line("checked", before.checked, checked, false);
            for (i, field) in TEXTS.iter().enumerate() {
                let (was, now) = (before.texts.get(i).cloned().unwrap_or_default(), texts.get(i).cloned().unwrap_or_default());
                if was != now {
                    changed.lines.push(format!("{}\u{a0}: «\u{a0}{was}\u{a0}» → «\u{a0}{now}\u{a0}»", describe(field).label));
                    changed.texts.push(field);
                }
            }
            (!changed.lines.is_empty()).then_some(changed)
        })
        .collect()
}

/// The summary in French: the file, then each programme's changes and what to add before
/// publishing. It never says the file will pass every test.
pub fn summary(file: &str, changes: &[Changed]) -> String {
    let mut out = format!("Changements proposés pour {file}, préparés sur la page « Données » de Trouve ton mentor.\n");
    for c in changes {
        out.push_str(&format!("\n{} ({})\n", c.association, c.id));
        for line in &c.lines {
            out.push_str(&format!("- {line}\n"));
        }
        let redo;
        let mut to_add = Vec::new();
        if c.facts {
            to_add.push("l'extrait de la brochure qui atteste chaque fait changé (dans « evidence »), ou une nouvelle source de type « correspondance » (date, expéditeur, texte)");
            to_add.push("la décision d'une deuxième personne qui relit le fait avec la brochure (docs/data-guide.md, « Read twice »)");
        }
        if c.contacts {
            to_add.push("d'où vient le nouveau contact\u{a0}: une brochure, ou une source de type « correspondance » (date, expéditeur, texte)");
        }
        if !c.texts.is_empty() {
            redo = format!(
                "les traductions de {} en anglais, en arabe et en ukrainien (public/data/i18n/<langue>/), à refaire\u{a0}: d'ici là, l'application montre ce texte en français",
                c.texts.iter().map(|t| format!("«\u{a0}{}\u{a0}»", describe(t).label)).collect::<Vec<_>>().join(", ")
            );
            to_add.push(&redo);
        }
        if !to_add.is_empty() {
            out.push_str("À ajouter avant de publier\u{a0}:\n");
            for item in to_add {
                out.push_str(&format!("- {item}\n"));
            }
        }
    }
    if changes.iter().all(|c| c.texts.is_empty()) {
        out.push_str("\nAucune traduction à refaire\u{a0}: aucun texte n'a changé.");
    }
    out.push_str("\nLe fichier corrigé est à joindre à ce message\u{a0}; il ne diffère du fichier ouvert que par les valeurs ci-dessus. Les tests du site diront s'il peut être publié.\n");
    out
}

/// The summary as an e-mail to the territory's Collectif Mentorat.
pub fn summary_mailto(collectif: &str, file: &str, changes: &[Changed]) -> String {
    let subject = format!("Changements proposés pour {file}");
    mail_link(collectif, &subject, &summary(file, changes))
}

/// A draft kept in this browser: the file as opened and as corrected, where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub date: String,
    /// The territory the coordinator chose, if any.
    pub expected: Option<String>,
    pub original: String,
    pub edited: String,
}

impl Draft {
    /// The draft as JSON, for `localStorage`.
    pub fn to_json(&self) -> String {
        let expected = self.expected.as_deref().map_or_else(|| "null".to_owned(), quoted);
        format!(
            "{{\"name\":{},\"date\":{},\"expected\":{expected},\"original\":{},\"edited\":{}}}",
            quoted(&self.name),
            quoted(&self.date),
            quoted(&self.original),
            quoted(&self.edited)
        )
    }

    /// A draft read back; `None` when it is not one (another version's, or damaged).
    pub fn from_json(text: &str) -> Option<Draft> {
        let root = crate::json::Json::parse(text).ok()?;
        let text = |key: &str| root.get(key).and_then(crate::json::Json::as_str).map(str::to_owned);
        Some(Draft { name: text("name")?, date: text("date")?, expected: text("expected"), original: text("original")?, edited: text("edited")? })
    }
}
