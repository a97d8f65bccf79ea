//! The words of each question: what is asked, and why it is asked (the young person is told).

use super::answers::{Question, AGE_MAX, AGE_MIN};
use super::i18n::{t, tf, Slot, T};

impl Question {
    /// The question, in plain words (it is the step's heading and its fieldset's legend).
    pub fn title(self) -> &'static str {
        t(match self {
            Question::Territoire => T::QuestionTerritoireTitle,
            Question::Age => T::QuestionAgeTitle,
            Question::Etape => T::QuestionEtapeTitle,
            Question::Besoin => T::QuestionBesoinTitle,
            Question::Modalite => T::QuestionModaliteTitle,
            Question::Situation => T::QuestionSituationTitle,
        })
    }

    /// Why the question is asked, shown under it.
    pub fn why(self) -> &'static str {
        t(match self {
            Question::Territoire => T::QuestionTerritoireWhy,
            Question::Age => T::QuestionAgeWhy,
            Question::Etape => T::QuestionEtapeWhy,
            Question::Besoin => T::QuestionBesoinWhy,
            Question::Modalite => T::QuestionModaliteWhy,
            Question::Situation => T::QuestionSituationWhy,
        })
    }

    /// What to do when the young person tries to go on without answering (nothing for the
    /// optional questions).
    pub fn missing(self) -> String {
        match self {
            Question::Territoire => t(T::QuestionTerritoireMissing).to_owned(),
            Question::Age => {
                tf(T::QuestionAgeMissing, &[(Slot::Min, &AGE_MIN.to_string()), (Slot::Max, &AGE_MAX.to_string())])
            }
            Question::Etape | Question::Modalite => t(T::QuestionChoose).to_owned(),
            Question::Besoin | Question::Situation => String::new(),
        }
    }
}
