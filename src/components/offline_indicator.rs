use leptos::prelude::*;

use domain::i18n::{t, T};
use crate::pwa::ServiceWorker;

/// Says in words, not only with a colour, that the network is gone and what still works.
#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let offline = expect_context::<ServiceWorker>().offline;
    move || offline.get().then(|| view! { <p class="offline" role="status" data-testid="offline">{t(T::Offline)}</p> })
}
