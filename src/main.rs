//! Mounts the app in place of the static shell that `index.html` paints before the wasm runs,
//! once the language the young person reads is spoken (the shell already is, by `src/lang.js`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use trouve_ton_mentor::app::{base_path, App};
use trouve_ton_mentor::i18n::speak_chosen;

fn main() {
    // Leptos' executor starts with the mount, which waits for the language: the browser's own runs this.
    wasm_bindgen_futures::spawn_local(async move {
        // Failing, the app starts in French and says why (`App`).
        speak_chosen(&base_path()).await;
        let root = document()
            .get_element_by_id("app")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            .unwrap_or_else(|| document().body().expect("a page has a body"));
        // The static shell stays visible until this point, so the page is never blank while loading.
        root.set_inner_html("");
        leptos::mount::mount_to(root, App).forget();
    });
}
