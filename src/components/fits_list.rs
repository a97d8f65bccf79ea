use leptos::prelude::*;

use crate::components::programme_card::ProgrammeCard;
use crate::components::results_list::ResultsList;
use domain::answers::Answers;
use domain::i18n::{plural, T};
use domain::matching::Results;
use domain::reasons::{conditions, fit_reasons, ranking_words, Reason};

/// The programmes that fit, best first, each with why it fits; and why the first is first.
pub fn fits_list(answers: &Answers, results: &Results) -> AnyView {
    let why_first = ranking_words(answers, results);
    let fits = results
        .fits
        .iter()
        .map(|fit| {
            // Reserved to a situation: without it, the safer link does not show it.
            let tells = !fit.programme.audience.reserved_for.is_empty();
            view! {
                <li data-testid="result" class:tells=tells>
                    <ProgrammeCard
                        programme=fit.programme.clone()
                        reasons=fit_reasons(answers, fit)
                        conditions=conditions(fit)
                        unmet=None
                        answers=answers.clone()
                    />
                </li>
            }
        })
        .collect_view();
    let why_first = why_first.map(|Reason { text, tells }| view! { <p class="why-first" class:tells=tells data-testid="why-first">{text}</p> }.into_any());
    view! { <ResultsList heading=plural(T::ResultsCount, results.fits.len() as u64) lead=why_first>{fits}</ResultsList> }.into_any()
}
