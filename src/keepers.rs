//! The data keepers' page's files (`src/keepers.js`): the server's copy as it is now, or a file
//! from the coordinator's computer, read in this browser and sent nowhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use domain::dataset::{DatasetError, MAX_BYTES};

#[wasm_bindgen(module = "/src/keepers.js")]
extern "C" {
    fn server_file(url: &str, max: usize) -> js_sys::Promise;
    fn picked_file(file: &web_sys::File, max: usize) -> js_sys::Promise;
    /// Today in this browser, AAAA-MM-JJ: the freshness of « vérifié le » is counted from it.
    pub fn today() -> String;
    /// Downloads a file made in the page (the corrected file).
    pub fn download_file(name: &str, text: &str);
    /// The draft kept under `key` in this browser's localStorage, if any.
    pub fn draft_read(key: &str) -> Option<String>;
    /// Keeps the draft; false when the storage is full or blocked.
    pub fn draft_write(key: &str, text: &str) -> bool;
    pub fn draft_clear(key: &str);
}

/// A file's text as written (a byte-order mark kept, for the page to name it) and its date in
/// French, or '' when the server does not give one.
pub struct Opened {
    pub text: String,
    pub date: String,
}

/// The file at `url` as the server has it now, past every copy kept.
pub async fn from_server(url: &str) -> Result<Opened, String> {
    opened(JsFuture::from(server_file(url, MAX_BYTES)).await)
}

/// A file picked or dropped by the coordinator.
pub async fn from_computer(file: &web_sys::File) -> Result<Opened, String> {
    opened(JsFuture::from(picked_file(file, MAX_BYTES)).await)
}

fn opened(result: Result<JsValue, JsValue>) -> Result<Opened, String> {
    match result {
        Ok(pair) => {
            let pair = js_sys::Array::from(&pair);
            Ok(Opened { text: pair.get(0).as_string().unwrap_or_default(), date: pair.get(1).as_string().unwrap_or_default() })
        }
        Err(why) => Err(in_words(&why.as_string().unwrap_or_default())),
    }
}

/// Why a file could not be read, in a coordinator's words.
fn in_words(why: &str) -> String {
    if let Some(bytes) = why.strip_prefix("too-large:").and_then(|n| n.parse().ok()) {
        return DatasetError::TooLarge { bytes }.to_string();
    }
    match why {
        "utf8" => DatasetError::NotUtf8.to_string(),
        "network" => "le site ne répond pas (pas de réseau ?) : vous pouvez ouvrir un fichier de votre ordinateur".into(),
        status => format!("le site n'a pas donné ce fichier ({status})"),
    }
}
