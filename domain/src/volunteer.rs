//! The other half of mentoring: what a volunteer who wants to become a mentor answers, and how it
//! is written in the fragment, like the young person's answers (nothing is stored, a reload keeps
//! them, a link carries them):
//! `<base>/devenir-mentor/resultats#territoire=roubaix&age=68&profil=retraite&heures=10&modalite=presentiel`.

use super::choices::ChoiceGroup;
use super::dataset::Dataset;
use super::i18n::{parts_line, t, tf, Language, Slot, T};
use super::reasons::{modality_words, years};
use super::url_text::{decode, decoded_pairs, encode, Expected, UrlProblem};
use super::answers::is_id;
use super::vocabulary::{Choice, Modality, ModalityPreference, Need, Profile, Stage};

/// The volunteer path's own ages: a lycéen of 15 can mentor younger pupils (Afev's lycéens).
pub const VOLUNTEER_AGE_MIN: u8 = 15;
pub const VOLUNTEER_AGE_MAX: u8 = 99;
/// The hours a month the question accepts.
pub const HOURS_MAX: u8 = 99;

/// How long a volunteer can commit, as the question offers it, in months.
pub const LENGTHS: [u16; 5] = [3, 6, 9, 12, 72];

/// A volunteer's answers. A missing answer never excludes a programme.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Volunteer {
    /// Which question is on screen.
    pub question: Option<VolunteerQuestion>,
    pub territory: Option<String>,
    pub profile: Option<Profile>,
    pub age: Option<u8>,
    /// The hours a month they can give.
    pub hours: Option<u8>,
    /// How long they can commit, in months.
    pub months: Option<u16>,
    pub modality: Option<ModalityPreference>,
    /// The young people they would like to help (optional): their stages, what they need.
    pub stages: Vec<Stage>,
    pub needs: Vec<Need>,
    pub language: Option<Language>,
}

/// The volunteer's questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VolunteerQuestion {
    Territoire,
    Profil,
    Age,
    Heures,
    Duree,
    Modalite,
    Jeunes,
}

impl VolunteerQuestion {
    pub const ALL: [VolunteerQuestion; 7] = [
        VolunteerQuestion::Territoire,
        VolunteerQuestion::Profil,
        VolunteerQuestion::Age,
        VolunteerQuestion::Heures,
        VolunteerQuestion::Duree,
        VolunteerQuestion::Modalite,
        VolunteerQuestion::Jeunes,
    ];

    pub fn id(self) -> &'static str {
        match self {
            VolunteerQuestion::Territoire => "territoire",
            VolunteerQuestion::Profil => "profil",
            VolunteerQuestion::Age => "age",
            VolunteerQuestion::Heures => "heures",
            VolunteerQuestion::Duree => "duree",
            VolunteerQuestion::Modalite => "modalite",
            VolunteerQuestion::Jeunes => "jeunes",
        }
    }

    /// The questions asked, given what the host preset: a preset territory is not asked.
    pub fn sequence(territory_preset: bool) -> Vec<VolunteerQuestion> {
        VolunteerQuestion::ALL.into_iter().filter(|q| !(territory_preset && *q == VolunteerQuestion::Territoire)).collect()
    }

    /// The question, addressed as « vous ».
    pub fn title(self) -> &'static str {
        t(match self {
            VolunteerQuestion::Territoire => T::VolunteerTerritoireTitle,
            VolunteerQuestion::Profil => T::VolunteerProfilTitle,
            VolunteerQuestion::Age => T::VolunteerAgeTitle,
            VolunteerQuestion::Heures => T::VolunteerHeuresTitle,
            VolunteerQuestion::Duree => T::VolunteerDureeTitle,
            VolunteerQuestion::Modalite => T::VolunteerModaliteTitle,
            VolunteerQuestion::Jeunes => T::VolunteerJeunesTitle,
        })
    }

    /// Why it is asked.
    pub fn why(self) -> &'static str {
        t(match self {
            VolunteerQuestion::Territoire => T::VolunteerTerritoireWhy,
            VolunteerQuestion::Profil => T::VolunteerProfilWhy,
            VolunteerQuestion::Age => T::VolunteerAgeWhy,
            VolunteerQuestion::Heures => T::VolunteerHeuresWhy,
            VolunteerQuestion::Duree => T::VolunteerDureeWhy,
            VolunteerQuestion::Modalite => T::VolunteerModaliteWhy,
            VolunteerQuestion::Jeunes => T::VolunteerJeunesWhy,
        })
    }

    /// The groups of answers this question offers (the age and the hours are typed: none).
    pub fn choice_groups(self, territories: Vec<(String, String)>) -> Vec<ChoiceGroup> {
        let group = |key, multiple, options| ChoiceGroup { key, multiple, options };
        let capitalised = crate::case::capitalise;
        match self {
            VolunteerQuestion::Age | VolunteerQuestion::Heures => Vec::new(),
            VolunteerQuestion::Territoire => vec![group("territoire", false, territories)],
            VolunteerQuestion::Profil => {
                vec![group("profil", false, Profile::ALL.iter().map(|p| (p.id().to_owned(), p.label().to_owned())).collect())]
            }
            VolunteerQuestion::Duree => vec![group(
                "duree",
                false,
                LENGTHS.iter().map(|m| (m.to_string(), length_words(*m).to_owned())).collect(),
            )],
            VolunteerQuestion::Modalite => vec![group(
                "modalite",
                false,
                ModalityPreference::ALL.iter().map(|m| (m.id().to_owned(), m.label().to_owned())).collect(),
            )],
            VolunteerQuestion::Jeunes => vec![
                group("etape", true, Stage::ALL.iter().map(|s| (s.id().to_owned(), capitalised(s.people()))).collect()),
                group("besoin", true, Need::ALL.iter().map(|n| (n.id().to_owned(), capitalised(n.help()))).collect()),
            ],
        }
    }
}

