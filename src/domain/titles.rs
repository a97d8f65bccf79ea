//! Each page's title in the browser, so that a screen reader, a tab list and the history say where
//! one is (WCAG 2.4.2): « Question 3 sur 6 : Aujourd'hui, tu es… — Trouve ton mentor ».

use super::answers::{Answers, Question};
use super::i18n::{t, tf, T};
use super::routes::Page;

/// The title of the page at the address, with the answers in its fragment; `None` for the
/// results, whose title counts the programmes listed (the results page sets it).
pub fn page_title(page: Option<Page>, answers: &Answers, asked: &[Question]) -> Option<String> {
    let title = match page {
        Some(Page::Results) => return None,
        Some(Page::Questionnaire) => {
            let on_screen = answers.question_on_screen(asked, false);
            let n = asked.iter().position(|q| *q == on_screen).unwrap_or(0) + 1;
            tf(
                T::QuestionAnnounce,
                &[("n", &n.to_string()), ("total", &asked.len().to_string()), ("title", on_screen.title())],
            )
        }
        Some(Page::Home) => return Some(t(T::Brand).to_owned()),
        Some(page) => page.title().unwrap_or_else(|| t(T::Brand)).to_owned(),
        None => t(T::PageNotFoundHeading).to_owned(),
    };
    Some(tf(T::TitleSuffix, &[("title", &title)]))
}
