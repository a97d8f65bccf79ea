use leptos::prelude::*;

use domain::i18n::{t, T};
use domain::routes::{App, Page};
use crate::location::use_location;
use crate::pages::not_found::NotFoundPage;
use crate::state::use_page;

/// The pages an app draws, and how: each app's own list (`pages::young`, `pages::adults`), so that
/// its wasm holds no other page's code.
pub type Draw = fn(Page) -> AnyView;

/// The page at the address: the one list of routes (`src/routes.json`) decides, so the router,
/// the route shells and the service worker never disagree, and a trailing slash (added by hosts
/// that serve folders) names the same page. The static pages (the accessibility statement,
/// « Intégrer ») are written whole by the build, with no app code, and the other app's pages are
/// another wasm: reached inside the app, they are loaded as pages of their own.
#[component]
pub fn PageForPath(
    /// The app this wasm is.
    own: App,
    /// Draws its pages.
    draw: Draw,
) -> impl IntoView {
    let location = use_location();
    let page = use_page();
    move || match page.get() {
        Some(page) if page.app() == own && !page.is_static() => draw(page),
        // Loaded as a page of its own, at the address the link gave.
        Some(_) => {
            let search = location.search.get_untracked();
            let query = if search.trim_start_matches('?').is_empty() { String::new() } else { format!("?{}", search.trim_start_matches('?')) };
            let _ = window().location().assign(&format!("{}{query}{}", location.pathname.get_untracked(), location.hash.get_untracked()));
            view! { <p class="loading" role="status">{t(T::ShellLoading)}</p> }.into_any()
        }
        None => view! { <NotFoundPage /> }.into_any(),
    }
}
