//! Fetching the dataset's files over the network, and what can go wrong doing it.

use std::sync::Arc;

use futures::future::join;
use gloo_net::http::Request;
use leptos::prelude::*;

use crate::domain::data_files::Needed;
use crate::i18n::speak_territory;
use crate::domain::dataset::{add_territory, check_size, parse_dataset, territory_file, Dataset, DatasetError, INDEX};
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

/// Where a file of the dataset lives, under the app's public path (`data/index.json`,
/// `data/roubaix.json`).
pub fn data_url(base: &str, file: &str) -> String {
    format!("{base}/{file}")
}

/// The files read so far, by their path: a page that needs one more territory does not download
/// the index again. Emptied when the service worker stored newer data.
type Downloaded = StoredValue<Vec<(String, Arc<str>)>>;

async fn download(base: &str, file: String, downloaded: Downloaded) -> Result<Arc<str>, LoadError> {
    if let Some(text) = downloaded.with_value(|d| d.iter().find(|(f, _)| *f == file).map(|(_, t)| t.clone())) {
        return Ok(text);
    }
    let response = Request::get(&data_url(base, &file)).send().await.map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    // Refused before the body is read into memory, when the server says how big it is.
    let announced = response.headers().get("content-length").and_then(|length| length.parse::<usize>().ok());
    let in_file = |error: DatasetError| LoadError::Invalid(error.in_file(&file));
    check_size(announced.unwrap_or(0)).map_err(in_file)?;
    let text: Arc<str> = response.text().await.map_err(|_| LoadError::Network)?.into();
    check_size(text.len()).map_err(in_file)?;
    downloaded.update_value(|d| d.push((file, text.clone())));
    Ok(text)
}

/// Downloads and reads the index and the territories' files the page needs, the index and a
/// known territory's file at once. Invalid entries are left out and listed in
/// `Dataset::rejected`. A territory the index does not have has no file: the page then asks
/// for the territory again (`Place`).
pub async fn load_dataset(base: String, needed: Needed, downloaded: Downloaded) -> Result<Arc<Dataset>, LoadError> {
    let index = download(&base, INDEX.to_owned(), downloaded);
    let (index, one) = match &needed {
        Needed::Territory(id) | Needed::WithKept(id, _) | Needed::Ahead(id) => {
            let (index, one) = join(index, download(&base, territory_file(id), downloaded)).await;
            (index?, Some((id.clone(), one)))
        }
        Needed::Index | Needed::All => (index.await?, None),
    };
    let mut dataset = parse_dataset(&index).map_err(|e| LoadError::Invalid(e.in_file(INDEX)))?;
    let files: Vec<(String, Result<Arc<str>, LoadError>)> = match (needed, one) {
        // Read ahead: without the file, the questions still work.
        (Needed::Ahead(_), Some((_, Err(_)))) => Vec::new(),
        (Needed::WithKept(_, kept), Some((id, text))) if dataset.territory(&id).is_some() => {
            let mut files = vec![(id, text)];
            // Without one of these files (offline, never read), its kept programmes are not shown.
            for other in kept_elsewhere(&dataset, &kept, &files[0].0) {
                if let Ok(text) = download(&base, territory_file(&other), downloaded).await {
                    files.push((other, Ok(text)));
                }
            }
            files
        }
        (_, Some((id, text))) if dataset.territory(&id).is_some() => vec![(id, text)],
        (Needed::All, _) => {
            // Every territory, one after the other: only the pages that list them all need this.
            let mut files = Vec::new();
            for id in dataset.territories.iter().map(|t| t.id.clone()) {
                let text = download(&base, territory_file(&id), downloaded).await;
                files.push((id, text));
            }
            files
        }
        _ => Vec::new(),
    };
    for (id, text) in files {
        add_territory(&mut dataset, &id, &text?)?;
        speak_territory(&base, &id).await;
    }
    Ok(Arc::new(dataset))
}

/// The territories, other than the page's, of programmes kept from elsewhere (an id no territory
/// names is reported by the page, `domain::share::unknown_kept`).
fn kept_elsewhere(dataset: &Dataset, kept: &[String], shown: &str) -> Vec<String> {
    let mut territories: Vec<String> = Vec::new();
    for id in kept.iter().filter_map(|k| dataset.territory_of_programme(k)).map(|t| &t.id) {
        if id != shown && !territories.contains(id) {
            territories.push(id.clone());
        }
    }
    territories
}

/// Whether a dataset read has what a page needs.
fn has(dataset: &Dataset, needed: &Needed) -> bool {
    let loaded = |id: &String| dataset.loaded.contains(id) || dataset.territory(id).is_none();
    match needed {
        Needed::Index | Needed::Ahead(_) => true,
        Needed::Territory(id) => loaded(id),
        Needed::WithKept(id, kept) => loaded(id) && kept_elsewhere(dataset, kept, id).iter().all(loaded),
        Needed::All => dataset.complete(),
    }
}

/// The dataset as the pages read it, with the files the page at the address needs. It loads
/// again when those change, when `reload` changes (the service worker stored newer data) and
/// when « Réessayer » asks. When loading again fails, the data the page had is kept: a working
/// page never turns into an error.
pub fn dataset_resource(base: String, reload: ReadSignal<u32>, needed: Memo<Needed>) -> DatasetResource {
    let last_good = StoredValue::new(None::<Arc<Dataset>>);
    let downloaded: Downloaded = StoredValue::new(Vec::new());
    let seen_reload = StoredValue::new(0u32);
    LocalResource::new(move || {
        let version = reload.get();
        if version != seen_reload.get_value() {
            seen_reload.set_value(version);
            downloaded.set_value(Vec::new());
        }
        let (base, needed) = (base.clone(), needed.get());
        let needed_now = needed.clone();
        async move {
            match load_dataset(base, needed, downloaded).await {
                Ok(dataset) => {
                    last_good.set_value(Some(dataset.clone()));
                    Ok(dataset)
                }
                // A file that could not be read is downloaded again by « Réessayer ».
                Err(error) => {
                    downloaded.set_value(Vec::new());
                    // Kept only if it has what the page needs: a territory opened offline whose
                    // file was never read says so, rather than showing no programme.
                    last_good.get_value().filter(|d| has(d, &needed_now)).ok_or(error)
                }
            }
        }
    })
}
