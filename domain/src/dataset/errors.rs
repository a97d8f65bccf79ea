//! Why a file, or one entry of it, cannot be used: in French, naming the file, the entry and the field.

use super::{MAX_BYTES, SCHEMA_VERSION};

/// Why a whole file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DatasetError {
    #[error("le fichier des programmes n'est pas du JSON valide ({0})")]
    Malformed(String),
    #[error("le champ « {field} » du fichier est absent ou invalide ({detail})")]
    Header { field: &'static str, detail: String },
    #[error("le fichier est au format {found}, cette version de l'application lit le format {SCHEMA_VERSION}")]
    UnsupportedVersion { found: u64 },
    #[error("le fichier est trop gros pour être lu sur un téléphone ({} Mo, {} Mo au plus)", bytes / 1_000_000, MAX_BYTES / 1_000_000)]
    TooLarge { bytes: usize },
    #[error("le fichier n'est pas en UTF-8 : enregistre-le en UTF-8 (dans l'éditeur, « Enregistrer sous », codage UTF-8)")]
    NotUtf8,
    /// What is wrong, and in which file of the split dataset (`data/dunkerque.json`).
    #[error("{file} : {error}")]
    InFile { file: String, error: Box<DatasetError> },
}

impl DatasetError {
    /// The same error, named with its file.
    pub fn in_file(self, file: &str) -> DatasetError {
        DatasetError::InFile { file: file.to_owned(), error: Box::new(self) }
    }
}

/// Why one entry (a programme or a territory) was left out: it names the entry and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{entry} « {id} », champ « {field} » : {problem}", file_prefix(.file))]
pub struct EntryError {
    /// « programme », « territoire » or « lien national ».
    pub entry: &'static str,
    pub id: String,
    pub field: String,
    pub problem: String,
    /// The file of the split dataset it is in (`data/roubaix.json`), when it came from one.
    pub file: Option<String>,
}

fn file_prefix(file: &Option<String>) -> String {
    file.as_ref().map(|f| format!("{f} : ")).unwrap_or_default()
}
