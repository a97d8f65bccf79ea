use std::sync::Arc;

use leptos::prelude::*;

use crate::communes::commune_name;
use crate::components::always_contacts::AlwaysContacts;
use crate::components::fits_list::fits_list;
use crate::components::kept_list::kept_list;
use crate::components::near_misses::near_misses;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::outside_territories::OutsideTerritories;
use crate::components::page_title::PageTitle;
use crate::components::print_sheet::PrintSheet;
use crate::components::programme_card::ProgrammeCard;
use crate::components::results_actions::results_actions;
use crate::components::share_panel::SharedLink;
use crate::components::url_notices::UrlNotices;
use crate::share::Qr;
use crate::state::{use_answers, use_setup};
use domain::answers::{Answers, Question};
use domain::dataset::Dataset;
use domain::i18n::{date, plural, t, tf, Slot, T};
use domain::matching::find;
use domain::place::Place;
use domain::programme_texts::{shown, Field};
use domain::reasons::longest_reasons;
use domain::routes::Page;
use domain::share::unknown_kept;
use domain::summary::answers_summary;
use domain::titles::titled;

/// The results for the answers in the URL, derived each time the answers change (nothing stored):
/// where the territory is not known, what to do instead; else the summary of the answers, what to
/// do with the results (`results_actions`), and the programmes that fit (`fits_list`), only the
/// kept ones (« Ma sélection », `kept_list`) or, when none fits, the closest (`near_misses`);
/// always who can help. Keeping one does not draw the page again (the focus stays on its button).
#[component]
pub fn ResultsForAnswers(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let setup = use_setup();
    let answers_in_url = use_answers();
    // What the page is drawn from: the kept programmes matter only in « Ma sélection ».
    let drawn_from = Memo::new(move |_| {
        answers_in_url.with(|(own, problems)| {
            let own = if own.selection_only { own.clone() } else { Answers { kept: Vec::new(), ..own.clone() } };
            (own, problems.clone())
        })
    });
    // The QR code of the printed sheet, with the link it was drawn for: the sheet shows it only
    // while it is the link written under it.
    let qr = RwSignal::new(None::<(String, Qr)>);
    // The share choice holds for the page, whatever answer or kept programme changes.
    let (everything, kept_in) = (RwSignal::new(false), RwSignal::new(Vec::<String>::new()));
    // The commune's name (« Tu habites à Grande-Synthe »), looked up once per commune.
    let commune = commune_name(setup.base.clone(), answers_in_url.with_untracked(|(a, _)| a.commune.clone()));
    let commune_name = Signal::derive(move || commune.get().flatten());
    let data = dataset;
    let page = move || {
        let dataset = dataset.get();
        let (own, mut problems) = drawn_from.get();
        let place = Place::of(&setup.config, &own, &dataset);
        problems.extend(place.problem(&dataset));
        problems.extend(answers_in_url.with_untracked(|(a, _)| unknown_kept(a, &dataset)));
        let Some(answers) = place.answers(&own) else {
            return match place {
                Place::NotCovered(preset) => {
                    view! { <NoProgrammeHere territory=preset fallback=dataset.fallback.clone() /> }.into_any()
                }
                Place::Outside(code) => {
                    let region = dataset.region_of(&code).cloned();
                    let choose = setup.href(Page::Questionnaire, &own.at(Some(Question::Territoire)));
                    view! {
                        <UrlNotices problems=Signal::stored(problems) />
                        <OutsideTerritories code region fallback=dataset.fallback.clone() />
                        <a class="button secondary" href=choose>{t(T::ResultsChooseTerritory)}</a>
                    }
                    .into_any()
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
        let link = SharedLink::new(data, answers.territory.clone(), everything, kept_in);
        let edit = setup.href(Page::Questionnaire, &own.at(setup.questions().first().copied()));
        let answers_line = answers_summary(&answers, &dataset);
        // « Tu habites à Grande-Synthe : voici les programmes de Communauté urbaine de Dunkerque. »
        let at_commune = match (&place, &own.commune) {
            (Place::Known(territory), Some(_)) => {
                let area = shown(&territory.id, Field::Area, &territory.area).text.to_owned();
                Some(move || {
                    commune_name.get().map(|commune| {
                        view! { <p class="at-commune tells" data-testid="at-commune">{tf(T::ResultsAtCommune, &[(Slot::Commune, &commune), (Slot::Area, &area)])}</p> }
                    })
                })
            }
            _ => None,
        };
        // Embedded, the height the host is told is that of every programme of the territory (cards
        // closed, every reason), drawn hidden: whichever programmes fit, the same (`src/embed.js`).
        let embed_sizer = setup.config.embed.then(|| {
            let cards = dataset
                .programmes
                .iter()
                .filter(|p| answers.territory.as_ref() == Some(&p.territory))
                .map(|p| {
                    view! {
                        <li>
                            <ProgrammeCard programme=p.clone() reasons=longest_reasons(p) conditions=Vec::new() unmet=None answers=answers.clone() />
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="cards embed-sizer">{cards}</ol> }
        });
        let count = results.fits.len();
        let title = titled(&if own.selection_only { t(T::ResultsSelectionTitle).to_owned() } else { plural(T::ResultsTitle, count as u64) });
        let listed = if own.selection_only {
            kept_list(&setup, &own, &answers, &results, &dataset, link)
        } else if count > 0 {
            fits_list(&answers, &results)
        } else {
            near_misses(&setup, &own, &answers, &results)
        };
        let actions = results_actions(&setup, answers_in_url, &own, answers.territory.clone(), data, link, qr, commune_name);
        view! {
            <PageTitle text=title />
            <UrlNotices problems=Signal::stored(problems) />
            <PrintSheet answers_line=answers_line.clone() url=link.url qr=qr />
            {at_commune}
            <p class="summary-line no-print">{answers_line}</p>
            {actions}
            <p class="no-print">
                <a href=edit.clone()>{t(T::ResultsEdit)}</a>
            </p>
            {listed}
            {embed_sizer}
            <AlwaysContacts territories fallback=dataset.fallback.clone() />
            <p class="data-date">{tf(T::ResultsUpdated, &[(Slot::Date, &date(&dataset.updated))])}</p>
        }
        .into_any()
    };
    // Printed with the safer link, the sheet shows what that link shows: no situation, no reason
    // that names one, no commune (`.tells`).
    view! { <div class="results-for" class:print-safer=move || !everything.get()>{page}</div> }
}
