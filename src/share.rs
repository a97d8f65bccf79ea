//! Handing results over: sharing or copying a link, and the QR code of a printed sheet. The words
//! and the link itself are the domain's (`domain::share`); this is the browser's part.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/share.js")]
extern "C" {
    /// Whether the browser has a share sheet for links (the Web Share API).
    pub fn can_share() -> bool;
    fn hand_over(url: &str, title: &str) -> js_sys::Promise;
    fn qr_svg(loader: &str, text: &str) -> js_sys::Promise;
}

/// What became of a link handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandedOver {
    Shared,
    Copied,
    Cancelled,
    Failed,
}

/// Shares the link with the phone's share sheet, else copies it.
pub async fn share_or_copy(url: &str, title: &str) -> HandedOver {
    match JsFuture::from(hand_over(url, title)).await.ok().and_then(|v| v.as_string()).as_deref() {
        Some("shared") => HandedOver::Shared,
        Some("copied") => HandedOver::Copied,
        Some("cancelled") => HandedOver::Cancelled,
        _ => HandedOver::Failed,
    }
}

/// A link's QR code, from the QR worker under the app's public path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Qr {
    /// An SVG document.
    Drawn(String),
    /// The link is too long for a QR code (many kept programmes): the sheet says so.
    TooLong,
}

/// The QR code of a link; `None` when the worker could not be had (offline before it was stored).
pub async fn qr_code(base: &str, text: &str) -> Option<Qr> {
    let svg = JsFuture::from(qr_svg(&format!("{base}/qr_loader.js"), text)).await.ok()?.as_string()?;
    Some(if svg.is_empty() { Qr::TooLong } else { Qr::Drawn(svg) })
}
