//! The domain: plain Rust with no browser dependency, tested natively by `cargo test`.

pub mod answers;
pub mod choices;
pub mod combobox;
pub mod commune;
pub mod config;
pub mod contact;
pub mod data_files;
pub mod dataset;
pub mod directory;
pub mod i18n;
pub mod json;
pub mod matching;
pub mod place;
pub mod programme_texts;
pub mod questions;
pub mod reasons;
pub mod routes;
pub mod share;
pub mod summary;
pub mod synthetic;
pub mod titles;
pub mod url_text;
pub mod vocabulary;
pub mod volunteer;
pub mod volunteer_matching;
pub mod volunteer_words;
