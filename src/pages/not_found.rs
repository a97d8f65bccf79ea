use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::state::use_setup;
use crate::domain::routes::Page;

/// An address the app does not know: says so and offers the way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let home = use_setup().href(Page::Home, &Answers::default());
    view! {
        <section class="not-found">
            <h1>"Cette page n'existe pas"</h1>
            <p>"Le lien est peut-être incomplet."</p>
            <a class="button primary" href=home>"Aller à l'accueil"</a>
        </section>
    }
}
