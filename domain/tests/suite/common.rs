//! Shared by the native tests: the shipped dataset and the seed brochures beside the checkout.

#![allow(dead_code)] // each test module uses its own part of this module

use std::path::PathBuf;

use domain::answers::Answers;
use domain::dataset::{parse_dataset, Dataset};

/// The checkout: the dataset, the translations and the docs are the project's, not the domain
/// crate's (`domain/` is one level down).
pub fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).canonicalize().expect("the checkout")
}

/// A file of the shipped dataset, by its path under `public/` (`data/index.json`).
pub fn shipped_file(file: &str) -> String {
    std::fs::read_to_string(root().join("public").join(file)).unwrap_or_else(|e| panic!("public/{file}: {e}"))
}

/// The shipped dataset in one document: the index with every territory's programmes, as
/// `parse_dataset` reads it (the app reads the same files one by one, `add_territory`).
pub fn shipped_text() -> String {
    let mut whole: serde_json::Value = serde_json::from_str(&shipped_file("data/index.json")).expect("data/index.json is JSON");
    let ids: Vec<String> = whole["territories"].as_array().expect("territories").iter().map(|t| t["id"].as_str().unwrap().to_owned()).collect();
    let programmes: Vec<serde_json::Value> = ids
        .iter()
        .flat_map(|id| {
            let file: serde_json::Value = serde_json::from_str(&shipped_file(&format!("data/{id}.json"))).expect("a territory's file is JSON");
            file["programmes"].as_array().expect("programmes").clone()
        })
        .collect();
    whole["programmes"] = programmes.into();
    serde_json::to_string_pretty(&whole).unwrap()
}

/// The shipped file with the first programme changed by `edit`.
pub fn with_first_programme(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut root: serde_json::Value = serde_json::from_str(&shipped_text()).unwrap();
    edit(&mut root["programmes"][0]);
    root.to_string()
}

/// The shipped dataset, read once per test binary.
pub fn shipped() -> &'static Dataset {
    static SHIPPED: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| parse_dataset(&shipped_text()).expect("the shipped dataset parses"))
}

/// Answers from a fragment that must be valid.
pub fn answers(fragment: &str) -> Answers {
    let (answers, problems) = Answers::from_fragment(fragment);
    assert!(problems.is_empty(), "{fragment}: {problems:?}");
    answers
}
