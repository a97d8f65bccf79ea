//! Files the app reads that are not the dataset (the interface's texts, the communes): asked for
//! with the browser's `fetch` (`src/requests.js`), whose errors come back as short words. The
//! dataset has its own reader, which counts bytes and checks UTF-8 (`loading::download`).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/requests.js")]
extern "C" {
    fn text_of(url: &str) -> js_sys::Promise;
}

/// A file's text, or why it could not be had (`http:404`, `network`).
pub async fn download(url: &str) -> Result<String, String> {
    match JsFuture::from(text_of(url)).await {
        Ok(text) => Ok(text.as_string().unwrap_or_default()),
        Err(why) => Err(why.as_string().unwrap_or_default()),
    }
}
