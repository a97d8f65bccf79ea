//! Mounts the app in place of the static shell that `index.html` paints before the wasm runs.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let root = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document().body().expect("a page has a body"));
    // The static shell stays visible until this point, so the page is never blank while loading.
    root.set_inner_html("");
    leptos::mount::mount_to(root, trouve_ton_mentor::app::App).forget();
}
