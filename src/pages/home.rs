use leptos::prelude::*;

use crate::components::home_notices::HomeNotices;
use crate::state::{use_answers, use_setup};
use crate::domain::routes::Page;

/// Says what a mentor is, in a few plain words, and starts the questionnaire.
#[component]
pub fn HomePage() -> impl IntoView {
    let setup = use_setup();
    let answers = use_answers();
    let first = setup.questions()[0];
    let start = {
        let setup = setup.clone();
        move || setup.href(Page::Questionnaire, &answers.get().0.at(Some(first)))
    };
    view! {
        <section class="home">
            <h1>{Page::Home.heading()}</h1>
            <HomeNotices />
            <p class="lead">
                "Un mentor, c'est une personne bénévole qui t'accompagne pendant plusieurs mois : "
                "pour l'école, pour choisir un métier, pour trouver un travail, ou pour avoir plus confiance en toi."
            </p>
            <p>{format!("C'est gratuit. Réponds à {} questions courtes pour voir les associations qui peuvent t'aider.", setup.questions().len())}</p>
            <a class="button primary" href=start>"Commencer"</a>
            <p class="privacy">"Tes réponses restent sur ton appareil. Elles ne sont envoyées à personne."</p>
        </section>
    }
}
