//! The closed lists of the field: stages, needs, situations, ways to meet.
//!
//! Each value has one id, used both in the dataset and in URLs (kebab-case French without
//! accents, a stable contract), and the plain words shown to a young person, in their language
//! (`i18n/*.json`).

use serde::Serialize;

use super::i18n::{t, T};

/// A value of a closed list, with its URL/dataset id and its words for people.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order they are offered.
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    /// The key of the answer's words on the question screen.
    fn label_key(self) -> T;
    /// The answer as the young person reads it on the question screen.
    fn label(self) -> &'static str {
        t(self.label_key())
    }

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
    fn label_key(self) -> T {
        match self {
            Stage::Ecole => T::StageEcoleLabel,
            Stage::College => T::StageCollegeLabel,
            Stage::LyceeGeneral => T::StageLyceeGeneralLabel,
            Stage::LyceeTechno => T::StageLyceeTechnoLabel,
            Stage::LyceePro => T::StageLyceeProLabel,
            Stage::Apprentissage => T::StageApprentissageLabel,
            Stage::EtudesSuperieures => T::StageEtudesSuperieuresLabel,
            Stage::RechercheEmploi => T::StageRechercheEmploiLabel,
            Stage::Emploi => T::StageEmploiLabel,
        }
    }
}

impl Stage {
    /// The stage in a word or two, for the counsellors' table (« lycée pro »).
    pub fn short(self) -> &'static str {
        t(match self {
            Stage::Ecole => T::StageEcoleShort,
            Stage::College => T::StageCollegeShort,
            Stage::LyceeGeneral => T::StageLyceeGeneralShort,
            Stage::LyceeTechno => T::StageLyceeTechnoShort,
            Stage::LyceePro => T::StageLyceeProShort,
            Stage::Apprentissage => T::StageApprentissageShort,
            Stage::EtudesSuperieures => T::StageEtudesSuperieuresShort,
            Stage::RechercheEmploi => T::StageRechercheEmploiShort,
            Stage::Emploi => T::StageEmploiShort,
        })
    }

    /// Who the stage is, in a reason (« pour les collégiens »).
    pub fn people(self) -> &'static str {
        t(match self {
            Stage::Ecole => T::StageEcolePeople,
            Stage::College => T::StageCollegePeople,
            Stage::LyceeGeneral => T::StageLyceeGeneralPeople,
            Stage::LyceeTechno => T::StageLyceeTechnoPeople,
            Stage::LyceePro => T::StageLyceeProPeople,
            Stage::Apprentissage => T::StageApprentissagePeople,
            Stage::EtudesSuperieures => T::StageEtudesSuperieuresPeople,
            Stage::RechercheEmploi => T::StageRechercheEmploiPeople,
            Stage::Emploi => T::StageEmploiPeople,
        })
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
    fn label_key(self) -> T {
        match self {
            Need::Scolarite => T::NeedScolariteLabel,
            Need::Orientation => T::NeedOrientationLabel,
            Need::InsertionPro => T::NeedInsertionProLabel,
            Need::Confiance => T::NeedConfianceLabel,
            Need::Ouverture => T::NeedOuvertureLabel,
        }
    }
}

impl Need {
    /// The need as a help offered (« aide pour l'orientation »).
    pub fn help(self) -> &'static str {
        t(match self {
            Need::Scolarite => T::NeedScolariteHelp,
            Need::Orientation => T::NeedOrientationHelp,
            Need::InsertionPro => T::NeedInsertionProHelp,
            Need::Confiance => T::NeedConfianceHelp,
            Need::Ouverture => T::NeedOuvertureHelp,
        })
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
    fn label_key(self) -> T {
        match self {
            Situation::Ase => T::SituationAseLabel,
            Situation::Refugie => T::SituationRefugieLabel,
            Situation::Immigration => T::SituationImmigrationLabel,
            Situation::Qpv => T::SituationQpvLabel,
            Situation::Decrochage => T::SituationDecrochageLabel,
            Situation::PrimoArrivant => T::SituationPrimoArrivantLabel,
        }
    }
}

