use leptos::prelude::*;

use crate::components::home_notices::HomeNotices;
use crate::components::page_title::PageTitle;
use domain::i18n::{plural, t, T};
use crate::state::{use_answers, use_setup};
use domain::routes::Page;
use domain::titles::page_title;
use domain::volunteer::Volunteer;

/// Says what a mentor is, in a few plain words, and starts the questionnaire; a second path for
/// people who want to become mentors, and a third for counsellors: the list of every programme
/// (not inside a host's page, whose footer has no such link either).
#[component]
pub fn HomePage() -> impl IntoView {
    let setup = use_setup();
    let answers = use_answers();
    let first = setup.questions()[0];
    let start = {
        let setup = setup.clone();
        move || setup.href(Page::Questionnaire, &answers.get().0.at(Some(first)))
    };
    // The other half of mentoring: the volunteers' path, in the language chosen.
    let volunteer = {
        let setup = setup.clone();
        move || {
            let language = answers.with(|(own, _)| own.language);
            setup.href_with(Page::Volunteer, &Volunteer { language, ..Volunteer::default() }.to_fragment())
        }
    };
    // As the footer's: a new language redraws the page.
    let directory = setup.href(Page::Directory, &answers.get_untracked().0.language_only());
    view! {
        <section class="home">
            <PageTitle text=page_title(Some(Page::Home)) />
            <h1>{Page::Home.heading()}</h1>
            <HomeNotices />
            <p class="lead">{t(T::HomeLead)}</p>
            <p>{plural(T::HomeFree, setup.questions().len() as u64)}</p>
            <a class="button primary" href=start>{t(T::HomeStart)}</a>
            <p class="privacy">{t(T::HomePrivacy)}</p>
            <div class="volunteer-start">
                <p>{t(T::VolunteerStartWhy)}</p>
                <a class="button secondary" href=volunteer data-testid="volunteer-start">{t(T::VolunteerStart)}</a>
            </div>
            {(!setup.config.embed).then(|| view! {
                <div class="volunteer-start">
                    <p>{t(T::HomeCounsellorWhy)}</p>
                    <a class="button secondary" href=directory.clone() data-testid="counsellor-start">{t(T::HomeCounsellor)}</a>
                </div>
            })}
        </section>
    }
}
