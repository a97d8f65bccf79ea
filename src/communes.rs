//! Finding communes in the browser: the files the build writes (`scripts/communes.mjs`); what
//! they mean is the domain's (`domain::commune`).
//!
//! The territories' own communes (`data/recherche/territoires.json`) are precached by the service
//! worker: found offline, and with no request that depends on what was typed. The rest of France
//! is searched only when the young person asks to (« Chercher ailleurs en France »): the page then
//! downloads the file of at least 200 communes the letters lead to, and keeps it in Cache Storage,
//! so that a reload names the commune from the file already read, asking nothing more.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::requests::download;
use domain::commune::{by_code, matching, read_communes, read_territories, Commune, Lookup, Search, Slices};

#[wasm_bindgen(module = "/src/requests.js")]
extern "C" {
    fn stored_or_fetched(cache: &str, url: &str) -> js_sys::Promise;
    fn stored_texts(cache: &str) -> js_sys::Promise;
}

/// The territories' communes, and the source of the official list the build read.
type Local = (Rc<Vec<Commune>>, Rc<str>);

thread_local! {
    static LOCAL: RefCell<Option<Local>> = const { RefCell::new(None) };
    /// The national list's files already read, by their path under `data/communes/` (a search
    /// reads a few: a list, not a hash map's code in the wasm).
    static FILES: RefCell<Vec<(String, Rc<Vec<Commune>>)>> = const { RefCell::new(Vec::new()) };
    static SLICES: RefCell<Option<Rc<Slices>>> = const { RefCell::new(None) };
}

/// The Cache Storage of the national list's files, named after the list's source (a new official
/// list, a new cache).
fn cache_name(source: &str) -> String {
    let slug: String = source.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '-' }).collect();
    format!("ttm-communes-{slug}")
}

/// The territories' own communes (a small file, precached), and the source of the list.
async fn local(base: &str) -> Local {
    if let Some(kept) = LOCAL.with(|l| l.borrow().clone()) {
        return kept;
    }
    let Some((source, list)) = download(&format!("{base}/data/recherche/territoires.json")).await.ok().and_then(|text| read_territories(&text).ok()) else {
        return (Rc::default(), Rc::from(""));
    };
    let read: Local = (Rc::new(list), Rc::from(source));
    LOCAL.with(|l| *l.borrow_mut() = Some(read.clone()));
    read
}

/// A file of the national list (`noms/…`, `dep/…` under `data/communes/`), read once: from this page's
/// memory, else from the files kept in Cache Storage, else from the network (and kept).
async fn national_file(base: &str, source: &str, file: &str) -> Option<Rc<Vec<Commune>>> {
    if let Some(kept) = FILES.with(|files| files.borrow().iter().find(|(read, _)| read == file).map(|(_, list)| list.clone())) {
        return Some(kept);
    }
    let url = format!("{base}/data/communes/{file}");
    let text = JsFuture::from(stored_or_fetched(&cache_name(source), &url)).await.ok()?.as_string()?;
    let read = Rc::new(read_communes(&text).ok()?);
    FILES.with(|files| files.borrow_mut().push((file.to_owned(), read.clone())));
    Some(read)
}

async fn slices(base: &str) -> Option<Rc<Slices>> {
    if let Some(kept) = SLICES.with(|s| s.borrow().clone()) {
        return Some(kept);
    }
    let read = Rc::new(Slices::read(&download(&format!("{base}/data/recherche/index.json")).await.ok()?).ok()?);
    SLICES.with(|s| *s.borrow_mut() = Some(read.clone()));
    Some(read)
}

/// The territories' communes that fit what was typed: no request depends on the text.
pub async fn search_here(base: &str, typed: &str) -> Search {
    let (local, _) = local(base).await;
    Search::Local(matching(typed, &[&local]).into_iter().cloned().collect())
}

/// The communes of France that fit what was typed, once the young person asked for it.
pub async fn search_elsewhere(base: &str, typed: &str) -> Search {
    let (local, source) = local(base).await;
    let Some(slices) = slices(base).await else {
        return Search::Offline;
    };
    let files = match slices.lookup(typed) {
        Lookup::Files(files) => files,
        Lookup::TypeMore => return Search::TypeMore,
        Lookup::Nothing => return Search::Nothing,
    };
    let mut lists = vec![local];
    for file in files {
        match national_file(base, &source, &file).await {
            Some(list) => lists.push(list),
            None => return Search::Offline,
        }
    }
    let borrowed: Vec<&[Commune]> = lists.iter().map(|list| list.as_slice()).collect();
    match matching(typed, &borrowed) {
        found if found.is_empty() => Search::Nothing,
        found => Search::Found(found.into_iter().cloned().collect()),
    }
}

/// A commune by its INSEE code (a link's `commune=`): among the territories' own, else in the
/// files of the national list already read (the one a search downloaded, kept across a reload),
/// else in its département's file. `None` when it is unknown, or cannot be had offline.
pub async fn find(base: &str, code: &str) -> Option<Commune> {
    let (local, source) = local(base).await;
    if let Some(found) = by_code(code, &[&local]) {
        return Some(found.clone());
    }
    let read: Vec<Rc<Vec<Commune>>> = FILES.with(|files| files.borrow().iter().map(|(_, list)| list.clone()).collect());
    if let Some(found) = read.iter().find_map(|list| by_code(code, &[list]).cloned()) {
        return Some(found);
    }
    let stored = JsFuture::from(stored_texts(&cache_name(&source))).await.map(|texts| js_sys::Array::from(&texts)).unwrap_or_default();
    for text in stored.iter().filter_map(|t| t.as_string()) {
        if let Some(found) = read_communes(&text).ok().and_then(|list| by_code(code, &[&list]).cloned()) {
            return Some(found);
        }
    }
    let file = slices(base).await?.file_of(code)?;
    let list = national_file(base, &source, &file).await?;
    by_code(code, &[&list]).cloned()
}

/// The name of the commune a link names (`commune=`), looked up once, as the page that shows it
/// opens: `None` while looking, `Some(None)` when it cannot be had (an unknown code, or offline
/// for a commune outside the territories never searched).
pub fn commune_name(base: String, code: Option<String>) -> ReadSignal<Option<Option<String>>> {
    let (name, set_name) = signal(None);
    if let Some(code) = code {
        spawn_local(async move { set_name.set(Some(find(&base, &code).await.map(|c| c.name))) });
    }
    name
}
