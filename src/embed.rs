//! Embed mode inside a host page: the height reports that let the host size its iframe.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/embed.js")]
extern "C" {
    /// Starts reporting the document's height to the parent page (`trouve-ton-mentor:height`).
    pub fn report_height_to_host();
}
