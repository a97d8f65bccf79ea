use std::sync::Arc;

use leptos::prelude::*;

use crate::components::load_error::LoadErrorNotice;
use crate::components::rejected_entries::RejectedEntries;
use domain::dataset::{Dataset, EntryError};
use domain::programme_texts::texts_shown;
use domain::i18n::{t, T};
use crate::loading::{DatasetResource, LoadError};

/// Where the dataset is: the view changes only when this does.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Loading,
    Ready,
    Failed(LoadError),
}

/// The entries left out: the dataset's, and its translation's in the language shown.
fn rejected(dataset: &Arc<Dataset>) -> Vec<EntryError> {
    let mut all = dataset.rejected.clone();
    for texts in texts_shown() {
        all.extend(texts.rejected.iter().cloned());
        all.extend(texts.unknown(dataset));
    }
    all
}

/// Shows its view once the dataset is there; while loading, a status line; on failure, the error
/// with a retry. The view is built once, when the data first arrives: a newer dataset then flows
/// through the signal it gets, so a data update never rebuilds the question on screen (a
/// half-typed age, the focus). Entries the dataset had to leave out are listed for whoever
/// maintains it. Not generic over the view it shows: one copy of this code serves every page.
#[component]
pub fn WithDataset(
    /// Builds the view from the loaded dataset, as a signal.
    #[prop(into)]
    render: Callback<Signal<Arc<Dataset>>, AnyView>,
) -> impl IntoView {
    let resource = expect_context::<DatasetResource>();
    let phase = Memo::new(move |_| match resource.get() {
        None => Phase::Loading,
        Some(Ok(_)) => Phase::Ready,
        Some(Err(error)) => Phase::Failed(error),
    });
    let dataset = Signal::derive(move || resource.get().and_then(Result::ok).unwrap_or_default());
    move || match phase.get() {
        Phase::Loading => view! { <p class="loading" role="status">{t(T::LoadLoading)}</p> }.into_any(),
        Phase::Ready => view! {
            {render.run(dataset)}
            {move || view! { <RejectedEntries rejected=dataset.with(rejected) /> }}
        }
        .into_any(),
        Phase::Failed(error) => view! { <LoadErrorNotice error /> }.into_any(),
    }
}