impl Situation {
    /// The situation in a word or two, for the counsellors' table (« ASE »).
    pub fn short(self) -> &'static str {
        t(match self {
            Situation::Ase => T::SituationAseShort,
            Situation::Refugie => T::SituationRefugieShort,
            Situation::Immigration => T::SituationImmigrationShort,
            Situation::Qpv => T::SituationQpvShort,
            Situation::Decrochage => T::SituationDecrochageShort,
            Situation::PrimoArrivant => T::SituationPrimoArrivantShort,
        })
    }

    /// Who is in the situation, in a reason (« pour les jeunes de l'Aide sociale à l'enfance »).
    pub fn people(self) -> &'static str {
        t(match self {
            Situation::Ase => T::SituationAsePeople,
            Situation::Refugie => T::SituationRefugiePeople,
            Situation::Immigration => T::SituationImmigrationPeople,
            Situation::Qpv => T::SituationQpvPeople,
            Situation::Decrochage => T::SituationDecrochagePeople,
            Situation::PrimoArrivant => T::SituationPrimoArrivantPeople,
        })
    }

    /// « aux jeunes de l'Aide sociale à l'enfance » (after « réservé », « attentif »).
    pub fn to_people(self) -> &'static str {
        t(match self {
            Situation::Ase => T::SituationAseToPeople,
            Situation::Refugie => T::SituationRefugieToPeople,
            Situation::Immigration => T::SituationImmigrationToPeople,
            Situation::Qpv => T::SituationQpvToPeople,
            Situation::Decrochage => T::SituationDecrochageToPeople,
            Situation::PrimoArrivant => T::SituationPrimoArrivantToPeople,
        })
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
            Situation::Qpv => Some(t(T::SituationQpvUnsure)),
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
        t(match self {
            Modality::Presentiel => T::ModalityPresentielWords,
            Modality::Distanciel => T::ModalityDistancielWords,
        })
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
    fn label_key(self) -> T {
        match self {
            ModalityPreference::Presentiel => T::PreferencePresentielLabel,
            ModalityPreference::Distanciel => T::PreferenceDistancielLabel,
            ModalityPreference::Indifferent => T::PreferenceIndifferentLabel,
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

/// Who a volunteer is, as the brochures name the mentors they look for (reading rules V1–V8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    Lyceen,
    Etudiant,
    Alternant,
    Salarie,
    AgentPublic,
    Retraite,
}

impl Choice for Profile {
    const ALL: &'static [Self] =
        &[Profile::Lyceen, Profile::Etudiant, Profile::Alternant, Profile::Salarie, Profile::AgentPublic, Profile::Retraite];
    fn id(self) -> &'static str {
        match self {
            Profile::Lyceen => "lyceen",
            Profile::Etudiant => "etudiant",
            Profile::Alternant => "alternant",
            Profile::Salarie => "salarie",
            Profile::AgentPublic => "agent-public",
            Profile::Retraite => "retraite",
        }
    }
    fn label_key(self) -> T {
        match self {
            Profile::Lyceen => T::ProfileLyceenLabel,
            Profile::Etudiant => T::ProfileEtudiantLabel,
            Profile::Alternant => T::ProfileAlternantLabel,
            Profile::Salarie => T::ProfileSalarieLabel,
            Profile::AgentPublic => T::ProfileAgentPublicLabel,
            Profile::Retraite => T::ProfileRetraiteLabel,
        }
    }
}

impl Profile {
    /// The mentors a programme looks for, in a reason (« des retraités »).
    pub fn people(self) -> &'static str {
        t(match self {
            Profile::Lyceen => T::ProfileLyceenPeople,
            Profile::Etudiant => T::ProfileEtudiantPeople,
            Profile::Alternant => T::ProfileAlternantPeople,
            Profile::Salarie => T::ProfileSalariePeople,
            Profile::AgentPublic => T::ProfileAgentPublicPeople,
            Profile::Retraite => T::ProfileRetraitePeople,
        })
    }
}
