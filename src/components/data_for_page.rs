use leptos::prelude::*;
use crate::location::use_location;

use domain::data_files::{needed, Needed};
use crate::loading::dataset_resource;
use crate::pwa::ServiceWorker;
use crate::state::{provide_address, use_page, use_setup};

/// Gives its children the dataset with the files the page at the address needs (the index; a
/// territory's programmes once it is known; every territory's where all are listed): a results
/// deep link downloads the index and one territory's file, the home page no territory file.
/// The first inside the router, which says where the page is: it reads the address once for the
/// whole page (`provide_address`).
#[component]
pub fn DataForPage(children: Children) -> impl IntoView {
    provide_address();
    let setup = use_setup();
    let worker = expect_context::<ServiceWorker>();
    let location = use_location();
    let page = use_page();
    let preset = setup.config.territory.clone();
    let page_needs = Memo::new(move |_| -> Needed { location.hash.with(|fragment| needed(page.get(), fragment, preset.as_deref())) });
    provide_context(dataset_resource(setup.base, worker.data_version, page_needs));
    children()
}
