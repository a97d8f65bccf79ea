//! The dataset: the Rust types are the schema of `public/data/index.json` and of each territory's
//! `public/data/<id>.json`.
//!
//! Parsing is done entry by entry so that one invalid programme is reported (by its id and the
//! field at fault) while the others are still used. A file is read (`files`) as JSON (`json.rs`),
//! each entry decoded into the types (`read`), then checked (`checks`); what cannot be used is
//! named (`errors`).

mod checks;
mod errors;
mod files;
mod read;
mod types;

pub use checks::check_link;
pub use errors::{DatasetError, EntryError};
pub use files::{add_territory, add_territory_as, check_size, keep_unreadable, parse_dataset, parse_dataset_as, territory_file, Reading, EXCERPTS, INDEX};
pub use types::*;

/// The schema version this build understands. Bump it when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 6;

/// The largest dataset file a phone is asked to read: about twice a national dataset (100
/// territories of 80 programmes weigh about 18 MB). Larger, it is refused with a message before
/// it is read.
pub const MAX_BYTES: usize = 32_000_000;

/// The longest a programme's text may be, in characters (a card is read on a phone).
pub const MAX_TEXT: usize = 2000;
