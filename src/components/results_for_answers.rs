use std::sync::Arc;

use leptos::prelude::*;

use crate::components::always_contacts::AlwaysContacts;
use crate::components::near_miss_card::NearMissCard;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::programme_card::ProgrammeCard;
use crate::components::url_notices::UrlNotices;
use crate::domain::dataset::Dataset;
use crate::domain::answers::Question;
use crate::domain::matching::find;
use crate::domain::place::Place;
use crate::domain::reasons::{conditions, filter_name, fit_reasons, miss_explanation, ranking_words, too_old_words};
use crate::domain::i18n::{date, plural, t, tf, T};
use crate::domain::summary::answers_summary;
use crate::state::{use_answers, use_setup};
use crate::domain::routes::Page;

/// The results for the answers in the URL, derived each time the answers change (nothing stored).
#[component]
pub fn ResultsForAnswers(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let setup = use_setup();
    let answers_in_url = use_answers();
    let print = move |_| {
        let _ = window().print();
    };
    let page = move || {
        let dataset = dataset.get();
        let (own, mut problems) = answers_in_url.get();
        let place = Place::of(&setup.config, &own, &dataset);
        problems.extend(place.problem(&dataset));
        let Some(answers) = place.answers(&own) else {
            return match place {
                Place::NotCovered(preset) => {
                    view! { <NoProgrammeHere territory=preset fallback=dataset.fallback.clone() /> }.into_any()
                }
                _ => {
                    let choose = setup.href(Page::Questionnaire, &own.at(Some(Question::Territoire)));
                    view! {
                        <UrlNotices problems=Signal::stored(problems) />
                        <p class="count">{t(T::ResultsChooseFirst)}</p>
                        <a class="button primary" href=choose>{t(T::ResultsChooseTerritory)}</a>
                    }
                    .into_any()
                }
            };
        };
        let results = find(&answers, &dataset);
        let territories = place.territories(&dataset).into_iter().cloned().collect::<Vec<_>>();
        let edit = setup.href(Page::Questionnaire, &own.at(setup.questions().first().copied()));
        let why_first = ranking_words(&answers, &results);
        let too_old = results.too_old.zip(answers.age).map(|(oldest, age)| too_old_words(age, oldest));
        let count = results.fits.len();
        let fits = results
            .fits
            .iter()
            .map(|fit| {
                view! {
                    <li data-testid="result">
                        <ProgrammeCard
                            programme=fit.programme.clone()
                            reasons=fit_reasons(&answers, fit)
                            conditions=conditions(fit)
                            answers=answers.clone()
                        />
                    </li>
                }
            })
            .collect_view();
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
                            changed_href=setup.href(Page::Results, &miss.change.apply(&own))
                            answers=answers.clone()
                        />
                    </li>
                }
            })
            .collect_view();
        let has_closest = !results.closest.is_empty();
        view! {
            <UrlNotices problems=Signal::stored(problems) />
            <p class="summary-line">{answers_summary(&answers, &dataset)}</p>
            <p class="no-print">
                <a href=edit>{t(T::ResultsEdit)}</a>
            </p>
            {if count > 0 {
                view! {
                    <h2 class="count" id="fits-title">{plural(T::ResultsCount, count as u64)}</h2>
                    {why_first.map(|words| view! { <p class="why-first" data-testid="why-first">{words}</p> })}
                    <ol class="cards" data-testid="results" aria-labelledby="fits-title">{fits}</ol>
                }
                    .into_any()
            } else {
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
            }}
            <AlwaysContacts territories fallback=dataset.fallback.clone() />
            <p class="data-date">{tf(T::ResultsUpdated, &[("date", &date(&dataset.updated))])}</p>
            <p class="no-print">
                <button type="button" class="secondary" on:click=print>{t(T::ResultsPrint)}</button>
            </p>
        }
        .into_any()
    };
    view! { {page} }
}
