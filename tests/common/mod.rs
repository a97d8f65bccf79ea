//! Shared by the native tests: the shipped dataset and the seed brochures beside the checkout.

#![allow(dead_code)] // each test file uses its own part of this module

use std::path::PathBuf;

use trouve_ton_mentor::domain::answers::Answers;
use trouve_ton_mentor::domain::dataset::{parse_dataset, Dataset};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn shipped_text() -> String {
    std::fs::read_to_string(root().join("public/data/programmes.json")).expect("public/data/programmes.json")
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