/// « 6 mois », « une année scolaire », « un an », « plusieurs années ».
pub fn length_words(months: u16) -> &'static str {
    t(match months {
        0..=3 => T::VolunteerLength3,
        4..=6 => T::VolunteerLength6,
        7..=9 => T::VolunteerLength9,
        10..=12 => T::VolunteerLength12,
        _ => T::VolunteerLengthYears,
    })
}

impl Volunteer {
    /// Reads a fragment. Anything unknown or malformed is reported and skipped.
    pub fn from_fragment(fragment: &str) -> (Volunteer, Vec<UrlProblem>) {
        let mut v = Volunteer::default();
        let mut problems = Vec::new();
        for (key, value) in decoded_pairs(fragment, '#') {
            let bad = |expected: Expected| UrlProblem::bad_value(key, &value, expected);
            let number = |max: u64| value.parse::<u64>().ok().filter(|n| (1..=max).contains(n));
            match key {
                "question" => match VolunteerQuestion::ALL.into_iter().find(|q| q.id() == value) {
                    Some(q) => v.question = Some(q),
                    None => problems.push(bad(Expected::one_of(VolunteerQuestion::ALL.iter().map(|q| q.id())))),
                },
                "territoire" if is_id(&value) => v.territory = Some(value.clone()),
                "territoire" => problems.push(bad(Expected::Territory)),
                "profil" => match Profile::from_id(&value) {
                    Some(p) => v.profile = Some(p),
                    None => problems.push(bad(Expected::one_of(Profile::ALL.iter().map(|p| p.id())))),
                },
                "age" => match value.parse::<u8>() {
                    Ok(age) if (VOLUNTEER_AGE_MIN..=VOLUNTEER_AGE_MAX).contains(&age) => v.age = Some(age),
                    _ => problems.push(bad(Expected::Age { min: VOLUNTEER_AGE_MIN, max: VOLUNTEER_AGE_MAX })),
                },
                "heures" => match number(u64::from(HOURS_MAX)) {
                    Some(h) => v.hours = Some(h as u8),
                    None => problems.push(bad(Expected::Hours)),
                },
                "duree" => match number(600) {
                    Some(m) => v.months = Some(m as u16),
                    None => problems.push(bad(Expected::Months)),
                },
                "modalite" => match ModalityPreference::from_id(&value) {
                    Some(m) => v.modality = Some(m),
                    None => problems.push(bad(Expected::one_of(ModalityPreference::ALL.iter().map(|m| m.id())))),
                },
                "etape" => match Stage::from_id(&value) {
                    Some(s) if !v.stages.contains(&s) => v.stages.push(s),
                    Some(_) => {}
                    None => problems.push(bad(Expected::one_of(Stage::ALL.iter().map(|s| s.id())))),
                },
                "besoin" => match Need::from_id(&value) {
                    Some(n) if !v.needs.contains(&n) => v.needs.push(n),
                    Some(_) => {}
                    None => problems.push(bad(Expected::one_of(Need::ALL.iter().map(|n| n.id())))),
                },
                "langue" => match Language::from_id(&value) {
                    Some(l) => v.language = Some(l),
                    None => problems.push(bad(Expected::one_of(Language::ALL.iter().map(|l| l.id())))),
                },
                _ => problems.push(UrlProblem::UnknownKey { key: decode(key) }),
            }
        }
        (v, problems)
    }

