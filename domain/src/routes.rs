//! The app's pages, declared once in `src/routes.json`: `build.rs` writes the `Page` enum from it,
//! and the build's scripts read the same file for the route shells and the service worker.

use super::i18n::{t, T};

include!(concat!(env!("OUT_DIR"), "/routes.rs"));

/// The apps of the build, each its own wasm, so that a page downloads only the code it shows: the
/// young person's (home, questions, results), the adults' (the volunteers' path, the
/// counsellors' directory) and the data keepers' (`/donnees`). A link to a page of another app
/// loads it as a page of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    Young,
    Adults,
    Keepers,
}

impl Page {
    /// The page at a path below the app's base (`/resultats`, `resultats/`, `/`). A host that
    /// serves folders adds a trailing slash (Cloudflare Pages redirects `/resultats` to
    /// `/resultats/`): it names the same page.
    pub fn at(path: &str) -> Option<Page> {
        let segment = path.trim_matches('/');
        Page::ALL.into_iter().find(|page| page.segment() == segment)
    }

    /// The heading the static shell paints before the wasm runs, and the page keeps.
    pub fn heading(self) -> Option<&'static str> {
        self.heading_key().map(t)
    }

    /// The page's title in the browser (its heading, unless it has its own title).
    pub fn title(self) -> Option<&'static str> {
        self.title_key().or(self.heading_key()).map(t)
    }

    /// The path of the page below the app's base (`/resultats`, `/` for the home page).
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }
}
