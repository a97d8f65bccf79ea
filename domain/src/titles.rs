//! Each page's title in the browser, so that a screen reader, a tab list and the history say where
//! one is (WCAG 2.4.2): « Question 3 sur 6 : Aujourd'hui, tu es… — Trouve ton mentor ». Each page
//! gives its own (`PageTitle` sets it, the one place a title is set): the questions their
//! question, the results their count, the others their name.

use super::i18n::{t, tf, Slot, T};
use super::routes::Page;

/// « … — Trouve ton mentor »
pub fn titled(title: &str) -> String {
    tf(T::TitleSuffix, &[(Slot::Title, title)])
}

/// « Question 3 sur 6 : … »: what a screen reader announces of a new question, and, `titled`,
/// its page's title.
pub fn question_announce(n: usize, total: usize, title: &str) -> String {
    tf(T::QuestionAnnounce, &[(Slot::N, &n.to_string()), (Slot::Total, &total.to_string()), (Slot::Title, title)])
}

/// The title of a page that has nothing more to say than its name; the home page's is the brand.
pub fn page_title(page: Option<Page>) -> String {
    match page {
        Some(Page::Home) => t(T::Brand).to_owned(),
        Some(page) => titled(page.title().unwrap_or_else(|| t(T::Brand))),
        None => titled(t(T::PageNotFoundHeading)),
    }
}
