use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::components::choices::Choices;
use crate::components::number_field::NumberField;
use crate::components::progress_indicator::ProgressIndicator;
use crate::components::url_notices::UrlNotices;
use domain::dataset::{Dataset, Territory};
use domain::i18n::{t, tf, Slot, T};
use domain::programme_texts::{shown, Field};
use domain::routes::Page;
use domain::volunteer::{Volunteer, VolunteerQuestion, HOURS_MAX, VOLUNTEER_AGE_MAX, VOLUNTEER_AGE_MIN};
use crate::state::{use_go_with, use_setup, use_volunteer, History};

/// A volunteer's question on screen, one a screen, in the same style and rules as the young
/// person's: every answer written to the fragment at once, the focus on each new question.
#[component]
pub fn VolunteerQuestionScreen(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let setup = use_setup();
    let volunteer = use_volunteer();
    let go = use_go_with();
    let questions = setup.volunteer_questions();
    let total = questions.len();
    let current = Memo::new({
        let questions = questions.clone();
        move |_| volunteer.with(|(v, _)| v.question_on_screen(&questions))
    });
    let position = Signal::derive({
        let questions = questions.clone();
        move || questions.iter().position(|q| *q == current.get()).unwrap_or(0)
    });
    let tried = RwSignal::new(None::<VolunteerQuestion>);
    let heading = NodeRef::<html::H1>::new();
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
    let record = {
        let go = go.clone();
        move |change: &dyn Fn(&mut Volunteer)| {
            let mut next = volunteer.get_untracked().0;
            change(&mut next);
            go(Page::Volunteer, &next.at(Some(current.get_untracked())).to_fragment(), History::Replace);
        }
    };
    let on_submit = {
        let (go, questions) = (go.clone(), questions.clone());
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let now = volunteer.get_untracked().0;
            let question = current.get_untracked();
            if !now.has_answered(question) {
                tried.set(Some(question));
                return;
            }
            match questions.get(position.get_untracked() + 1) {
                Some(next) => go(Page::Volunteer, &now.at(Some(*next)).to_fragment(), History::Push),
                None => go(Page::VolunteerResults, &now.at(None).to_fragment(), History::Push),
            }
        }
    };
    let on_back = {
        let (go, questions) = (go.clone(), questions.clone());
        move |_| {
            let now = volunteer.get_untracked().0;
            match position.get_untracked().checked_sub(1) {
                Some(previous) => go(Page::Volunteer, &now.at(Some(questions[previous])).to_fragment(), History::Push),
                None => go(Page::Home, &now.at(None).to_fragment(), History::Push),
            }
        }
    };
    let show_error = Signal::derive(move || tried.get() == Some(current.get()) && !volunteer.with(|(v, _)| v.has_answered(current.get())));
    let problems = Signal::derive(move || volunteer.with(|(_, link)| link.clone()));
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
                    invalid=show_error
                    on_number={move |n: Option<u8>| record(&|v: &mut Volunteer| set(v, n))}
                />
            }
            .into_any()
        };
        let now = volunteer.get_untracked().0;
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
                    <p id="question-why" class="why">{move || current.get().why()}</p>
                    {field}
                    <p id="question-error" class="error">{move || show_error.get().then(|| Volunteer::missing(current.get()))}</p>
                </fieldset>
                <div class="actions">
                    <button type="button" class="secondary" on:click=on_back>{t(T::QuestionBack)}</button>
                    <button type="submit" class="primary">{move || t(if is_last() { T::QuestionFinish } else { T::QuestionNext })}</button>
                </div>
            </form>
        </section>
    }
}
