use leptos::prelude::*;

use domain::i18n::{t, T};
use crate::pwa::{update_now, ServiceWorker};

/// Offers a new version when one waits, or says that another tab already switched to it. Never
/// automatic: the page reloads only when asked, so an old wasm is never mixed with a new JS glue.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let worker = expect_context::<ServiceWorker>();
    move || {
        let replaced = worker.replaced.get();
        (replaced || worker.update_waiting.get()).then(|| {
            let (said, button) =
                if replaced { (T::UpdateOtherTab, T::UpdateReload) } else { (T::UpdateAvailable, T::UpdateNow) };
            view! {
                <div class="update-banner" role="status">
                    <p>{t(said)}</p>
                    <button type="button" class="primary" on:click=move |_| update_now()>{t(button)}</button>
                </div>
            }
        })
    }
}
