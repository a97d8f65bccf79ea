//! The app: reads the host's set-up once, routes the pages, and loads the dataset they need.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    data_for_page::DataForPage, language_switch::LanguageSwitch, offline_indicator::OfflineIndicator,
    site_footer::SiteFooter, site_header::SiteHeader, update_banner::UpdateBanner,
};
use domain::i18n::{t, T};
use crate::i18n::language_failed;
use domain::config::{Colour, Config};
use domain::routes::App as Which;
use crate::i18n::speak_chosen;
use crate::location::provide_location;
use crate::pages::page_for_path::{Draw, PageForPath};
use crate::pwa::use_service_worker;
use crate::state::Setup;

/// The public path the app is served under, from the `<base>` Trunk writes into `index.html`.
pub fn base_path() -> String {
    let uri = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&uri).map(|url| url.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// The host's accent colour, and black or white text on it, whichever keeps AA contrast. Set
/// through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
fn use_accent(colour: Colour) {
    let Some(root) = document().document_element().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let style = root.style();
    let _ = style.set_property("--accent", &colour.css());
    let _ = style.set_property("--on-accent", &colour.text_on().css());
    let _ = style.set_property("--accent-text", &colour.readable_on_white().css());
}

fn read_setup() -> Setup {
    let search = window().location().search().unwrap_or_default();
    let query = search.strip_prefix('?').unwrap_or(&search).to_owned();
    let (config, config_problems) = Config::from_query(&query);
    let opened_at = window().location().href().unwrap_or_default();
    Setup { base: base_path(), query, config, config_problems, opened_at }
}

/// Mounts an app in place of the static shell that `index.html` paints before the wasm runs, once
/// the language the page reads is spoken (the shell already is, by `src/lang.js`). Each app's
/// `main` calls this with its own pages, French table, footer's words on privacy (« tes
/// réponses » to the young person, « vos réponses » to adults) and reading of the dataset.
pub fn start(own: Which, draw: Draw, french: &'static [domain::i18n::Entry], privacy: T, reading: domain::dataset::Reading) {
    domain::i18n::use_french(french);
    crate::loading::use_reading(reading);
    // Leptos' executor starts with the mount, which waits for the language: the browser's own runs this.
    wasm_bindgen_futures::spawn_local(async move {
        // Failing, the app starts in French and says why (`App`).
        speak_chosen(&base_path(), own).await;
        let root = document()
            .get_element_by_id("app")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            .unwrap_or_else(|| document().body().expect("a page has a body"));
        // The static shell stays visible until this point, so the page is never blank while loading.
        root.set_inner_html("");
        leptos::mount::mount_to(root, move || view! { <App own draw privacy /> }).forget();
    });
}

/// The whole app. The configuration comes from the query string, the answers from the fragment.
#[component]
pub fn App(
    /// Which app this wasm is.
    own: Which,
    /// Draws its pages.
    draw: Draw,
    /// What the footer says of privacy, in this app's voice.
    privacy: T,
) -> impl IntoView {
    let setup = read_setup();
    let base = setup.base.clone();
    // The service worker's state, shared by the banners; a newer dataset it stored reloads the data.
    let worker = use_service_worker(&base);
    if let Some(colour) = setup.config.accent {
        use_accent(colour);
    }
    let embed = setup.config.embed;
    if embed {
        crate::embed::report_height_to_host();
    }
    provide_context(setup);
    provide_context(worker);
    provide_location(base, own);

    view! {
            <DataForPage>
            <div class="app" class:embed=embed>
                {(!embed).then(|| view! { <SiteHeader /> })}
                <LanguageSwitch />
                {language_failed().map(|(said_in, text)| view! {
                    <p class="notice" role="status" data-testid="language-failed" lang=said_in.id() dir=said_in.dir()>{text}</p>
                })}
                <UpdateBanner />
                <OfflineIndicator />
                <main id="contenu" class="page" tabindex="-1" aria-label=embed.then_some(t(T::Brand))>
                    <PageForPath own draw />
                </main>
                <SiteFooter privacy />
            </div>
            </DataForPage>
    }
}
