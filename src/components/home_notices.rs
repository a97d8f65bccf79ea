use leptos::prelude::*;

use crate::loading::DatasetResource;
use crate::components::load_error::LoadErrorNotice;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::url_notices::UrlNotices;
use domain::place::Place;
use crate::state::{use_answers, use_setup};

/// What the home page must say before the first question: that the list of programmes cannot be
/// loaded (with the retry and the national resources), a territory the host preset where no
/// programme is listed yet, or a link's territory that will be asked again. Nothing while the
/// dataset loads, so the page does not move.
#[component]
pub fn HomeNotices() -> impl IntoView {
    let setup = use_setup();
    let answers = use_answers();
    let dataset = expect_context::<DatasetResource>();
    move || {
        let loaded = match dataset.get()? {
            Ok(loaded) => loaded,
            Err(error) => return Some(view! { <LoadErrorNotice error /> }.into_any()),
        };
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
