//! What the young person answered, and how it is written in the URL fragment.
//!
//! The fragment (after `#`) is never sent to a server, so a host's logs never see that a child is
//! in care or a refugee. The codec is the stable contract that counsellors' links rely on:
//! `#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&besoin=orientation`.

use super::commune::is_insee_code;
use super::i18n::Language;
use super::url_text::{decode, decoded_pairs, encode, Expected, UrlProblem};
use super::vocabulary::{Choice, ModalityPreference, Need, Situation, Stage};

/// The most programmes a link keeps (« Ajouter à ma sélection »): far more than a young person compares.
pub const KEPT_MAX: usize = 100;

/// Youngest and oldest ages the age question accepts.
pub const AGE_MIN: u8 = 5;
pub const AGE_MAX: u8 = 35;

/// The questionnaire's answers. A missing answer never excludes a programme.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    /// Which question is on screen; part of the fragment so that reload and back keep the place.
    pub question: Option<Question>,
    pub territory: Option<String>,
    /// The commune picked in « Où habites-tu ? », by its INSEE code (`commune=59271`): the
    /// territory follows from it, and the results say « à Grande-Synthe ».
    pub commune: Option<String>,
    pub age: Option<u8>,
    pub stage: Option<Stage>,
    pub needs: Vec<Need>,
    pub modality: Option<ModalityPreference>,
    pub situations: Vec<Situation>,
    /// Situations the young person does not know about (« je ne sais pas si j'habite en QPV »).
    pub unsure: Vec<Situation>,
    /// The language the young person chose (`langue=ar`): theirs, like the answers, because a
    /// language can say where someone comes from.
    pub language: Option<Language>,
    /// The programmes the young person keeps (« Ajouter à ma sélection », `garde=afev-roubaix`), in the order
    /// they were kept: in the link, so a reload keeps them and a shared link carries them.
    pub kept: Vec<String>,
    /// Only the kept programmes are shown (« Ma sélection », `vue=selection`).
    pub selection_only: bool,
    /// How the counsellors' directory is sorted (`tri=age`); by name when absent.
    pub sort: Option<Sort>,
}

/// The orders of the counsellors' directory (`<base>/programmes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// By association, then territory (the default).
    Name,
    /// By the youngest age taken, then name.
    Age,
}

impl Sort {
    pub const ALL: [Sort; 2] = [Sort::Name, Sort::Age];

    pub fn id(self) -> &'static str {
        match self {
            Sort::Name => "nom",
            Sort::Age => "age",
        }
    }
}

/// The questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    Territoire,
    Age,
    Etape,
    Besoin,
    Modalite,
    Situation,
}

impl Question {
    pub const ALL: [Question; 6] = [
        Question::Territoire,
        Question::Age,
        Question::Etape,
        Question::Besoin,
        Question::Modalite,
        Question::Situation,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Question::Territoire => "territoire",
            Question::Age => "age",
            Question::Etape => "etape",
            Question::Besoin => "besoin",
            Question::Modalite => "modalite",
            Question::Situation => "situation",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.id() == id)
    }

    /// The questions asked, given what the host preset: a preset territory is not asked.
    pub fn sequence(territory_preset: bool) -> Vec<Question> {
        Question::ALL.into_iter().filter(|q| !(territory_preset && *q == Question::Territoire)).collect()
    }
}

impl Answers {
    /// Reads a fragment (with or without its leading `#`). Anything unknown or malformed is
    /// reported and skipped; the rest is kept.
    pub fn from_fragment(fragment: &str) -> (Answers, Vec<UrlProblem>) {
        let mut answers = Answers::default();
        let mut problems = Vec::new();

        for (key, value) in decoded_pairs(fragment, '#') {
            let bad = |expected: Expected| UrlProblem::bad_value(key, &value, expected);
            match key {
                "question" => match Question::from_id(&value) {
                    Some(q) => answers.question = Some(q),
                    None => problems.push(bad(Expected::one_of(Question::ALL.iter().map(|q| q.id())))),
                },
                "territoire" => {
                    if is_id(&value) {
                        answers.territory = Some(value.clone());
                    } else {
                        problems.push(bad(Expected::Territory));
                    }
                }
                "commune" if is_insee_code(&value) => answers.commune = Some(value.clone()),
                "commune" => problems.push(bad(Expected::Commune)),
                "age" => match value.parse::<u8>() {
                    Ok(age) if (AGE_MIN..=AGE_MAX).contains(&age) => answers.age = Some(age),
                    _ => problems.push(bad(Expected::Age { min: AGE_MIN, max: AGE_MAX })),
                },
                "etape" => set_choice(&mut answers.stage, &value, &mut problems, bad),
                "modalite" => set_choice(&mut answers.modality, &value, &mut problems, bad),
                "besoin" => push_choice(&mut answers.needs, &value, &mut problems, bad),
                "situation" => push_choice(&mut answers.situations, &value, &mut problems, bad),
                "incertain" => push_choice(&mut answers.unsure, &value, &mut problems, bad),
                "langue" => match Language::from_id(&value) {
                    Some(language) => answers.language = Some(language),
                    None => problems.push(bad(Expected::one_of(Language::ALL.iter().map(|l| l.id())))),
                },
                // At most KEPT_MAX: a crafted link with thousands reads in linear time.
                "garde" if is_id(&value) && answers.kept.len() < KEPT_MAX => {
                    if !answers.kept.contains(&value) {
                        answers.kept.push(value.clone());
                    }
                }
                "garde" if is_id(&value) => problems.push(UrlProblem::bad_value(key, &value, Expected::KeptMax(KEPT_MAX))),
                "garde" => problems.push(bad(Expected::Programme)),
                "vue" if value == "selection" => answers.selection_only = true,
                "vue" => problems.push(bad(Expected::one_of(["selection"].into_iter()))),
                "tri" => match Sort::ALL.into_iter().find(|s| s.id() == value) {
                    Some(sort) => answers.sort = Some(sort),
                    None => problems.push(bad(Expected::one_of(Sort::ALL.iter().map(|s| s.id())))),
                },
                _ => problems.push(UrlProblem::UnknownKey { key: decode(key) }),
            }
        }
        // A situation the young person ticked is known: it cannot also be unsure.
        answers.unsure.retain(|s| !answers.situations.contains(s));
        (answers, problems)
    }

