use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::routes::Page;

use crate::components::embed_documentation::EmbedDocumentation;
use crate::components::embed_generator::EmbedGenerator;
use crate::components::with_dataset::WithDataset;
use crate::domain::dataset::Dataset;

/// « Intégrer » : a municipal webmaster sets the territory, colour and start page, copies a snippet
/// and sees it live; then reads what the app needs from their site and what it stores.
#[component]
pub fn EmbedGuidePage() -> impl IntoView {
    view! {
        <section class="embed-guide">
            <h1>{Page::EmbedGuide.heading()}</h1>
            <p>
                "Le questionnaire s'affiche dans votre page, réglé sur votre territoire et à vos couleurs, "
                "à la bonne hauteur. Choisissez les réglages, copiez le code, collez-le dans votre page."
            </p>
            <WithDataset render=generator_for />
            <EmbedDocumentation />
        </section>
    }
}

/// The generator, offering the territories of the dataset.
fn generator_for(dataset: Signal<Arc<Dataset>>) -> AnyView {
    let territories: Vec<(String, String)> =
        dataset.with_untracked(|d| d.territories.iter().map(|t| (t.id.clone(), t.area.clone())).collect());
    view! { <EmbedGenerator territories /> }.into_any()
}
