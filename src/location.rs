//! Where the page is, and moving inside the app without loading a page: the address as signals,
//! the app's links followed in place, Back and Forward.
//!
//! Why not leptos_router: the pages are chosen by the one list of routes (`domain::routes::Page::at`),
//! so the app used only its address signals and its link handling, and its generic routing cost
//! the wasm more than this (measured in the commit that brought this file).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

use domain::routes::{App, Page};

/// The address, as the browser has it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Address {
    pathname: String,
    /// Without its `?`.
    search: String,
    /// With its `#` (`""` when there is none).
    hash: String,
}

impl Address {
    fn now() -> Address {
        let location = window().location();
        Address {
            pathname: location.pathname().unwrap_or_default(),
            search: location.search().unwrap_or_default().trim_start_matches('?').to_owned(),
            hash: location.hash().unwrap_or_default(),
        }
    }
}

/// The address's parts, each changing only when it changes: a new fragment (an answer) does not
/// draw the page again.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    pub pathname: Memo<String>,
    /// The query, without its `?`.
    pub search: Memo<String>,
    /// The fragment, with its `#`.
    pub hash: Memo<String>,
    address: RwSignal<Address>,
}

impl Location {
    /// Goes to an address of the app (a path from the site's root, with its query and fragment):
    /// a new history entry, or the same one when `replace`; the page scrolls to its top unless the
    /// same entry changes.
    pub fn go(&self, href: &str, replace: bool) {
        let Ok(history) = window().history() else { return };
        // A link to the address already shown adds no entry: Back would seem to do nothing.
        let replace = replace || self.address.with_untracked(|a| format!("{}{}{}", a.pathname, if a.search.is_empty() { "" } else { "?" }, a.search) + &a.hash) == href;
        let written = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
        if written.is_err() {
            // An address the history refuses (another origin): the browser goes there itself.
            let _ = window().location().assign(href);
            return;
        }
        self.address.set(Address::now());
        if !replace {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

/// Reads the address for the whole app, follows the app's links in place and hears Back and
/// Forward. `base`: the public path the app is served under (`""` or `/mentorat`); `own`: the app
/// this wasm is, whose pages are drawn in place.
pub fn provide_location(base: String, own: App) {
    let address = RwSignal::new(Address::now());
    let location = Location {
        pathname: Memo::new(move |_| address.with(|a| a.pathname.clone())),
        search: Memo::new(move |_| address.with(|a| a.search.clone())),
        hash: Memo::new(move |_| address.with(|a| a.hash.clone())),
        address,
    };
    provide_context(location);
    // Back and Forward, and a fragment typed in the address bar.
    let _ = window_event_listener(leptos::ev::popstate, move |_| address.set(Address::now()));
    let _ = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(href) = followed_in_place(&ev, &base, own) {
            ev.prevent_default();
            location.go(&href, false);
        }
    });
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The address a click on a link goes to, when the app draws it in place: a plain click (no key
/// held, the main button, not already handled) on a link of this origin to a page this app draws,
/// with no target, no download and no `rel="external"`. The other app's pages and the static
/// pages are loaded by the browser, as pages of their own: Back then finds this page as it was.
fn followed_in_place(ev: &MouseEvent, base: &str, own: App) -> Option<String> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return None;
    }
    let link = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("a[href]").ok()??.dyn_into::<HtmlAnchorElement>().ok()?;
    let rel = link.rel();
    if !link.target().is_empty() || link.has_attribute("download") || rel.split_ascii_whitespace().any(|r| r == "external") {
        return None;
    }
    let url = web_sys::Url::new(&link.href()).ok()?;
    let path = url.pathname();
    let page = Page::at(path.strip_prefix(base)?)?;
    let drawn_here = page.app() == own && !page.is_static();
    (url.origin() == window().location().origin().ok()? && drawn_here).then(|| format!("{path}{}{}", url.search(), url.hash()))
}
