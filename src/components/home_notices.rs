use leptos::prelude::*;

use crate::loading::DatasetResource;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::url_notices::UrlNotices;
use crate::domain::place::Place;
use crate::state::{use_answers, use_setup};

/// What the home page must say before the first question: a territory the host preset where no
/// programme is listed yet, or a link's territory that will be asked again. Nothing while the
/// dataset loads, so the page does not move.
#[component]
pub fn HomeNotices() -> impl IntoView {
    let setup = use_setup();
    let answers = use_answers();
    let dataset = expect_context::<DatasetResource>();
    move || {
        let loaded = dataset.get()?.ok()?;
        answers.with(|(own, link)| match Place::of(&setup.config, own, &loaded) {
            Place::NotCovered(preset) => {
                Some(view! { <NoProgrammeHere territory=preset fallback=loaded.fallback.clone() /> }.into_any())
            }
            place => {
                let problems: Vec<_> = link.iter().cloned().chain(place.problem(&loaded)).collect();
                Some(view! { <UrlNotices problems=Signal::stored(problems) /> }.into_any())
            }
        })
    }
}
