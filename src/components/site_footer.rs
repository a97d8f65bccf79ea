use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::routes::Page;
use crate::domain::summary::sources_line;
use crate::loading::DatasetResource;
use crate::pwa::BUILD_LABEL;
use crate::state::use_setup;

/// Where the data comes from, and the promise that nothing leaves the device. Inside a host's
/// page it speaks only of the host's territory, and has no « Intégrer » link: that one is for
/// webmasters, not for the young person.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let setup = use_setup();
    let dataset = expect_context::<DatasetResource>();
    let none = Answers::default();
    let embed = setup.config.embed;
    // Inside a host page, a name tells this footer from the host's own.
    let label = embed.then_some("Trouve ton mentor : à propos");
    let territory = embed.then(|| setup.config.territory.clone()).flatten();
    let sources = move || {
        dataset
            .get()
            .and_then(Result::ok)
            .map(|d| sources_line(&d, territory.as_deref()))
            .unwrap_or_else(|| "Informations tirées des brochures du Collectif Mentorat.".into())
    };
    view! {
        <footer class="site-footer" aria-label=label>
            <p>
                "Tes réponses restent sur ton appareil : elles ne sont envoyées à personne. "
                "Pas de compte, pas de cookie."
            </p>
            <p data-testid="sources">{sources}</p>
            <ul class="footer-links">
                // Static pages (no app code): the browser loads them, the router does not.
                <li><a href=setup.href(Page::Accessibility, &none) rel="external">"Accessibilité : partiellement conforme"</a></li>
                {(!embed).then(|| view! { <li><a href=setup.href(Page::EmbedGuide, &none) rel="external">"Intégrer à votre site"</a></li> })}
            </ul>
            <p class="version">{format!("Version {BUILD_LABEL}")}</p>
        </footer>
    }
}
