//! Each page's title in the browser, so that a screen reader, a tab list and the history say where
//! one is (WCAG 2.4.2): « Question 3 sur 6 : Aujourd'hui, tu es… — Trouve ton mentor ».

use super::answers::{Answers, Question};
use super::i18n::{t, tf, Slot, T};
use super::routes::Page;
use super::volunteer::{Volunteer, VolunteerQuestion};

/// « Question 3 sur 6 : … »
fn question_title(n: usize, total: usize, title: &str) -> String {
    tf(T::QuestionAnnounce, &[(Slot::N, &n.to_string()), (Slot::Total, &total.to_string()), (Slot::Title, title)])
}

/// The title of the page at the address, from its fragment; `None` for the results, whose title
/// counts the programmes listed (their page sets it).
pub fn page_title(page: Option<Page>, fragment: &str, territory_preset: bool) -> Option<String> {
    let title = match page {
        Some(Page::Results | Page::VolunteerResults) => return None,
        Some(Page::Questionnaire) => {
            let asked = Question::sequence(territory_preset);
            let on_screen = Answers::from_fragment(fragment).0.question_on_screen(&asked, false);
            question_title(asked.iter().position(|q| *q == on_screen).unwrap_or(0) + 1, asked.len(), on_screen.title())
        }
        Some(Page::Volunteer) => {
            let asked = VolunteerQuestion::sequence(territory_preset);
            let on_screen = Volunteer::from_fragment(fragment).0.question_on_screen(&asked);
            question_title(asked.iter().position(|q| *q == on_screen).unwrap_or(0) + 1, asked.len(), on_screen.title())
        }
        Some(Page::Home) => return Some(t(T::Brand).to_owned()),
        Some(page) => page.title().unwrap_or_else(|| t(T::Brand)).to_owned(),
        None => t(T::PageNotFoundHeading).to_owned(),
    };
    Some(tf(T::TitleSuffix, &[(Slot::Title, &title)]))
}
