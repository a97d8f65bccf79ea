//! The closed lists of the field: stages, needs, situations, ways to meet.
//!
//! Each value has one id, used both in the dataset and in URLs (kebab-case French without
//! accents, a stable contract), and the plain words shown to a young person.

use serde::Serialize;

/// A value of a closed list, with its URL/dataset id and its words for people.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order they are offered.
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    /// The answer as the young person reads it on the question screen.
    fn label(self) -> &'static str;

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
}

/// Where the young person is in life: the question « Aujourd'hui, tu es… ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Ecole,
    College,
    LyceeGeneral,
    LyceeTechno,
    LyceePro,
    Apprentissage,
    EtudesSuperieures,
    RechercheEmploi,
    Emploi,
}

impl Choice for Stage {
    const ALL: &'static [Self] = &[
        Stage::Ecole,
        Stage::College,
        Stage::LyceeGeneral,
        Stage::LyceeTechno,
        Stage::LyceePro,
        Stage::Apprentissage,
        Stage::EtudesSuperieures,
        Stage::RechercheEmploi,
        Stage::Emploi,
    ];
    fn id(self) -> &'static str {
        match self {
            Stage::Ecole => "ecole",
            Stage::College => "college",
            Stage::LyceeGeneral => "lycee-general",
            Stage::LyceeTechno => "lycee-techno",
            Stage::LyceePro => "lycee-pro",
            Stage::Apprentissage => "apprentissage",
            Stage::EtudesSuperieures => "etudes-superieures",
            Stage::RechercheEmploi => "recherche-emploi",
            Stage::Emploi => "emploi",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Stage::Ecole => "À l'école (primaire)",
            Stage::College => "Au collège",
            Stage::LyceeGeneral => "Au lycée général",
            Stage::LyceeTechno => "Au lycée technologique",
            Stage::LyceePro => "Au lycée professionnel",
            Stage::Apprentissage => "En apprentissage (alternance)",
            Stage::EtudesSuperieures => "Étudiant ou étudiante (après le bac)",
            Stage::RechercheEmploi => "Je cherche un travail ou une formation",
            Stage::Emploi => "Je travaille",
        }
    }
}

impl Stage {
    /// Who the stage is, in a reason (« pour les collégiens »).
    pub fn people(self) -> &'static str {
        match self {
            Stage::Ecole => "les écoliers",
            Stage::College => "les collégiens",
            Stage::LyceeGeneral => "les lycéens (voie générale)",
            Stage::LyceeTechno => "les lycéens (voie technologique)",
            Stage::LyceePro => "les lycéens (voie professionnelle)",
            Stage::Apprentissage => "les apprentis",
            Stage::EtudesSuperieures => "les étudiants",
            Stage::RechercheEmploi => "les jeunes qui cherchent un travail",
            Stage::Emploi => "les jeunes qui travaillent",
        }
    }
}

/// What the young person wants help with. Used for ranking, never to exclude.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    Scolarite,
    Orientation,
    InsertionPro,
    Confiance,
    Ouverture,
}

impl Choice for Need {
    const ALL: &'static [Self] =
        &[Need::Scolarite, Need::Orientation, Need::InsertionPro, Need::Confiance, Need::Ouverture];
    fn id(self) -> &'static str {
        match self {
            Need::Scolarite => "scolarite",
            Need::Orientation => "orientation",
            Need::InsertionPro => "insertion-pro",
            Need::Confiance => "confiance",
            Need::Ouverture => "ouverture",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Need::Scolarite => "Réussir à l'école, faire mes devoirs",
            Need::Orientation => "Choisir mes études ou mon métier",
            Need::InsertionPro => "Trouver un stage, une alternance ou un travail",
            Need::Confiance => "Avoir plus confiance en moi",
            Need::Ouverture => "Découvrir de nouvelles choses (culture, sorties, métiers)",
        }
    }
}

impl Need {
    /// The need as a help offered (« aide pour l'orientation »).
    pub fn help(self) -> &'static str {
        match self {
            Need::Scolarite => "l'école et les devoirs",
            Need::Orientation => "choisir ses études ou son métier",
            Need::InsertionPro => "trouver un stage ou un travail",
            Need::Confiance => "la confiance en soi",
            Need::Ouverture => "découvrir de nouvelles choses",
        }
    }
}

/// A situation a programme may be reserved for, or pay attention to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    Ase,
    Refugie,
    Immigration,
    Qpv,
    Decrochage,
    PrimoArrivant,
}

