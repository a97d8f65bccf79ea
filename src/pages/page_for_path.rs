use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::domain::routes::Page;
use crate::pages::{home::HomePage, not_found::NotFoundPage, questionnaire::QuestionnairePage, results::ResultsPage};
use crate::state::use_setup;

/// The page at the address: the one list of routes (`src/routes.json`) decides, so the router,
/// the route shells and the service worker never disagree, and a trailing slash (added by hosts
/// that serve folders) names the same page. The static pages (the accessibility statement,
/// « Intégrer ») are written whole by the build, with no app code: reached inside the app, they
/// are loaded as such.
#[component]
pub fn PageForPath() -> impl IntoView {
    let base = use_setup().base;
    let location = use_location();
    let page = Memo::new(move |_| location.pathname.with(|path| Page::at(path.strip_prefix(base.as_str()).unwrap_or(path))));
    // The router writes a followed link's address into the browser's history only once the new
    // page is drawn (its <Routes> would say so): say it here, after each change of path.
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        if let Some(url) = &browser_url {
            url.ready_to_complete();
        }
    });
    move || match page.get() {
        Some(Page::Home) => view! { <HomePage /> }.into_any(),
        Some(Page::Questionnaire) => view! { <QuestionnairePage /> }.into_any(),
        Some(Page::Results) => view! { <ResultsPage /> }.into_any(),
        Some(page) if page.is_static() => {
            let _ = window().location().reload();
            view! { <p class="loading" role="status">"Chargement…"</p> }.into_any()
        }
        Some(_) | None => view! { <NotFoundPage /> }.into_any(),
    }
}
