use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::domain::data_files::{needed, Needed};
use crate::domain::routes::Page;
use crate::loading::dataset_resource;
use crate::pwa::ServiceWorker;
use crate::state::use_setup;

/// Gives its children the dataset with the files the page at the address needs (the index; a
/// territory's programmes once it is known; every territory's where all are listed): a results
/// deep link downloads the index and one territory's file, the home page no territory file.
/// Inside the router, which says where the page is.
#[component]
pub fn DataForPage(children: Children) -> impl IntoView {
    let setup = use_setup();
    let worker = expect_context::<ServiceWorker>();
    let location = use_location();
    let base = setup.base.clone();
    let preset = setup.config.territory.clone();
    let page_needs = Memo::new(move |_| -> Needed {
        let page = location.pathname.with(|path| Page::at(path.strip_prefix(base.as_str()).unwrap_or(path)));
        location.hash.with(|fragment| needed(page, fragment, preset.as_deref()))
    });
    provide_context(dataset_resource(setup.base, worker.data_version, page_needs));
    children()
}
