use leptos::prelude::*;

use crate::domain::dataset::{Fallback, Territory};

/// Always there, whatever the results: the local Collectif Mentorat and the national platform.
#[component]
pub fn AlwaysContacts(
    /// The territories to show the Collectif Mentorat of (the one answered, or all).
    territories: Vec<Territory>,
    fallback: Option<Fallback>,
) -> impl IntoView {
    let collectifs = territories
        .into_iter()
        .map(|t| {
            let href = format!("mailto:{}", t.collectif_email);
            view! {
                <li>
                    {format!("Le Collectif Mentorat ({}) : ", t.area)}
                    <a href=href>{t.collectif_email.clone()}</a>
                </li>
            }
        })
        .collect_view();
    let national = fallback.map(|f| {
        view! {
            <li>
                {format!("Partout en France, {} : ", f.name)}
                <a href=f.website.clone() target="_blank" rel="noopener noreferrer">
                    {f.website.trim_start_matches("https://").trim_end_matches('/').to_owned()}
                </a>
            </li>
        }
    });
    view! {
        <section class="always" aria-labelledby="always-title" data-testid="always-contacts">
            <h2 id="always-title">"Besoin d'aide pour choisir ?"</h2>
            <p>"Ces personnes connaissent tous les programmes et peuvent t'orienter."</p>
            <ul>
                {collectifs}
                {national}
            </ul>
        </section>
    }
}
