use leptos::prelude::*;

use domain::i18n::{t, T};
use crate::loading::DatasetResource;
use crate::loading::LoadError;

/// The dataset could not be used: says why in the young person's language and offers to try
/// again. What is wrong inside the file is shown in French, for whoever maintains it.
#[component]
pub fn LoadErrorNotice(error: LoadError) -> impl IntoView {
    let dataset = expect_context::<DatasetResource>();
    let detail = error.detail();
    view! {
        <div class="load-error" role="alert" data-testid="load-error">
            <h2>{t(T::LoadTitle)}</h2>
            <p>{error.to_string()}</p>
            {detail.map(|detail| view! { <p lang="fr" dir="ltr" class="detail">{detail}</p> })}
            <p>{t(T::LoadKept)}</p>
            <button type="button" class="primary" on:click=move |_| dataset.refetch()>{t(T::LoadRetry)}</button>
            <p>
                {t(T::LoadElsewhere)} " "
                <a href="https://www.1jeune1mentor.fr/" target="_blank" rel="noopener noreferrer">"1jeune1mentor.fr"</a>
                "."
            </p>
        </div>
    }
}
