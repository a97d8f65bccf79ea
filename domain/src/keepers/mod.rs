//! The data keepers' page (`/donnees`): a file of the dataset checked as the app reads it, each
//! problem in a coordinator's words with its line. Only that page's build has it (the `keepers`
//! feature), so the young person's wasm carries none of it.

pub mod audience;
pub mod edit;
mod fields;
pub mod form;
pub mod mentors;
mod position;
mod report;
pub mod summary;
pub mod words;

pub use fields::{describe, Field};
pub use position::{line_of, span_of, steps, Step};
pub use report::{check_file, file_name, read_territory, Finding, Freshness, Kind, Report};