    /// Writes the fragment, without `#`, keys in a fixed order so that equal answers give equal links.
    pub fn to_fragment(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(q) = self.question {
            parts.push(format!("question={}", q.id()));
        }
        if let Some(t) = &self.territory {
            parts.push(format!("territoire={}", encode(t)));
        }
        if let Some(code) = &self.commune {
            parts.push(format!("commune={code}"));
        }
        if let Some(age) = self.age {
            parts.push(format!("age={age}"));
        }
        if let Some(stage) = self.stage {
            parts.push(format!("etape={}", stage.id()));
        }
        if let Some(m) = self.modality {
            parts.push(format!("modalite={}", m.id()));
        }
        parts.extend(self.needs.iter().map(|n| format!("besoin={}", n.id())));
        parts.extend(self.situations.iter().map(|s| format!("situation={}", s.id())));
        parts.extend(self.unsure.iter().map(|s| format!("incertain={}", s.id())));
        parts.extend(self.kept.iter().map(|id| format!("garde={}", encode(id))));
        if self.selection_only {
            parts.push("vue=selection".into());
        }
        if let Some(sort) = self.sort {
            parts.push(format!("tri={}", sort.id()));
        }
        if let Some(language) = self.language {
            parts.push(format!("langue={}", language.id()));
        }
        parts.join("&")
    }

    /// The question to show among those asked here: the territory when the link's territory must
    /// be asked again (`Place::AskAgain`), else the one in the link, else the first.
    pub fn question_on_screen(&self, asked: &[Question], ask_territory_again: bool) -> Question {
        if ask_territory_again && asked.contains(&Question::Territoire) {
            return Question::Territoire;
        }
        self.question.filter(|q| asked.contains(q)).unwrap_or(asked[0])
    }

    /// The same answers, on another question.
    pub fn at(&self, question: Option<Question>) -> Answers {
        Answers { question, ..self.clone() }
    }

    /// No answer, only the language chosen: for links that carry no answers (home, « Intégrer »).
    pub fn language_only(&self) -> Answers {
        Answers { language: self.language, ..Answers::default() }
    }

    /// Keeps a programme (« Ajouter à ma sélection »), or lets it go.
    pub fn keep(&mut self, id: &str, on: bool) {
        self.kept.retain(|kept| kept != id);
        if on {
            self.kept.push(id.to_owned());
        }
        if self.kept.is_empty() {
            self.selection_only = false;
        }
    }

    /// The same answers with nothing kept (« Tout effacer »).
    pub fn without_kept(&self) -> Answers {
        Answers { kept: Vec::new(), selection_only: false, ..self.clone() }
    }

    /// Whether the question has an answer that lets the young person go on.
    pub fn has_answered(&self, question: Question) -> bool {
        match question {
            Question::Territoire => self.territory.is_some() || self.commune.is_some(),
            Question::Age => self.age.is_some(),
            Question::Etape => self.stage.is_some(),
            Question::Modalite => self.modality.is_some(),
            // Optional: none is an answer too.
            Question::Besoin | Question::Situation => true,
        }
    }
}

fn set_choice<T: Choice>(
    slot: &mut Option<T>,
    value: &str,
    problems: &mut Vec<UrlProblem>,
    bad: impl Fn(Expected) -> UrlProblem,
) {
    match T::from_id(value) {
        Some(v) => *slot = Some(v),
        None => problems.push(bad(Expected::one_of(T::ALL.iter().map(|v| v.id())))),
    }
}

fn push_choice<T: Choice>(
    list: &mut Vec<T>,
    value: &str,
    problems: &mut Vec<UrlProblem>,
    bad: impl Fn(Expected) -> UrlProblem,
) {
    match T::from_id(value) {
        Some(v) if !list.contains(&v) => list.push(v),
        Some(_) => {}
        None => problems.push(bad(Expected::one_of(T::ALL.iter().map(|v| v.id())))),
    }
}

/// A kebab-case id: lowercase ascii letters and digits separated by single hyphens.
pub fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value.split('-').all(|part| !part.is_empty())
        && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Edits of the young person's answers: the rules that keep them consistent live here, not in
/// the views (a view only says which box was ticked).
impl Answers {
    /// Ticks or unticks a need.
    pub fn set_need(&mut self, need: Need, on: bool) {
        self.needs.retain(|n| *n != need);
        if on {
            self.needs.push(need);
        }
    }

    /// Ticks or unticks a situation. A situation the young person ticks is known: it is no
    /// longer « je ne sais pas ».
    pub fn set_situation(&mut self, situation: Situation, on: bool) {
        self.situations.retain(|s| *s != situation);
        self.unsure.retain(|s| *s != situation);
        if on {
            self.situations.push(situation);
        }
    }

    /// Ticks or unticks « je ne sais pas » for a situation one may not know about
    /// (`Situation::unsure_label`); it unticks the situation itself. Others are ignored.
    pub fn set_unsure(&mut self, situation: Situation, on: bool) {
        if situation.unsure_label().is_none() {
            return;
        }
        self.unsure.retain(|s| *s != situation);
        self.situations.retain(|s| *s != situation);
        if on {
            self.unsure.push(situation);
        }
    }
}
