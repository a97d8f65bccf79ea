use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::components::age_field::AgeField;
use crate::components::multi_choice::MultiChoice;
use crate::components::progress_indicator::ProgressIndicator;
use crate::components::single_choice::SingleChoice;
use crate::components::url_notices::UrlNotices;
use crate::domain::answers::{Answers, Question};
use crate::domain::dataset::Dataset;
use crate::domain::vocabulary::{Choice, ModalityPreference, Need, Situation, Stage};
use crate::state::{use_answers, use_go, use_setup, History, Page};

fn options<T: Choice>() -> Vec<(String, String)> {
    T::ALL.iter().map(|v| (v.id().to_owned(), v.label().to_owned())).collect()
}

fn ids<T: Choice>(values: &[T]) -> Vec<String> {
    values.iter().map(|v| v.id().to_owned()).collect()
}

/// Adds or removes a value of a list of answers.
fn toggle<T: Choice>(list: &mut Vec<T>, id: &str, on: bool) {
    if let Some(value) = T::from_id(id) {
        list.retain(|v| *v != value);
        if on {
            list.push(value);
        }
    }
}

/// The question on screen, its answer field, and the way forward and back.
#[component]
pub fn QuestionScreen(dataset: Arc<Dataset>) -> impl IntoView {
    let setup = use_setup();
    let answers = use_answers();
    let go = use_go();
    let questions = setup.questions();
    let total = questions.len();
    let current = Memo::new({
        let questions = questions.clone();
        move |_| answers.with(|(a, _)| a.question.filter(|q| questions.contains(q)).unwrap_or(questions[0]))
    });
    let position = Signal::derive({
        let questions = questions.clone();
        move || questions.iter().position(|q| *q == current.get()).unwrap_or(0)
    });
    // The error shows only after trying to go on, and goes when the question changes.
    let tried = RwSignal::new(false);
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        current.track();
        tried.set(false);
        if let Some(h) = heading.get() {
            let _ = h.focus();
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
            if !now.has_answered(question) {
                tried.set(true);
                return;
            }
            match questions.get(position.get_untracked() + 1) {
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

    let show_error = Signal::derive(move || tried.get() && !answers.with(|(a, _)| a.has_answered(current.get())));
    let problems = Signal::derive(move || answers.get().1);
    let territories: Vec<(String, String)> =
        dataset.territories.iter().map(|t| (t.id.clone(), format!("{} ({})", t.name, t.area))).collect();

    let field = move || {
        let record = record.clone();
        match current.get() {
            Question::Territoire => view! {
                <SingleChoice
                    name="territoire"
                    options=territories.clone()
                    selected=Signal::derive(move || answers.get().0.territory)
                    on_pick=move |id| record(&|a: &mut Answers| a.territory = Some(id.clone()))
                />
            }
            .into_any(),
            Question::Age => view! {
                <AgeField
                    initial=answers.get_untracked().0.age
                    describedby="question-why question-error"
                    invalid=show_error
                    on_age=move |age| record(&|a: &mut Answers| a.age = age)
                />
            }
            .into_any(),
            Question::Etape => view! {
                <SingleChoice
                    name="etape"
                    options={options::<Stage>()}
                    selected=Signal::derive(move || answers.get().0.stage.map(|s| s.id().to_owned()))
                    on_pick=move |id| record(&|a: &mut Answers| a.stage = Stage::from_id(&id))
                />
            }
            .into_any(),
            Question::Besoin => view! {
                <MultiChoice
                    name="besoin"
                    options={options::<Need>()}
                    selected=Signal::derive(move || ids(&answers.get().0.needs))
                    on_toggle=move |id, on| record(&|a: &mut Answers| toggle(&mut a.needs, &id, on))
                />
            }
            .into_any(),
            Question::Modalite => view! {
                <SingleChoice
                    name="modalite"
                    options={options::<ModalityPreference>()}
                    selected=Signal::derive(move || answers.get().0.modality.map(|m| m.id().to_owned()))
                    on_pick=move |id| record(&|a: &mut Answers| a.modality = ModalityPreference::from_id(&id))
                />
            }
            .into_any(),
            Question::Situation => {
                let unsure_record = record.clone();
                let unsure_option =
                    vec![("qpv".to_owned(), "Je ne sais pas si mon quartier est un quartier prioritaire".to_owned())];
                view! {
                    <MultiChoice
                        name="situation"
                        options={options::<Situation>()}
                        selected=Signal::derive(move || ids(&answers.get().0.situations))
                        on_toggle=move |id, on| record(&|a: &mut Answers| {
                            toggle(&mut a.situations, &id, on);
                            a.unsure.retain(|s| !a.situations.contains(s));
                        })
                    />
                    <MultiChoice
                        name="incertain"
                        options=unsure_option
                        selected=Signal::derive(move || ids(&answers.get().0.unsure))
                        on_toggle=move |id, on| unsure_record(&|a: &mut Answers| {
                            toggle(&mut a.unsure, &id, on);
                            a.situations.retain(|s| !a.unsure.contains(s));
                        })
                    />
                }
                .into_any()
            }
        }
    };

    let is_last = move || position.get() + 1 == total;
    view! {
        <section class="questionnaire">
            <UrlNotices problems />
            <ProgressIndicator current=Signal::derive(move || position.get() + 1) total />
            <p class="visually-hidden" aria-live="polite">
                {move || format!("Question {} sur {total} : {}", position.get() + 1, current.get().title())}
            </p>
            <form on:submit=on_submit novalidate>
                <fieldset aria-describedby="question-why question-error">
                    <legend>
                        <h1 tabindex="-1" node_ref=heading>{move || current.get().title()}</h1>
                    </legend>
                    <p id="question-why" class="why">{move || current.get().why()}</p>
                    {field}
                    <p id="question-error" class="error">
                        {move || show_error.get().then(|| current.get().missing())}
                    </p>
                </fieldset>
                <div class="actions">
                    <button type="button" class="secondary" on:click=on_back>"Retour"</button>
                    <button type="submit" class="primary">
                        {move || if is_last() { "Voir les programmes" } else { "Suivant" }}
                    </button>
                </div>
            </form>
        </section>
    }
}
