use leptos::prelude::*;

use crate::pwa::{update_now, UPDATE_AVAILABLE};

/// Offers a new version when one waits. Never automatic: the page reloads only when asked, so an
/// old wasm is never mixed with a new JS glue.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let available = RwSignal::new(false);
    let handle = window_event_listener_untyped(UPDATE_AVAILABLE, move |_| available.set(true));
    on_cleanup(move || handle.remove());
    view! {
        <Show when=move || available.get()>
            <div class="update-banner" role="status">
                <p>"Nouvelle version disponible"</p>
                <button type="button" class="primary" on:click=move |_| { update_now(); }>
                    "Mettre à jour"
                </button>
            </div>
        </Show>
    }
}
