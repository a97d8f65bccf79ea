use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::page_title::PageTitle;
use crate::components::always_contacts::AlwaysContacts;
use crate::components::near_miss_card::NearMissCard;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::outside_territories::OutsideTerritories;
use crate::communes::commune_name;
use domain::programme_texts::{shown, Field};
use crate::components::print_sheet::PrintSheet;
use crate::components::programme_card::ProgrammeCard;
use crate::components::share_panel::{SharePanel, SharedLink};
use crate::components::url_notices::UrlNotices;
use domain::answers::{Answers, Question};
use domain::dataset::Dataset;
use domain::i18n::{date, join_words, plural, t, tf, Slot, T};
use domain::matching::{find, unmet, Filter};
use domain::place::Place;
use domain::reasons::{conditions, filter_name, fit_reasons, longest_reasons, miss_explanation, ranking_words, too_old_words, Reason};
use domain::routes::Page;
use domain::titles::titled;
use domain::share::{share_url, unknown_kept};
use domain::summary::answers_summary;
use crate::share::{qr_code, Qr};
use crate::state::{use_answers, use_setup};

/// The results for the answers in the URL, derived each time the answers change (nothing stored):
/// the programmes that fit, or only the kept ones (« Ma sélection »), and what to do with them:
/// keep, share, print. Keeping one does not draw the page again (the focus stays on its button).
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
            // Every kept programme, even one a changed answer no longer fits: it says which answer.
            let kept = own
                .kept
                .iter()
                .filter_map(|id| dataset.programmes.iter().find(|p| p.id == *id))
                .map(|p| {
                    let fit = results.fits.iter().find(|f| f.programme.id == p.id);
                    let missed = unmet(&answers, &dataset, p);
                    let unmet = (fit.is_none() && !missed.is_empty()).then(|| no_longer(&missed, &dataset, &p.territory));
                    // On the safer sheet, only what the safer link carries, as ticked in « Partager ».
                    let id = p.id.clone();
                    let tells = move || !link.shared.with(|s| s.kept.contains(&id));
                    view! {
                        <li data-testid="result" class:tells=tells>
                            <ProgrammeCard
                                programme=p.clone()
                                reasons=fit.map(|f| fit_reasons(&answers, f)).unwrap_or_default()
                                conditions=fit.map(conditions).unwrap_or_default()
                                unmet=unmet
                                answers=answers.clone()
                            />
                        </li>
                    }
                })
                .collect_view();
            let everything = setup.href(Page::Results, &Answers { selection_only: false, ..own.clone() });
            let cleared = setup.href(Page::Results, &own.without_kept());
            view! {
                <h2 class="count" id="fits-title">{t(T::ResultsSelectionTitle)}</h2>
                {own.kept.is_empty().then(|| view! { <p>{t(T::ResultsSelectionEmpty)}</p> })}
                <ol class="cards" data-testid="results" aria-labelledby="fits-title">{kept}</ol>
                <p class="no-print links">
                    <a href=everything>{t(T::ResultsAll)}</a>
                    " "
                    <a href=cleared data-testid="clear">{t(T::ResultsClear)}</a>
                </p>
            }
            .into_any()
        } else if count > 0 {
            let why_first = ranking_words(&answers, &results);
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
                                reasons=fit_reasons(&answers, fit)
                                conditions=conditions(fit)
                                unmet=None
                                answers=answers.clone()
                            />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2 class="count" id="fits-title">{plural(T::ResultsCount, count as u64)}</h2>
                {why_first.map(|Reason { text, tells }| view! { <p class="why-first" class:tells=tells data-testid="why-first">{text}</p> })}
                <ol class="cards" data-testid="results" aria-labelledby="fits-title">{fits}</ol>
            }
            .into_any()
        } else {
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
                                changed_href=setup.href(Page::Results, &miss.change.apply(&own))
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
        };

        // « Ma sélection » and back, « Partager », « Imprimer ». Inside a host's frame the sandbox
        // blocks printing: the results open in a tab of their own (the app's address, not the host's).
        let selection = {
            let answers_in_url = answers_in_url;
            let setup = setup.clone();
            move || {
                let kept = answers_in_url.with(|(a, _)| a.kept.clone());
                (!own.selection_only && !kept.is_empty()).then(|| {
                    let href = setup.href(Page::Results, &Answers { kept: kept.clone(), selection_only: true, ..own.clone() });
                    view! { <a class="button secondary" href=href data-testid="selection">{plural(T::ResultsSelection, kept.len() as u64)}</a> }
                })
            }
        };
        let sharing = RwSignal::new(false);
        let base = setup.base.clone();
        let draw = move |base: String, url: String| async move {
            if qr.with_untracked(|q| q.as_ref().is_none_or(|(drawn, _)| *drawn != url)) {
                let code = qr_code(&base, &url).await;
                qr.set(code.map(|code| (url, code)));
            }
        };
        // Once a sheet was printed, its QR code follows the link: a second sheet never carries the
        // link of the first (the share choice changed, a programme kept or dropped).
        Effect::new({
            let base = base.clone();
            move |_| {
                let url = link.url.get();
                if qr.with_untracked(Option::is_some) {
                    spawn_local(draw(base.clone(), url));
                }
            }
        });
        let print = move |_| {
            let (base, url) = (base.clone(), link.url.get_untracked());
            spawn_local(async move {
                draw(base, url).await;
                // The image is drawn before the sheet is printed.
                set_timeout(|| { let _ = window().print(); }, std::time::Duration::from_millis(50));
            });
        };
        let print_action = if setup.config.embed {
            let app = format!("{}{}", window().location().origin().unwrap_or_default(), setup.base);
            let tab = answers_in_url.with_untracked(|(a, _)| share_url(&app, &Answers { question: None, territory: answers.territory.clone(), ..a.clone() }));
            view! { <a class="button secondary" href=tab target="_blank" rel="noopener" data-testid="print">{t(T::PrintNewTab)}</a> }.into_any()
        } else {
            view! { <button type="button" class="secondary" on:click=print data-testid="print">{t(T::PrintButton)}</button> }.into_any()
        };
        view! {
            <PageTitle text=title />
            <UrlNotices problems=Signal::stored(problems) />
            <PrintSheet answers_line=answers_line.clone() url=link.url qr=qr />
            {at_commune}
            <p class="summary-line no-print">{answers_line}</p>
            <div class="actions results-actions no-print">
                {selection}
                <button type="button" class="secondary" aria-expanded=move || if sharing.get() { "true" } else { "false" } on:click=move |_| sharing.update(|s| *s = !*s)>
                    {t(T::ShareOpen)}
                </button>
                {print_action}
            </div>
            {move || sharing.get().then(|| view! { <SharePanel dataset=data link commune=commune_name /> })}
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

/// « Ne correspond plus à tes réponses : Âge, Étape. » or, in another territory, where it is.
fn no_longer(missed: &[Filter], dataset: &Dataset, territory: &str) -> String {
    if missed.contains(&Filter::Territory) {
        let name = dataset.territory(territory).map_or(territory, |t| t.name.as_str());
        return tf(T::ResultsElsewhere, &[(Slot::Territory, name)]);
    }
    let names: Vec<&str> = missed.iter().map(|f| filter_name(*f)).collect();
    tf(T::ResultsNoLonger, &[(Slot::Filters, &join_words(&names))])
}
