use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use domain::i18n::{t, T};
use domain::routes::Page;
use crate::state::{use_answers, use_setup};

/// Moves the focus to the main content, and nothing else: the address, and the answers it holds,
/// stay as they are (following `#contenu` would replace the fragment that holds them).
fn skip_to_content(ev: MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("contenu").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// The app's own header with a way home; hidden when a host page embeds the app.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let home = use_setup().href(Page::Home, &use_answers().get_untracked().0.language_only());
    view! {
        <header class="site-header">
            <a class="skip-link" href="#contenu" on:click=skip_to_content>{t(T::HeaderSkip)}</a>
            <a class="brand" href=home>{t(T::Brand)}</a>
        </header>
    }
}
