//! A bare Leptos page, the size budget's floor: a router with two routes and a JSON file fetched
//! with gloo-net, nothing else. Built like the app (same release profile, flags and wasm-opt).

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The fetched file's length, to show that it arrived.
async fn fetch_json() -> Result<usize, String> {
    let response = Request::get("data.json").send().await.map_err(|e| e.to_string())?;
    let text = response.text().await.map_err(|e| e.to_string())?;
    Ok(text.len())
}

/// The home page: shows the fetched file's size.
#[component]
fn Home() -> impl IntoView {
    let data = LocalResource::new(fetch_json);
    view! {
        <h1>"Page nue"</h1>
        <p>{move || data.get().map(|r| format!("{r:?}"))}</p>
        <A href="/autre">"Autre page"</A>
    }
}

/// A second route, so the router is used.
#[component]
fn Other() -> impl IntoView {
    view! { <h1>"Autre page"</h1> <A href="/">"Retour"</A> }
}

fn main() {
    mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Introuvable">
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/autre") view=Other />
                </Routes>
            </Router>
        }
    });
}
