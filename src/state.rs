//! What every page shares: the host's configuration, the links between pages, and the answers,
//! which live in the URL fragment (the single source of truth: reload, back and shared links work).

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

use domain::answers::{Answers, Question};
use domain::config::Config;
use domain::routes::Page;
use domain::url_text::{after_traversal, UrlProblem};
use domain::volunteer::{Volunteer, VolunteerQuestion};
use crate::location::use_location;

/// Read once at start: the public path the app is served under and what the host configured.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The public path without its trailing slash (`""` or `/mentorat`).
    pub base: String,
    /// The query string as the host wrote it, kept on every internal link.
    pub query: String,
    pub config: Config,
    pub config_problems: Vec<UrlProblem>,
    /// The address the page was opened at: until the young person moves in the app, nothing
    /// takes the focus (in a host's page, it would be taken from the host).
    pub opened_at: String,
}

impl Setup {
    /// Whether the young person has moved in the app since the page was opened.
    pub fn moved(&self) -> bool {
        window().location().href().is_ok_and(|href| href != self.opened_at)
    }

    pub fn href(&self, page: Page, answers: &Answers) -> String {
        self.href_with(page, &answers.to_fragment())
    }

    /// A page's address with a fragment (without `#`): the host's query is kept.
    pub fn href_with(&self, page: Page, fragment: &str) -> String {
        let query = if self.query.is_empty() { String::new() } else { format!("?{}", self.query) };
        let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
        format!("{}{}{query}{fragment}", self.base, page.path())
    }

    /// The questions this host's visitors are asked.
    pub fn questions(&self) -> Vec<Question> {
        Question::sequence(self.config.territory.is_some())
    }

    /// The questions a volunteer is asked here.
    pub fn volunteer_questions(&self) -> Vec<VolunteerQuestion> {
        VolunteerQuestion::sequence(self.config.territory.is_some())
    }
}

pub fn use_setup() -> Setup {
    expect_context::<Setup>()
}

/// What the address says, read once for the whole page and shared through the context: every
/// card, field and banner reads these memos instead of reading the address again.
#[derive(Debug, Clone, Copy)]
struct Address {
    page: Memo<Option<Page>>,
    answers: Memo<(Answers, Vec<UrlProblem>)>,
}

/// Reads the address for the whole page: called once, below `provide_location`.
pub fn provide_address() {
    let setup = use_setup();
    let location = use_location();
    let base = setup.base.clone();
    let page = Memo::new(move |_| location.pathname.with(|path| Page::at(path.strip_prefix(base.as_str()).unwrap_or(path))));
    let answers = Memo::new(move |_| {
        let (answers, fragment_problems) = Answers::from_fragment(&location.hash.get());
        (answers, [setup.config_problems.clone(), fragment_problems].concat())
    });
    provide_context(Address { page, answers });
}

/// The page at the address (`None`: no page of the app is there).
pub fn use_page() -> Memo<Option<Page>> {
    expect_context::<Address>().page
}

/// The young person's own answers, as the URL fragment holds them (never the host's preset: an
/// edit writes these back, and a preset must not be copied into the fragment), and everything
/// that was wrong in the link: the query's problems first, then the fragment's. Where the
/// territory comes from is decided with the dataset, by `domain::place::Place`.
pub fn use_answers() -> Memo<(Answers, Vec<UrlProblem>)> {
    expect_context::<Address>().answers
}

/// A volunteer's answers, as the fragment holds them, and what was wrong in the link. The host's
/// preset territory wins, as on the young person's path.
pub fn use_volunteer() -> Memo<(Volunteer, Vec<UrlProblem>)> {
    let setup = use_setup();
    let location = use_location();
    Memo::new(move |_| {
        let (mut volunteer, problems) = Volunteer::from_fragment(&location.hash.get());
        if let Some(preset) = &setup.config.territory {
            volunteer.territory = Some(preset.clone());
        }
        (volunteer, [setup.config_problems.clone(), problems].concat())
    })
}

/// How a change of answers reaches the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: « back » returns here (moving to another question or page).
    Push,
    /// The same entry: a changed answer does not make « back » step through every click.
    Replace,
}

/// Returns a function that goes to a page with some answers; call it where the context is at hand
/// (component set-up), use the function in event handlers.
pub fn use_go() -> impl Fn(Page, &Answers, History) + Clone {
    let go = use_go_with();
    move |page, answers, history| go(page, &answers.to_fragment(), history)
}

/// The same, with a fragment of any path (a volunteer's answers).
pub fn use_go_with() -> impl Fn(Page, &str, History) + Clone {
    let setup = use_setup();
    let location = use_location();
    move |page, fragment, history| location.go(&setup.href_with(page, fragment), history == History::Replace)
}

/// Back and Forward never take back what was answered (security review, finding 8): a history
/// entry holds the answers as they were when it was left, so after a traversal `src/lang.js`
/// writes its address again with the answers last written, on the entry's own screen. The rule is
/// the domain's (`url_text::after_traversal`); `lang.js` runs before the router, which then reads
/// the address it left.
#[wasm_bindgen(js_name = after_traversal)]
pub fn answers_after_traversal(latest: &str, entry: &str) -> String {
    after_traversal(latest, entry)
}
