use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::domain::i18n::{t, T};
use crate::domain::routes::Page;
use crate::pages::{directory::DirectoryPage, home::HomePage, not_found::NotFoundPage, questionnaire::QuestionnairePage, results::ResultsPage, volunteer::VolunteerPage, volunteer_results::VolunteerResultsPage};
use crate::domain::titles::page_title;
use crate::state::use_setup;

/// The page at the address: the one list of routes (`src/routes.json`) decides, so the router,
/// the route shells and the service worker never disagree, and a trailing slash (added by hosts
/// that serve folders) names the same page. The static pages (the accessibility statement,
/// « Intégrer ») are written whole by the build, with no app code: reached inside the app, they
/// are loaded as such.
#[component]
pub fn PageForPath() -> impl IntoView {
    let setup = use_setup();
    let base = setup.base.clone();
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
    // Each page and each question has its own title, so that a screen reader, a tab list and the
    // history say where one is.
    let preset = setup.config.territory.is_some();
    Effect::new(move |_| {
        if let Some(title) = location.hash.with(|fragment| page_title(page.get(), fragment, preset)) {
            document().set_title(&title);
        }
    });
    move || match page.get() {
        Some(Page::Home) => view! { <HomePage /> }.into_any(),
        Some(Page::Questionnaire) => view! { <QuestionnairePage /> }.into_any(),
        Some(Page::Results) => view! { <ResultsPage /> }.into_any(),
        Some(Page::Directory) => view! { <DirectoryPage /> }.into_any(),
        Some(Page::Volunteer) => view! { <VolunteerPage /> }.into_any(),
        Some(Page::VolunteerResults) => view! { <VolunteerResultsPage /> }.into_any(),
        Some(page) if page.is_static() => {
            let _ = window().location().reload();
            view! { <p class="loading" role="status">{t(T::ShellLoading)}</p> }.into_any()
        }
        Some(_) | None => view! { <NotFoundPage /> }.into_any(),
    }
}
