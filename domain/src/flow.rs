//! What the two questionnaires have in common, for the one question flow that shows either (the
//! young person's `Answers`, a volunteer's `Volunteer`): whether the question on screen is
//! answered, its words, and the answers written into the address with a question on screen.

use super::answers::{Answers, Question};
use super::volunteer::{Volunteer, VolunteerQuestion};

/// Answers asked one question a screen, kept in the address.
pub trait Questionnaire: Clone + PartialEq + 'static {
    type Question: Copy + PartialEq + Send + Sync + 'static;

    /// The fragment of these answers with this question on screen (`None`: the results).
    fn fragment_at(&self, question: Option<Self::Question>) -> String;
    /// Whether the question has an answer that lets one go on.
    fn has_answered(&self, question: Self::Question) -> bool;
    /// Whether going on from this question leads to the results at once, past the questions left.
    fn ends_at(&self, question: Self::Question) -> bool;
    /// The question, in plain words (the screen's heading and its fieldset's legend).
    fn title(question: Self::Question) -> &'static str;
    /// Why it is asked, under it.
    fn why(question: Self::Question) -> &'static str;
    /// What to do when trying to go on without a needed answer.
    fn missing(question: Self::Question) -> String;
}

impl Questionnaire for Answers {
    type Question = Question;

    fn fragment_at(&self, question: Option<Question>) -> String {
        self.at(question).to_fragment()
    }

    fn has_answered(&self, question: Question) -> bool {
        Answers::has_answered(self, question)
    }

    /// A commune in no territory: the next questions could lead nowhere, the honest page says so.
    fn ends_at(&self, question: Question) -> bool {
        question == Question::Territoire && self.territory.is_none()
    }

    fn title(question: Question) -> &'static str {
        question.title()
    }

    fn why(question: Question) -> &'static str {
        question.why()
    }

    fn missing(question: Question) -> String {
        question.missing()
    }
}

impl Questionnaire for Volunteer {
    type Question = VolunteerQuestion;

    fn fragment_at(&self, question: Option<VolunteerQuestion>) -> String {
        self.at(question).to_fragment()
    }

    fn has_answered(&self, question: VolunteerQuestion) -> bool {
        Volunteer::has_answered(self, question)
    }

    fn ends_at(&self, _: VolunteerQuestion) -> bool {
        false
    }

    fn title(question: VolunteerQuestion) -> &'static str {
        question.title()
    }

    fn why(question: VolunteerQuestion) -> &'static str {
        question.why()
    }

    fn missing(question: VolunteerQuestion) -> String {
        Volunteer::missing(question)
    }
}
