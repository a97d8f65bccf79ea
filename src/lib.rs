//! Trouve ton mentor: the Leptos app around the domain (the `domain` crate, plain Rust tested natively).

pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod communes;
pub mod components;
pub mod embed;
pub mod i18n;
#[cfg(feature = "keepers")]
pub mod keepers;
pub mod loading;
pub mod location;
pub mod pages;
pub mod pwa;
pub mod requests;
pub mod share;
pub mod state;

/// The wasm's allocator: talc, a drop-in for Rust's default (dlmalloc) that is smaller in the
/// download and faster. The page is single-threaded (no `atomics`).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
