use std::sync::Arc;

use leptos::prelude::*;

use crate::loading::DatasetResource;
use crate::components::load_error::LoadErrorNotice;
use crate::components::rejected_entries::RejectedEntries;
use crate::domain::dataset::Dataset;

/// Shows its view once the dataset is there; while loading, a status line; on failure, the error
/// with a retry. Entries the dataset had to leave out are listed for whoever maintains it.
/// Not generic over the view it shows: one copy of this code serves every page (it weighs in the wasm).
#[component]
pub fn WithDataset(
    /// Builds the view from the loaded dataset.
    #[prop(into)]
    render: Callback<Arc<Dataset>, AnyView>,
) -> impl IntoView {
    let dataset = expect_context::<DatasetResource>();
    view! {
        <Transition fallback=|| view! { <p class="loading" role="status">"Chargement des programmes…"</p> }>
            {move || {
                dataset
                    .get()
                    .map(|loaded| match loaded {
                        Ok(data) => {
                            let rejected = data.rejected.clone();
                            view! {
                                {render.run(data)}
                                <RejectedEntries rejected />
                            }
                                .into_any()
                        }
                        Err(error) => view! { <LoadErrorNotice error /> }.into_any(),
                    })
            }}
        </Transition>
    }
}
