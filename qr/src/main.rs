//! The QR worker: says it is ready (`true`) once loaded, then answers each message (a link) with
//! its QR code as SVG (`qr::svg_of`), or an empty text when the link is too long for one. The app
//! starts it when a sheet is printed.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        let _ = reply.post_message(&JsValue::from_str(&qr::svg_of(&text).unwrap_or_default()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::TRUE);
}
