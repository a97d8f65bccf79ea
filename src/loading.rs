//! Fetching the dataset over the network, and what can go wrong doing it.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::LocalResource;

use crate::domain::dataset::{parse_dataset, Dataset, DatasetError};

/// Why the dataset could not be used at all. Shown to people in French, with a retry.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("La liste des programmes n'a pas pu être téléchargée. Vérifie ta connexion internet, puis réessaie.")]
    Network,
    #[error("La liste des programmes est introuvable pour le moment (erreur {0}). Réessaie plus tard.")]
    Http(u16),
    #[error("La liste des programmes est abîmée : {0}. Réessaie plus tard.")]
    Invalid(#[from] DatasetError),
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
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    Ok(Arc::new(parse_dataset(&text)?))
}

/// A small text file of the app (such as the security headers written by the build).
pub async fn fetch_text(url: String) -> Result<String, LoadError> {
    let response = Request::get(&url).send().await.map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    response.text().await.map_err(|_| LoadError::Network)
}
