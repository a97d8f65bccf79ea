use std::sync::Arc;

use leptos::prelude::*;

use crate::components::always_contacts::AlwaysContacts;
use crate::components::page_title::PageTitle;
use crate::components::results_list::ResultsList;
use crate::components::url_notices::UrlNotices;
use crate::components::volunteer_card::VolunteerCard;
use domain::dataset::Dataset;
use domain::i18n::{plural, t, T};
use domain::routes::Page;
use domain::titles::titled;
use domain::volunteer_matching::find_for_volunteer;
use domain::volunteer_words::{volunteer_left_out, volunteer_miss_words, volunteer_reasons};
use crate::state::{use_setup, use_volunteer};

/// The programmes that recruit mentors like the volunteer, best first, and what left the others
/// out; when few fit, the closest ones with what would change them; always the Collectif Mentorat
/// and 1jeune1mentor.fr, where everyone who wants to become a mentor can sign up.
#[component]
pub fn VolunteerResults(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let setup = use_setup();
    let volunteer = use_volunteer();
    move || {
        let data = dataset.get();
        let (v, problems) = volunteer.get();
        let results = find_for_volunteer(&v, &data);
        let count = results.fits.len();
        let edit = setup.href_with(Page::Volunteer, &v.at(setup.volunteer_questions().first().copied()).to_fragment());
        let fits = results
            .fits
            .iter()
            .map(|fit| {
                view! {
                    <li data-testid="result">
                        <VolunteerCard programme=fit.programme.clone() reasons=volunteer_reasons(&v, fit.programme) miss=None volunteer=v.clone() />
                    </li>
                }
            })
            .collect_view();
        let closest = results
            .closest
            .iter()
            .map(|miss| {
                let href = setup.href_with(Page::VolunteerResults, &miss.change.apply(&v).to_fragment());
                view! {
                    <li>
                        <VolunteerCard
                            programme=miss.programme.clone()
                            reasons=volunteer_reasons(&v, miss.programme)
                            miss=Some((volunteer_miss_words(miss), href))
                            volunteer=v.clone()
                        />
                    </li>
                }
            })
            .collect_view();
        let territories: Vec<_> = data.territories.iter().filter(|t| v.territory.as_ref().is_none_or(|id| *id == t.id)).cloned().collect();
        view! {
            <PageTitle text=titled(&plural(T::VolunteerResultsTitle, count as u64)) />
            <UrlNotices problems=Signal::stored(problems) />
            <p class="summary-line">{v.summary(&data)}</p>
            <p><a href=edit>{t(T::VolunteerEdit)}</a></p>
            {if count > 0 {
                view! { <ResultsList heading=plural(T::VolunteerResultsCount, count as u64)>{fits}</ResultsList> }.into_any()
            } else {
                view! { <h2 class="count">{t(T::VolunteerResultsNone)}</h2> }.into_any()
            }}
            {volunteer_left_out(&results).map(|words| view! { <p data-testid="left-out">{words}</p> })}
            {(!results.closest.is_empty()).then(|| view! {
                <section data-testid="closest" aria-labelledby="closest-title">
                    <h2 id="closest-title">{t(T::VolunteerResultsClosest)}</h2>
                    <ul class="cards">{closest}</ul>
                </section>
            })}
            <AlwaysContacts
                territories
                fallback=data.fallback.clone()
                intro=None
                collectif=T::VolunteerCollectif
                national=T::VolunteerEverywhere
            />
        }
    }
}
