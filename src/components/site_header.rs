use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::state::{use_setup, Page};

/// The app's own header with a way home; hidden when a host page embeds the app.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let home = use_setup().href(Page::Home, &Answers::default());
    view! {
        <header class="site-header">
            <a class="skip-link" href="#contenu">"Aller au contenu"</a>
            <a class="brand" href=home>"Trouve ton mentor"</a>
        </header>
    }
}
