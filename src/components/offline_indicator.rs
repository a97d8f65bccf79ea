use leptos::prelude::*;

use crate::pwa::ServiceWorker;

/// Says in words, not only with a colour, that the network is gone and what still works.
#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let offline = expect_context::<ServiceWorker>().offline;
    view! {
        <Show when=move || offline.get()>
            <p class="offline" role="status" data-testid="offline">
                "Hors connexion : l'application marche avec les informations déjà enregistrées."
            </p>
        </Show>
    }
}
