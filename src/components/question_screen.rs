use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::components::number_field::NumberField;
use crate::components::choices::Choices;
use crate::components::commune_field::CommuneField;
use domain::commune::Commune;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::progress_indicator::ProgressIndicator;
use crate::components::url_notices::UrlNotices;
use domain::answers::{Answers, Question, AGE_MAX, AGE_MIN};
use domain::dataset::{Dataset, Territory};
use domain::i18n::{t, tf, Slot, T};
use domain::programme_texts::{shown, Field};
use domain::place::Place;
use crate::state::{use_answers, use_go, use_setup, History};
use domain::routes::Page;

/// The question on screen, its answer field, and the way forward and back; or, when the host
/// preset a territory with no programme yet, where else to ask.
#[component]
pub fn QuestionScreen(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let setup = use_setup();
    let not_covered = dataset.with_untracked(|d| match Place::of(&setup.config, &Answers::default(), d) {
        Place::NotCovered(preset) => Some((preset, d.fallback.clone())),
        _ => None,
    });
    if let Some((preset, fallback)) = not_covered {
        return view! { <NoProgrammeHere territory=preset fallback /> }.into_any();
    }
    let answers = use_answers();
    let go = use_go();
    let questions = setup.questions();
    let total = questions.len();
    // A territory in the link that the dataset does not have is asked again, with its notice.
    let place_problem = Memo::new({
        let config = setup.config.clone();
        move |_| dataset.with(|d| answers.with(|(a, _)| Place::of(&config, a, d).problem(d)))
    });
    let current = Memo::new({
        let questions = questions.clone();
        move |_| answers.with(|(a, _)| a.question_on_screen(&questions, place_problem.with(Option::is_some)))
    });
    let position = Signal::derive({
        let questions = questions.clone();
        move || questions.iter().position(|q| *q == current.get()).unwrap_or(0)
    });
    // The error shows only after trying to go on from this very question: it goes with it.
    let tried = RwSignal::new(None::<Question>);
    let heading = NodeRef::<html::H1>::new();
    // A new question moves the focus to its heading, for keyboards and screen readers; not as the
    // page opens (the skip link comes first, and an embed never takes the host page's focus).
    let moved = {
        let setup = setup.clone();
        move || setup.moved()
    };
    Effect::new(move |first: Option<()>| {
        current.track();
        if first.is_some() || moved() {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
    });

    // Every change of answer is written to the fragment at once: nothing is lost on reload.
    let record = {
        let go = go.clone();
        move |change: &dyn Fn(&mut Answers)| {
            let mut next = answers.get_untracked().0;
            change(&mut next);
            go(Page::Questionnaire, &next.at(Some(current.get_untracked())), History::Replace);
        }
    };

    let on_submit = {
        let go = go.clone();
        let questions = questions.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let now = answers.get_untracked().0;
            let question = current.get_untracked();
            let territory_to_choose = question == Question::Territoire && place_problem.with_untracked(Option::is_some);
            if !now.has_answered(question) || territory_to_choose {
                tried.set(Some(question));
                return;
            }
            // A commune in no territory: the next questions could lead nowhere, the honest page says so.
            let outside = question == Question::Territoire && now.territory.is_none();
            match questions.get(position.get_untracked() + 1).filter(|_| !outside) {
                Some(next) => go(Page::Questionnaire, &now.at(Some(*next)), History::Push),
                None => go(Page::Results, &now.at(None), History::Push),
            }
        }
    };
    let on_back = {
        let go = go.clone();
        let questions = questions.clone();
        move |_| {
            let now = answers.get_untracked().0;
            match position.get_untracked().checked_sub(1) {
                Some(previous) => go(Page::Questionnaire, &now.at(Some(questions[previous])), History::Push),
                None => go(Page::Home, &now.at(None), History::Push),
            }
        }
    };

    let show_error =
        Signal::derive(move || tried.get() == Some(current.get()) && !answers.with(|(a, _)| a.has_answered(current.get())));
    let problems = Signal::derive(move || answers.with(|(_, link)| link.iter().cloned().chain(place_problem.get()).collect()));

    // The territories, as the territory question offers them.
    // Read once per question: the territory's programmes arriving (read ahead once one is picked) or
    // a data update never rebuild the question on screen (the text typed, the focus).
    let territories = move || {
        dataset.with_untracked(|d| {
            let words = |t: &Territory| tf(T::QuestionTerritoireOption, &[(Slot::Name, &t.name), (Slot::Area, shown(&t.id, Field::Area, &t.area).text)]);
            d.territories.iter().map(|t| (t.id.clone(), words(t))).collect()
        })
    };
    let field = move || {
        let question = current.get();
        if question == Question::Age {
            let record = record.clone();
            return view! {
                <NumberField
                    id="age"
                    label=t(T::QuestionAgeLabel)
                    min=AGE_MIN
                    max=AGE_MAX
                    initial=answers.get_untracked().0.age
                    describedby="question-why question-error"
                    invalid=show_error
                    on_number={move |age: Option<u8>| record(&|a: &mut Answers| a.age = age)}
                />
            }
            .into_any();
        }
        let commune = (question == Question::Territoire).then(|| {
            let record = record.clone();
            view! {
                <CommuneField
                    picked=answers.get_untracked().0.commune
                    on_pick={move |commune: Commune| record(&|a: &mut Answers| a.live_in(&commune))}
                    invalid=show_error
                />
                <p class="or-territory">{t(T::CommuneOrTerritory)}</p>
            }
        });
        let groups = question
            .choice_groups(territories())
            .into_iter()
            .map(|group| {
                let (key, record) = (group.key, record.clone());
                view! {
                    <Choices
                        group
                        selected=Signal::derive(move || answers.with(|(a, _)| a.picked(key)))
                        on_change={move |(id, on): (String, bool)| record(&|a: &mut Answers| a.pick(key, &id, on))}
                    />
                }
            })
            .collect_view();
        view! { {commune} {groups} }.into_any()
    };

    let is_last = move || position.get() + 1 == total;
    view! {
        <section class="questionnaire">
            <UrlNotices problems />
            <ProgressIndicator current=Signal::derive(move || position.get() + 1) total />
            <p class="visually-hidden" aria-live="polite">
                {move || tf(T::QuestionAnnounce, &[(Slot::N, &(position.get() + 1).to_string()), (Slot::Total, &total.to_string()), (Slot::Title, current.get().title())])}
            </p>
            <form on:submit=on_submit novalidate>
                <fieldset aria-describedby="question-why question-error">
                    <legend>
                        <h1 tabindex="-1" node_ref=heading>{move || current.get().title()}</h1>
                    </legend>
                    // The situation question says where the answers stay: the footer then does not.
                    <p id="question-why" class="why" class:privacy=move || current.get() == Question::Situation>{move || current.get().why()}</p>
                    {field}
                    <p id="question-error" class="error">
                        {move || show_error.get().then(|| current.get().missing())}
                    </p>
                </fieldset>
                <div class="actions">
                    <button type="button" class="secondary" on:click=on_back>{t(T::QuestionBack)}</button>
                    <button type="submit" class="primary">
                        {move || t(if is_last() { T::QuestionFinish } else { T::QuestionNext })}
                    </button>
                </div>
            </form>
        </section>
    }
    .into_any()
}
