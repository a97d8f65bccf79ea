use leptos::prelude::*;

use crate::pwa::{update_now, ServiceWorker};

/// Offers a new version when one waits, or says that another tab already switched to it. Never
/// automatic: the page reloads only when asked, so an old wasm is never mixed with a new JS glue.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let worker = expect_context::<ServiceWorker>();
    let shown = move || worker.update_waiting.get() || worker.replaced.get();
    view! {
        <Show when=shown>
            <div class="update-banner" role="status">
                <p>
                    {move || {
                        if worker.replaced.get() {
                            "Une nouvelle version est ouverte dans un autre onglet"
                        } else {
                            "Nouvelle version disponible"
                        }
                    }}
                </p>
                <button type="button" class="primary" on:click=move |_| update_now()>
                    {move || if worker.replaced.get() { "Recharger la page" } else { "Mettre à jour" }}
                </button>
            </div>
        </Show>
    }
}
