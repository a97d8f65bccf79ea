//! Finding communes in the browser: the files the build writes under `data/communes/`
//! (`scripts/communes.mjs`), downloaded once a page and kept; what they mean is the domain's
//! (`domain::commune`). The territories' own communes are precached by the service worker, so they
//! are found offline; elsewhere, a search downloads only the slice of the national list it needs.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::commune::{by_code, matching, read_communes, Commune, Lookup, Search, Slices};

thread_local! {
    /// The files already read, by their path under `data/communes/`.
    static FILES: RefCell<HashMap<String, Rc<Vec<Commune>>>> = RefCell::new(HashMap::new());
    static SLICES: RefCell<Option<Rc<Slices>>> = const { RefCell::new(None) };
}

async fn download(url: &str) -> Option<String> {
    let response = Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}

/// A file of communes, downloaded once. `None` when it cannot be had (no network, a broken file).
async fn communes_file(base: &str, file: &str) -> Option<Rc<Vec<Commune>>> {
    if let Some(kept) = FILES.with(|files| files.borrow().get(file).cloned()) {
        return Some(kept);
    }
    let text = download(&format!("{base}/data/communes/{file}")).await?;
    let read = Rc::new(read_communes(&text).ok()?);
    FILES.with(|files| files.borrow_mut().insert(file.to_owned(), read.clone()));
    Some(read)
}

async fn slices(base: &str) -> Option<Rc<Slices>> {
    if let Some(kept) = SLICES.with(|s| s.borrow().clone()) {
        return Some(kept);
    }
    let read = Rc::new(Slices::read(&download(&format!("{base}/data/communes/index.json")).await?).ok()?);
    SLICES.with(|s| *s.borrow_mut() = Some(read.clone()));
    Some(read)
}

/// The territories' own communes (a small file, precached).
async fn local(base: &str) -> Rc<Vec<Commune>> {
    communes_file(base, "territoires.json").await.unwrap_or_default()
}

/// The communes that fit what was typed: the territories' own, then the national slices.
pub async fn search(base: &str, typed: &str) -> Search {
    let local = local(base).await;
    let near: Vec<Commune> = matching(typed, &[&local]).into_iter().cloned().collect();
    let Some(slices) = slices(base).await else {
        return Search::Offline(near);
    };
    let files = match slices.lookup(typed) {
        Lookup::Files(files) => files,
        Lookup::TypeMore if near.is_empty() => return Search::TypeMore,
        Lookup::Nothing if near.is_empty() => return Search::Nothing,
        Lookup::TypeMore | Lookup::Nothing => return Search::Found(near),
    };
    let mut lists = vec![local];
    for file in files {
        match communes_file(base, &file).await {
            Some(list) => lists.push(list),
            None => return Search::Offline(near),
        }
    }
    let borrowed: Vec<&[Commune]> = lists.iter().map(|list| list.as_slice()).collect();
    match matching(typed, &borrowed) {
        found if found.is_empty() => Search::Nothing,
        found => Search::Found(found.into_iter().cloned().collect()),
    }
}

/// A commune by its INSEE code (a link's `commune=`): among the territories' own, else in its
/// département's file. `None` when it is unknown, or cannot be had offline.
pub async fn find(base: &str, code: &str) -> Option<Commune> {
    let local = local(base).await;
    if let Some(found) = by_code(code, &[&local]) {
        return Some(found.clone());
    }
    let list = communes_file(base, &Slices::file_of(code)).await?;
    by_code(code, &[&list]).cloned()
}

/// The name of a commune by its code, once found: `None` while looking, `Some(None)` when it
/// cannot be had (an unknown code, or offline for a commune outside the territories).
pub fn commune_name(base: String, code: String) -> ReadSignal<Option<Option<String>>> {
    let (name, set_name) = signal(None);
    spawn_local(async move {
        set_name.set(Some(find(&base, &code).await.map(|c| c.name)));
    });
    name
}
