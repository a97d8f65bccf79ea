//! Fetching the dataset over the network, and what can go wrong doing it.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;

use crate::domain::dataset::{check_size, parse_dataset, Dataset, DatasetError};
use crate::domain::i18n::{t, tf, T};

/// Why the dataset could not be used at all. Shown to people in their language, with a retry; what
/// is wrong inside the file is told in French, for whoever maintains it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("{}", t(T::LoadNetwork))]
    Network,
    #[error("{}", tf(T::LoadHttp, &[("status", &.0.to_string())]))]
    Http(u16),
    #[error("{}", t(T::LoadInvalid))]
    Invalid(#[from] DatasetError),
}

impl LoadError {
    /// What is wrong inside the file, in French (the dataset's maintainers read the data guide).
    pub fn detail(&self) -> Option<String> {
        match self {
            LoadError::Invalid(error) => Some(error.to_string()),
            LoadError::Network | LoadError::Http(_) => None,
        }
    }
}

/// The dataset as every page reads it (from the context); refetched by the « Réessayer » button.
pub type DatasetResource = LocalResource<Result<Arc<Dataset>, LoadError>>;

/// Where the dataset lives, under the app's public path.
pub fn dataset_url(base: &str) -> String {
    format!("{base}/data/programmes.json")
}

/// Downloads and reads the dataset. Invalid entries are left out and listed in `Dataset::rejected`.
pub async fn load_dataset(base: String) -> Result<Arc<Dataset>, LoadError> {
    let response = Request::get(&dataset_url(&base)).send().await.map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    // Refused before the body is read into memory, when the server says how big it is.
    let announced = response.headers().get("content-length").and_then(|length| length.parse::<usize>().ok());
    check_size(announced.unwrap_or(0))?;
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    check_size(text.len())?;
    Ok(Arc::new(parse_dataset(&text)?))
}

/// The dataset as the pages read it. It loads again when `reload` changes (the service worker
/// stored a newer one) and when « Réessayer » asks. When loading again fails, the data the page
/// had is kept: a working page never turns into an error.
pub fn dataset_resource(base: String, reload: ReadSignal<u32>) -> DatasetResource {
    let last_good = StoredValue::new(None::<Arc<Dataset>>);
    LocalResource::new(move || {
        reload.track();
        let base = base.clone();
        async move {
            match load_dataset(base).await {
                Ok(dataset) => {
                    last_good.set_value(Some(dataset.clone()));
                    Ok(dataset)
                }
                Err(error) => last_good.get_value().ok_or(error),
            }
        }
    })
}