impl Choice for Situation {
    const ALL: &'static [Self] = &[
        Situation::Ase,
        Situation::Refugie,
        Situation::Immigration,
        Situation::Qpv,
        Situation::Decrochage,
        Situation::PrimoArrivant,
    ];
    fn id(self) -> &'static str {
        match self {
            Situation::Ase => "ase",
            Situation::Refugie => "refugie",
            Situation::Immigration => "immigration",
            Situation::Qpv => "qpv",
            Situation::Decrochage => "decrochage",
            Situation::PrimoArrivant => "primo-arrivant",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Situation::Ase => "Je suis suivi ou suivie par l'Aide sociale à l'enfance (ASE, foyer, famille d'accueil)",
            Situation::Refugie => "Je suis réfugié ou réfugiée",
            Situation::Immigration => "Je suis venu en France d'un autre pays, ou mes parents",
            Situation::Qpv => "J'habite dans un quartier prioritaire (QPV)",
            Situation::Decrochage => "J'ai arrêté l'école, ou j'ai envie d'arrêter",
            Situation::PrimoArrivant => "Je suis arrivé en France il y a peu de temps et j'apprends le français",
        }
    }
}

impl Situation {
    /// Who is in the situation, in a reason (« pour les jeunes de l'Aide sociale à l'enfance »).
    pub fn people(self) -> &'static str {
        match self {
            Situation::Ase => "les jeunes de l'Aide sociale à l'enfance",
            Situation::Refugie => "les jeunes réfugiés",
            Situation::Immigration => "les jeunes issus de l'immigration",
            Situation::Qpv => "les jeunes des quartiers prioritaires",
            Situation::Decrochage => "les jeunes qui décrochent de l'école",
            Situation::PrimoArrivant => "les jeunes arrivés depuis peu en France",
        }
    }

    /// « aux jeunes de l'Aide sociale à l'enfance » (after « réservé », « attentif »).
    pub fn to_people(self) -> String {
        self.people().replacen("les ", "aux ", 1)
    }

    /// The situations a young person in this one is also in (reading rule S4 of
    /// `docs/reading-rules.md`): someone newly arrived, or a refugee, is « issu de l'immigration ».
    pub fn counts_as(self) -> &'static [Situation] {
        match self {
            Situation::PrimoArrivant | Situation::Refugie => &[Situation::Immigration],
            _ => &[],
        }
    }

    /// The situations ticked, with those they count as (each once, in the order of `ALL`).
    pub fn with_implied(ticked: &[Situation]) -> Vec<Situation> {
        Situation::ALL
            .iter()
            .copied()
            .filter(|s| ticked.contains(s) || ticked.iter().any(|t| t.counts_as().contains(s)))
            .collect()
    }

    /// The « je ne sais pas » option of a situation a young person may not know about, in their
    /// words. Only where one can be unsure: whether one's street is a quartier prioritaire.
    pub fn unsure_label(self) -> Option<&'static str> {
        match self {
            Situation::Qpv => Some("Je ne sais pas si mon quartier est un quartier prioritaire"),
            _ => None,
        }
    }
}

/// How a programme's mentor and young person meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    Presentiel,
    Distanciel,
}

impl Modality {
    pub const ALL: &'static [Self] = &[Modality::Presentiel, Modality::Distanciel];

    /// The id in the dataset.
    pub fn id(self) -> &'static str {
        match self {
            Modality::Presentiel => "presentiel",
            Modality::Distanciel => "distanciel",
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Modality::Presentiel => "en face à face",
            Modality::Distanciel => "à distance",
        }
    }
}

/// How the young person wants to meet: the answer to « Comment veux-tu rencontrer ton mentor ? ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModalityPreference {
    Presentiel,
    Distanciel,
    Indifferent,
}

impl Choice for ModalityPreference {
    const ALL: &'static [Self] =
        &[ModalityPreference::Presentiel, ModalityPreference::Distanciel, ModalityPreference::Indifferent];
    fn id(self) -> &'static str {
        match self {
            ModalityPreference::Presentiel => "presentiel",
            ModalityPreference::Distanciel => "distanciel",
            ModalityPreference::Indifferent => "indifferent",
        }
    }
    fn label(self) -> &'static str {
        match self {
            ModalityPreference::Presentiel => "En vrai, face à face",
            ModalityPreference::Distanciel => "À distance (téléphone, vidéo)",
            ModalityPreference::Indifferent => "Les deux me vont",
        }
    }
}

impl ModalityPreference {
    /// The way of meeting the young person insists on, if any.
    pub fn required(self) -> Option<Modality> {
        match self {
            ModalityPreference::Presentiel => Some(Modality::Presentiel),
            ModalityPreference::Distanciel => Some(Modality::Distanciel),
            ModalityPreference::Indifferent => None,
        }
    }
}
