//! Fetching the dataset's files over the network, and what can go wrong doing it.

use std::cell::Cell;
use std::sync::Arc;

use futures::future::join;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use domain::data_files::Needed;
use crate::i18n::speak_territory;
use domain::dataset::{add_territory_as, keep_unreadable, parse_dataset_as, territory_file, Dataset, DatasetError, Reading, INDEX, MAX_BYTES};
use domain::i18n::{t, tf, Slot, T};

#[wasm_bindgen(module = "/src/requests.js")]
extern "C" {
    fn read_data(url: &str, max: u32) -> js_sys::Promise;
}

#[wasm_bindgen(module = "/src/pwa.js")]
extern "C" {
    fn data_read(url: &str);
}

thread_local! {
    /// How much of each programme this app reads (`use_reading`, from its `main`).
    static READING: Cell<Option<Reading>> = const { Cell::new(None) };
}

/// How much of each programme this app reads: each app's `main` says it (through `app::start`),
/// so that the young person's wasm carries no reader of the mentors' facts.
pub fn use_reading(reading: Reading) {
    READING.with(|r| r.set(Some(reading)));
}

fn reading() -> Reading {
    READING.with(Cell::get).expect("each app's main says how it reads the dataset")
}

/// Why the dataset could not be used at all. Shown to people in their language, with a retry; what
/// is wrong inside the file is told in French, for whoever maintains it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("{}", t(T::LoadNetwork))]
    Network,
    #[error("{}", tf(T::LoadHttp, &[(Slot::Status, &.0.to_string())]))]
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

/// The dataset as every page reads it (from the context): nothing until the first read ends; then
/// what was read, kept on screen while a newer read runs. Read again by « Réessayer ».
///
/// Why not Leptos' `LocalResource`: its async machinery (transitions, locks, channels, a thread
/// handle) was 10 KB brotli of the wasm on every path, for one value set by one task at a time.
#[derive(Clone, Copy)]
pub struct DatasetResource {
    read: RwSignal<Option<Result<Arc<Dataset>, LoadError>>>,
    retry: Trigger,
}

impl DatasetResource {
    /// The last read's result (tracked); `None` before the first read ends.
    pub fn get(&self) -> Option<Result<Arc<Dataset>, LoadError>> {
        self.read.get()
    }

    /// Reads the files again (« Réessayer »).
    pub fn refetch(&self) {
        self.retry.notify();
    }
}

/// Where a file of the dataset lives, under the app's public path (`data/index.json`,
/// `data/roubaix.json`).
pub fn data_url(base: &str, file: &str) -> String {
    format!("{base}/{file}")
}

/// The files read so far, by their path and the data's version they were read for: a page that
/// needs one more territory does not download the index again, and a read of a newer version
/// never takes a file an earlier read, still running, brought in after it (that read's result is
/// not shown). Emptied when the service worker stored newer data.
type Downloaded = StoredValue<Vec<(String, u32, Arc<str>)>>;

/// Downloads a file of the dataset (`src/requests.js`): counted in bytes as it arrives and stopped
/// beyond `MAX_BYTES`, refused when it is not UTF-8. `version`: how many times the service worker
/// said the data changed; once it has, the copy it just downloaded is asked for (`?frais`).
async fn download(base: &str, file: String, downloaded: Downloaded, version: u32) -> Result<Arc<str>, LoadError> {
    if let Some(text) = downloaded.with_value(|d| d.iter().find(|(f, v, _)| *f == file && *v == version).map(|(_, _, t)| t.clone())) {
        return Ok(text);
    }
    let url = data_url(base, &file) + if version > 0 { "?frais" } else { "" };
    let read = JsFuture::from(read_data(&url, MAX_BYTES as u32)).await;
    let text: Arc<str> = match read {
        Ok(text) => text.as_string().unwrap_or_default().into(),
        Err(why) => {
            let why = why.as_string().unwrap_or_default();
            let in_file = |error: DatasetError| LoadError::Invalid(error.in_file(&file));
            return Err(match why.split_once(':') {
                Some(("http", status)) => LoadError::Http(status.parse().unwrap_or_default()),
                Some(("too-large", bytes)) => in_file(DatasetError::TooLarge { bytes: bytes.parse().unwrap_or(MAX_BYTES + 1) }),
                _ if why == "utf8" => in_file(DatasetError::NotUtf8),
                _ => LoadError::Network,
            });
        }
    };
    downloaded.update_value(|d| d.push((file, version, text.clone())));
    Ok(text)
}

