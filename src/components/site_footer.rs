use leptos::prelude::*;

use crate::pwa::BUILD_LABEL;

/// Where the data comes from, and the promise that nothing leaves the device.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Tes réponses restent sur ton appareil : elles ne sont envoyées à personne. "
                "Pas de compte, pas de cookie."
            </p>
            <p>
                "Informations tirées des brochures du Collectif Mentorat (Cité éducative de Roubaix, "
                "Communauté urbaine de Dunkerque)."
            </p>
            <p class="version">{format!("Version {BUILD_LABEL}")}</p>
        </footer>
    }
}
