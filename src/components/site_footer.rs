use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::pwa::BUILD_LABEL;
use crate::state::{use_setup, Page};

/// Where the data comes from, and the promise that nothing leaves the device.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let setup = use_setup();
    let none = Answers::default();
    // Inside a host page, a name tells this footer from the host's own.
    let label = setup.config.embed.then_some("Trouve ton mentor : à propos");
    view! {
        <footer class="site-footer" aria-label=label>
            <p>
                "Tes réponses restent sur ton appareil : elles ne sont envoyées à personne. "
                "Pas de compte, pas de cookie."
            </p>
            <p>
                "Informations tirées des brochures du Collectif Mentorat (Cité éducative de Roubaix, "
                "Communauté urbaine de Dunkerque)."
            </p>
            <ul class="footer-links">
                <li><a href=setup.href(Page::Accessibility, &none)>"Accessibilité : partiellement conforme"</a></li>
                <li><a href=setup.href(Page::EmbedGuide, &none)>"Intégrer à votre site"</a></li>
            </ul>
            <p class="version">{format!("Version {BUILD_LABEL}")}</p>
        </footer>
    }
}
