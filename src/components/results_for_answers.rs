use std::sync::Arc;

use leptos::prelude::*;

use crate::components::always_contacts::AlwaysContacts;
use crate::components::near_miss_card::NearMissCard;
use crate::components::programme_card::ProgrammeCard;
use crate::components::url_notices::UrlNotices;
use crate::domain::dataset::Dataset;
use crate::domain::matching::find;
use crate::domain::reasons::{conditions, filter_name, fit_reasons, miss_explanation};
use crate::domain::summary::{answers_summary, french_date};
use crate::state::{use_answers, use_setup, Page};

/// The results for the answers in the URL, derived each time the answers change (nothing stored).
#[component]
pub fn ResultsForAnswers(dataset: Arc<Dataset>) -> impl IntoView {
    let setup = use_setup();
    let answers_in_url = use_answers();
    let print = move |_| {
        let _ = window().print();
    };
    let page = move || {
        let (mut answers, mut problems) = answers_in_url.get();
        let known: Vec<&str> = dataset.territories.iter().map(|t| t.id.as_str()).collect();
        problems.extend(answers.keep_known_territory(&known));
        let results = find(&answers, &dataset.programmes);
        let territories = dataset
            .territories
            .iter()
            .filter(|t| answers.territory.as_ref().is_none_or(|id| *id == t.id))
            .cloned()
            .collect::<Vec<_>>();
        let edit = setup.href(Page::Questionnaire, &answers.at(setup.questions().first().copied()));
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
                            changed_href=setup.href(Page::Results, &miss.change.apply(&answers))
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
                <a href=edit>"Modifier mes réponses"</a>
            </p>
            {if count > 0 {
                view! {
                    <h2 class="count" id="fits-title">
                        {if count == 1 {
                            "1 programme peut t'accompagner.".to_owned()
                        } else {
                            format!("{count} programmes peuvent t'accompagner. Le premier te correspond le mieux.")
                        }}
                    </h2>
                    <ol class="cards" data-testid="results" aria-labelledby="fits-title">{fits}</ol>
                }
                    .into_any()
            } else {
                view! {
                    <h2 class="count">"Aucun programme ne correspond exactement à toutes tes réponses."</h2>
                    {has_closest
                        .then(|| {
                            view! {
                                <section data-testid="closest" aria-labelledby="closest-title">
                                    <h2 id="closest-title">"Les programmes les plus proches"</h2>
                                    <p>"Chacun ne correspond pas à une seule de tes réponses. Contacte-les : ils pourront peut-être t'aider quand même."</p>
                                    <ul class="cards">{closest}</ul>
                                </section>
                            }
                        })}
                }
                    .into_any()
            }}
            <AlwaysContacts territories fallback=dataset.fallback.clone() />
            <p class="data-date">{format!("Informations mises à jour le {}.", french_date(&dataset.updated))}</p>
            <p class="no-print">
                <button type="button" class="secondary" on:click=print>"Imprimer cette page"</button>
            </p>
        }
    };
    view! { {page} }
}
