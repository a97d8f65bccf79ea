use leptos::prelude::*;

/// Says in words, not only with a colour, that the network is gone and what still works.
#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let offline = RwSignal::new(!window().navigator().on_line());
    let went_offline = window_event_listener(leptos::ev::offline, move |_| offline.set(true));
    let came_back = window_event_listener(leptos::ev::online, move |_| offline.set(false));
    on_cleanup(move || {
        went_offline.remove();
        came_back.remove();
    });
    view! {
        <Show when=move || offline.get()>
            <p class="offline" role="status" data-testid="offline">
                "Hors connexion : l'application marche avec les informations déjà enregistrées."
            </p>
        </Show>
    }
}
