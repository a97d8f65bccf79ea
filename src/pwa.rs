//! Offline support: the service worker (release builds only) and what the page shows about it.
//! The worker itself is `pwa/service-worker.js`; its plumbing is `src/pwa.js`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/pwa.js")]
extern "C" {
    fn register_service_worker(url: &str);
    fn apply_update() -> bool;
    fn unregister_service_workers();
    fn take_data_update() -> bool;
}

/// Window event sent when a new version is installed and waits for the page's consent.
pub const UPDATE_AVAILABLE: &str = "ttm:update-available";
/// Window event sent when the dataset changed on the server and the cached copy was refreshed.
pub const DATA_UPDATED: &str = "ttm:data-updated";

/// Shown in the footer; the update test builds twice with two labels to see the new one arrive.
pub const BUILD_LABEL: &str = match option_env!("TTM_BUILD_LABEL") {
    Some(label) => label,
    None => env!("CARGO_PKG_VERSION"),
};

/// Registers the worker in release builds. Development builds (`trunk serve`) remove any worker a
/// release build left on the same origin, so they are never served stale files.
pub fn start(base: &str) {
    if cfg!(debug_assertions) {
        unregister_service_workers();
    } else {
        register_service_worker(&format!("{base}/sw.js"));
    }
}

/// Whether the worker refreshed the dataset since the last call (it may do so before the app
/// listens for `DATA_UPDATED`).
pub fn data_updated() -> bool {
    take_data_update()
}

/// Lets the waiting worker take over; the page reloads when it has.
pub fn update_now() -> bool {
    apply_update()
}