/// Tells the service worker which files were read with nothing refused: it keeps those copies,
/// never one with an entry the app refused (security review, finding 2).
fn tell_read_clean(base: &str, dataset: &Dataset) {
    for file in std::iter::once(INDEX.to_owned()).chain(dataset.loaded.iter().map(|id| territory_file(id))) {
        let refused = dataset.rejected.iter().any(|e| e.file.as_deref().unwrap_or(INDEX) == file);
        if !refused {
            data_read(&data_url(base, &file));
        }
    }
}

/// Downloads and reads the index and the territories' files the page needs, the index and a
/// known territory's file at once. Invalid entries are left out and listed in
/// `Dataset::rejected`. A territory the index does not have has no file: the page then asks
/// for the territory again (`Place`).
pub async fn load_dataset(base: String, needed: Needed, downloaded: Downloaded, version: u32) -> Result<Arc<Dataset>, LoadError> {
    let index = download(&base, INDEX.to_owned(), downloaded, version);
    let (index, one) = match &needed {
        Needed::Territory(id) | Needed::WithKept(id, _) | Needed::Ahead(id) => {
            let (index, one) = join(index, download(&base, territory_file(id), downloaded, version)).await;
            (index?, Some((id.clone(), one)))
        }
        Needed::Index | Needed::All => (index.await?, None),
    };
    let mut dataset = parse_dataset_as(&index, reading()).map_err(|e| LoadError::Invalid(e.in_file(INDEX)))?;
    let files: Vec<(String, Result<Arc<str>, LoadError>)> = match (needed, one) {
        // Read ahead: without the file, the questions still work.
        (Needed::Ahead(_), Some((_, Err(_)))) => Vec::new(),
        (Needed::WithKept(_, kept), Some((id, text))) if dataset.territory(&id).is_some() => {
            let mut files = vec![(id, text)];
            // Without one of these files (offline, never read), its kept programmes are not shown.
            for other in kept_elsewhere(&dataset, &kept, &files[0].0) {
                if let Ok(text) = download(&base, territory_file(&other), downloaded, version).await {
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
                let text = download(&base, territory_file(&id), downloaded, version).await;
                files.push((id, text));
            }
            files
        }
        _ => Vec::new(),
    };
    for (id, text) in files {
        add_territory_as(&mut dataset, &id, &text?, reading())?;
        speak_territory(&base, &id).await;
    }
    tell_read_clean(&base, &dataset);
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
    let resource = DatasetResource { read: RwSignal::new(None), retry: Trigger::new() };
    let last_good = StoredValue::new(None::<Arc<Dataset>>);
    let downloaded: Downloaded = StoredValue::new(Vec::new());
    let seen_reload = StoredValue::new(0u32);
    let kept_read: Downloaded = StoredValue::new(Vec::new());
    // Each read is numbered: only the latest one's result is shown (the address changed while an
    // earlier read was still downloading).
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        resource.retry.track();
        let version = reload.get();
        if version != seen_reload.get_value() {
            seen_reload.set_value(version);
            downloaded.set_value(Vec::new());
        }
        let (base, needed) = (base.clone(), needed.get());
        let needed_now = needed.clone();
        latest.update_value(|n| *n += 1);
        let this_read = latest.get_value();
        leptos::task::spawn_local(async move {
            // The worker's news of a new copy came before this page's first read had ended (a
            // slow phone): the copy kept is read first, so that a new copy refused is shown beside
            // it, never instead of it.
            if version > 0 && last_good.get_value().is_none() {
                kept_read.set_value(Vec::new());
                if let Ok(kept) = load_dataset(base.clone(), needed.clone(), kept_read, 0).await {
                    last_good.set_value(Some(kept));
                }
            }
            let result = match load_dataset(base, needed, downloaded, version).await {
                Ok(dataset) => {
                    // A programme an update made unreadable for this build stays as it was shown.
                    let dataset = match last_good.get_value() {
                        Some(before) => Arc::new(keep_unreadable(&before, Arc::unwrap_or_clone(dataset))),
                        None => dataset,
                    };
                    last_good.set_value(Some(dataset.clone()));
                    Ok(dataset)
                }
                // A file that could not be read is downloaded again by « Réessayer ».
                Err(error) => {
                    downloaded.set_value(Vec::new());
                    // Kept only if it has what the page needs: a territory opened offline whose
                    // file was never read says so, rather than showing no programme. A newer copy
                    // this build refuses whole is named among the entries left out.
                    last_good.get_value().filter(|d| has(d, &needed_now)).ok_or(error.clone()).map(|kept| match error.detail() {
                        Some(problem) => Arc::new(kept.with_refused_file(problem)),
                        None => kept,
                    })
                }
            };
            if latest.get_value() == this_read {
                resource.read.set(Some(result));
            }
        });
    });
    resource
}
