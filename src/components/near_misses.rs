use leptos::prelude::*;

use crate::components::near_miss_card::NearMissCard;
use crate::state::Setup;
use domain::answers::Answers;
use domain::i18n::{t, T};
use domain::matching::Results;
use domain::reasons::{filter_name, miss_explanation, too_old_words};
use domain::routes::Page;

/// When nothing fits: what the age leaves out, and the closest programmes, each with the one
/// answer that would make it fit (a link to the results with it changed).
pub fn near_misses(setup: &Setup, own: &Answers, answers: &Answers, results: &Results) -> AnyView {
    let too_old = results.too_old.zip(answers.age).map(|(oldest, age)| too_old_words(age, oldest));
    let closest = results
        .closest
        .iter()
        .map(|miss| {
            view! {
                <li>
                    <NearMissCard
                        programme=miss.programme.clone()
                        filter=filter_name(miss.filter)
                        explanation=miss_explanation(miss)
                        changed_href=setup.href(Page::Results, &miss.change.apply(own))
                        answers=answers.clone()
                    />
                </li>
            }
        })
        .collect_view();
    let has_closest = !results.closest.is_empty();
    view! {
        <h2 class="count">{t(T::ResultsNone)}</h2>
        {too_old.map(|words| view! { <p data-testid="too-old">{words}</p> })}
        {has_closest
            .then(|| {
                view! {
                    <section data-testid="closest" aria-labelledby="closest-title">
                        <h2 id="closest-title">{t(T::ResultsClosest)}</h2>
                        <p>{t(T::ResultsClosestIntro)}</p>
                        <ul class="cards">{closest}</ul>
                    </section>
                }
            })}
    }
    .into_any()
}
