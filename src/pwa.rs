//! Offline support: the service worker (release builds only) and what the page knows of it, as
//! signals (`use_service_worker`, as leptos-use does). The worker itself is `pwa/service-worker.js`;
//! its plumbing, and the one definition of the messages they exchange, is `src/pwa.js`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/pwa.js")]
extern "C" {
    fn start_service_worker(url: &str, report: &Closure<dyn FnMut(String)>);
    fn apply_update();
    fn unregister_service_workers();
}

/// Shown in the footer; the update test builds twice with two labels to see the new one arrive.
/// A cargo feature, not an environment variable: Cargo keeps both builds, so that the test run's
/// two builds stop recompiling each other.
pub const BUILD_LABEL: &str = if cfg!(feature = "update-test") { "update-test" } else { env!("CARGO_PKG_VERSION") };

/// What the page knows of its service worker and of the network.
#[derive(Debug, Clone, Copy)]
pub struct ServiceWorker {
    /// A new version is installed and waits for the young person's consent.
    pub update_waiting: ReadSignal<bool>,
    /// Another tab switched to a new version: this page runs the old one and must reload.
    pub replaced: ReadSignal<bool>,
    /// Goes up each time the worker stored a newer dataset that this build can read.
    pub data_version: ReadSignal<u32>,
    /// The network is gone.
    pub offline: ReadSignal<bool>,
}

/// Registers the worker in release builds and returns its state as signals. Development builds
/// (`trunk serve`) remove any worker a release build left on the same origin, so they are never
/// served stale files. Call once, where the app is set up, and share it through the context.
pub fn use_service_worker(base: &str) -> ServiceWorker {
    let (update_waiting, set_update_waiting) = signal(false);
    let (replaced, set_replaced) = signal(false);
    let (data_version, set_data_version) = signal(0u32);
    let (offline, set_offline) = signal(!window().navigator().on_line());
    // For the app's whole life: the listeners are never removed.
    let _ = window_event_listener(leptos::ev::offline, move |_| set_offline.set(true));
    let _ = window_event_listener(leptos::ev::online, move |_| set_offline.set(false));
    if cfg!(debug_assertions) {
        unregister_service_workers();
    } else {
        let report = Closure::<dyn FnMut(String)>::new(move |what: String| match what.as_str() {
            "waiting" => set_update_waiting.set(true),
            "replaced" => set_replaced.set(true),
            "data-updated" => set_data_version.update(|v| *v += 1),
            _ => {}
        });
        start_service_worker(&format!("{base}/sw.js"), &report);
        report.forget();
    }
    ServiceWorker { update_waiting, replaced, data_version, offline }
}

/// Lets the waiting worker take over (the page then reloads), or reloads when another tab did.
pub fn update_now() {
    apply_update();
}
