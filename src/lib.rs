//! Trouve ton mentor: the domain (plain Rust, tested natively) and the Leptos app around it.

pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod communes;
pub mod components;
pub mod domain;
pub mod embed;
pub mod i18n;
pub mod loading;
pub mod pages;
pub mod pwa;
pub mod requests;
pub mod share;
pub mod state;
