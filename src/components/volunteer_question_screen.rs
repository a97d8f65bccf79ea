use std::sync::Arc;

use leptos::prelude::*;

use crate::components::choices::Choices;
use crate::components::number_field::NumberField;
use crate::components::question_flow::{QuestionFlow, Record};
use crate::state::{use_setup, use_volunteer};
use domain::choices::territory_options;
use domain::dataset::Dataset;
use domain::i18n::{t, T};
use domain::routes::Page;
use domain::volunteer::{Volunteer, VolunteerQuestion, HOURS_MAX, VOLUNTEER_AGE_MAX, VOLUNTEER_AGE_MIN};

/// A volunteer's question on screen, one a screen, in the same flow as the young person's
/// (`QuestionFlow`): every answer written to the fragment at once, the focus on each new question.
#[component]
pub fn VolunteerQuestionScreen(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let setup = use_setup();
    let volunteer = use_volunteer();
    let questions = setup.volunteer_questions();
    let current = Memo::new({
        let questions = questions.clone();
        move |_| volunteer.with(|(v, _)| v.question_on_screen(&questions))
    });
    let own = Memo::new(move |_| volunteer.with(|(v, _)| v.clone()));
    let problems = Signal::derive(move || volunteer.with(|(_, link)| link.clone()));
    // Read once per question: the territory's programmes arriving (read ahead once one is picked) or
    // a data update never rebuild the question on screen (the text typed, the focus).
    let territories = move || dataset.with_untracked(|d| territory_options(d));
    let field = move |question: VolunteerQuestion, record: Record<Volunteer>, invalid: Signal<bool>| {
        let number = |id, label, max, initial: Option<u8>, set: fn(&mut Volunteer, Option<u8>)| {
            let record = record.clone();
            view! {
                <NumberField
                    id=id
                    label=t(label)
                    min=if id == "age" { VOLUNTEER_AGE_MIN } else { 1 }
                    max=max
                    initial=initial
                    describedby="question-why question-error"
                    invalid
                    on_number={move |n: Option<u8>| record(&|v: &mut Volunteer| set(v, n))}
                />
            }
            .into_any()
        };
        let now = own.get_untracked();
        match question {
            VolunteerQuestion::Age => number("age", T::VolunteerAgeLabel, VOLUNTEER_AGE_MAX, now.age, |v, n| v.age = n),
            VolunteerQuestion::Heures => number("heures", T::VolunteerHeuresLabel, HOURS_MAX, now.hours, |v, n| v.hours = n),
            _ => question
                .choice_groups(territories())
                .into_iter()
                .map(|group| {
                    let (key, record) = (group.key, record.clone());
                    view! {
                        <Choices
                            group
                            selected=Signal::derive(move || volunteer.with(|(v, _)| v.picked(key)))
                            on_change={move |(id, on): (String, bool)| record(&|v: &mut Volunteer| v.pick(key, &id, on))}
                        />
                    }
                })
                .collect_view()
                .into_any(),
        }
    };
    view! {
        <QuestionFlow
            answers=own
            questions
            current
            page=Page::Volunteer
            results=Page::VolunteerResults
            problems
            held=Signal::derive(|| false)
            privacy=None
            field
        />
    }
}
