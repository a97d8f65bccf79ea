use leptos::prelude::*;

use crate::loading::DatasetResource;
use crate::loading::LoadError;

/// The dataset could not be used: says why in French and offers to try again.
#[component]
pub fn LoadErrorNotice(error: LoadError) -> impl IntoView {
    let dataset = expect_context::<DatasetResource>();
    view! {
        <div class="load-error" role="alert" data-testid="load-error">
            <h2>"Oups, les programmes ne s'affichent pas"</h2>
            <p>{error.to_string()}</p>
            <p>"Tes réponses sont gardées dans l'adresse de la page : tu ne les perdras pas."</p>
            <button type="button" class="primary" on:click=move |_| dataset.refetch()>"Réessayer"</button>
            <p>
                "Tu peux aussi chercher un mentor sur "
                <a href="https://www.1jeune1mentor.fr/" target="_blank" rel="noopener noreferrer">"1jeune1mentor.fr"</a>
                "."
            </p>
        </div>
    }
}