    /// Writes the fragment, without `#`, keys in a fixed order.
    pub fn to_fragment(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.question.map(|q| format!("question={}", q.id())));
        parts.extend(self.territory.as_ref().map(|t| format!("territoire={}", encode(t))));
        parts.extend(self.age.map(|a| format!("age={a}")));
        parts.extend(self.profile.map(|p| format!("profil={}", p.id())));
        parts.extend(self.hours.map(|h| format!("heures={h}")));
        parts.extend(self.months.map(|m| format!("duree={m}")));
        parts.extend(self.modality.map(|m| format!("modalite={}", m.id())));
        parts.extend(self.stages.iter().map(|s| format!("etape={}", s.id())));
        parts.extend(self.needs.iter().map(|n| format!("besoin={}", n.id())));
        parts.extend(self.language.map(|l| format!("langue={}", l.id())));
        parts.join("&")
    }

    /// The same answers, on another question.
    pub fn at(&self, question: Option<VolunteerQuestion>) -> Volunteer {
        Volunteer { question, ..self.clone() }
    }

    /// The question to show among those asked: the one in the link, else the first.
    pub fn question_on_screen(&self, asked: &[VolunteerQuestion]) -> VolunteerQuestion {
        self.question.filter(|q| asked.contains(q)).unwrap_or(asked[0])
    }

    /// Whether the question has an answer that lets the volunteer go on (the hours, the length and
    /// the young people are optional).
    pub fn has_answered(&self, question: VolunteerQuestion) -> bool {
        match question {
            VolunteerQuestion::Territoire => self.territory.is_some(),
            VolunteerQuestion::Profil => self.profile.is_some(),
            VolunteerQuestion::Age => self.age.is_some(),
            VolunteerQuestion::Modalite => self.modality.is_some(),
            VolunteerQuestion::Heures | VolunteerQuestion::Duree | VolunteerQuestion::Jeunes => true,
        }
    }

    /// What to do when the volunteer tries to go on without a needed answer.
    pub fn missing(question: VolunteerQuestion) -> String {
        match question {
            VolunteerQuestion::Age => tf(
                T::VolunteerAgeMissing,
                &[(Slot::Min, &VOLUNTEER_AGE_MIN.to_string()), (Slot::Max, &VOLUNTEER_AGE_MAX.to_string())],
            ),
            VolunteerQuestion::Territoire | VolunteerQuestion::Profil | VolunteerQuestion::Modalite => {
                t(T::QuestionChoose).to_owned()
            }
            VolunteerQuestion::Heures | VolunteerQuestion::Duree | VolunteerQuestion::Jeunes => String::new(),
        }
    }

    /// « Vos réponses : Roubaix · 68 ans · Retraité ou retraitée · 10 h par mois · en face à face ».
    pub fn summary(&self, dataset: &Dataset) -> String {
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.territory.as_deref().and_then(|id| dataset.territory(id)).map(|t| t.name.clone()));
        parts.extend(self.age.map(years));
        parts.extend(self.profile.map(|p| p.label().to_owned()));
        parts.extend(self.hours.map(|h| tf(T::VolunteerHoursPart, &[(Slot::N, &h.to_string())])));
        parts.extend(self.months.map(|m| length_words(m).to_owned()));
        parts.extend(self.modality.map(|m| m.required().map_or_else(|| modality_words(Modality::ALL), |r| modality_words(&[r]))));
        tf(T::VolunteerSummary, &[(Slot::Parts, &parts_line(&parts))])
    }

    /// The ids picked in a group (`ChoiceGroup::key`).
    pub fn picked(&self, key: &str) -> Vec<String> {
        match key {
            "territoire" => self.territory.iter().cloned().collect(),
            "profil" => self.profile.iter().map(|p| p.id().to_owned()).collect(),
            "duree" => self.months.iter().map(|m| m.to_string()).collect(),
            "modalite" => self.modality.iter().map(|m| m.id().to_owned()).collect(),
            "etape" => self.stages.iter().map(|s| s.id().to_owned()).collect(),
            "besoin" => self.needs.iter().map(|n| n.id().to_owned()).collect(),
            _ => Vec::new(),
        }
    }

    /// Ticks (or unticks) an answer of a group. An id the group does not know changes nothing.
    pub fn pick(&mut self, key: &str, id: &str, on: bool) {
        fn toggle<T: PartialEq>(list: &mut Vec<T>, value: Option<T>, on: bool) {
            if let Some(value) = value {
                list.retain(|v| *v != value);
                if on {
                    list.push(value);
                }
            }
        }
        match key {
            "territoire" => self.territory = Some(id.to_owned()),
            "profil" => self.profile = Profile::from_id(id).or(self.profile),
            "duree" => self.months = id.parse().ok().or(self.months),
            "modalite" => self.modality = ModalityPreference::from_id(id).or(self.modality),
            "etape" => toggle(&mut self.stages, Stage::from_id(id), on),
            "besoin" => toggle(&mut self.needs, Need::from_id(id), on),
            _ => {}
        }
    }
}
