use std::sync::Arc;

use leptos::prelude::*;

use crate::components::choices::Choices;
use crate::components::commune_field::CommuneField;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::number_field::NumberField;
use crate::components::question_flow::{QuestionFlow, Record};
use crate::state::{use_answers, use_setup};
use domain::answers::{Answers, Question, AGE_MAX, AGE_MIN};
use domain::commune::Commune;
use domain::choices::territory_options;
use domain::dataset::Dataset;
use domain::i18n::{t, T};
use domain::place::Place;
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
    let questions = setup.questions();
    // A territory in the link that the dataset does not have is asked again, with its notice.
    let place_problem = Memo::new({
        let config = setup.config.clone();
        move |_| dataset.with(|d| answers.with(|(a, _)| Place::of(&config, a, d).problem(d)))
    });
    let current = Memo::new({
        let questions = questions.clone();
        move |_| answers.with(|(a, _)| a.question_on_screen(&questions, place_problem.with(Option::is_some)))
    });
    let own = Memo::new(move |_| answers.with(|(a, _)| a.clone()));
    let problems = Signal::derive(move || answers.with(|(_, link)| link.iter().cloned().chain(place_problem.get()).collect()));
    let held = Signal::derive(move || current.get() == Question::Territoire && place_problem.with(Option::is_some));

    // The territories, as the territory question offers them.
    // Read once per question: the territory's programmes arriving (read ahead once one is picked) or
    // a data update never rebuild the question on screen (the text typed, the focus).
    let territories = move || dataset.with_untracked(|d| territory_options(d));
    let field = move |question: Question, record: Record<Answers>, invalid: Signal<bool>| {
        if question == Question::Age {
            return view! {
                <NumberField
                    id="age"
                    label=t(T::QuestionAgeLabel)
                    min=AGE_MIN
                    max=AGE_MAX
                    initial=own.get_untracked().age
                    describedby="question-why question-error"
                    invalid
                    on_number={move |age: Option<u8>| record(&|a: &mut Answers| a.age = age)}
                />
            }
            .into_any();
        }
        let commune = (question == Question::Territoire).then(|| {
            let record = record.clone();
            view! {
                <CommuneField
                    picked=own.get_untracked().commune
                    on_pick={move |commune: Commune| record(&|a: &mut Answers| a.live_in(&commune))}
                    invalid
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
    view! {
        <QuestionFlow
            answers=own
            questions
            current
            page=Page::Questionnaire
            results=Page::Results
            problems
            held
            privacy=Some(Question::Situation)
            field
        />
    }
    .into_any()
}
