use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::components::age_field::AgeField;
use crate::components::multi_choice::MultiChoice;
use crate::components::no_programme_here::NoProgrammeHere;
use crate::components::progress_indicator::ProgressIndicator;
use crate::components::single_choice::SingleChoice;
use crate::components::url_notices::UrlNotices;
use crate::domain::answers::{Answers, Question};
use crate::domain::dataset::Dataset;
use crate::domain::place::Place;
use crate::domain::vocabulary::{Choice, ModalityPreference, Need, Situation, Stage};
use crate::state::{use_answers, use_go, use_setup, History};
use crate::domain::routes::Page;

fn options<T: Choice>() -> Vec<(String, String)> {
    T::ALL.iter().map(|v| (v.id().to_owned(), v.label().to_owned())).collect()
}

fn ids<T: Choice>(values: &[T]) -> Vec<String> {
    values.iter().map(|v| v.id().to_owned()).collect()
}

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

    let show_error =
        Signal::derive(move || tried.get() == Some(current.get()) && !answers.with(|(a, _)| a.has_answered(current.get())));
    let problems = Signal::derive(move || answers.with(|(_, link)| link.iter().cloned().chain(place_problem.get()).collect()));

    let field = move || {
        let record = record.clone();
        match current.get() {
            Question::Territoire => view! {
                <SingleChoice
                    name="territoire"
                    options=dataset.with(|d| d.territories.iter().map(|t| (t.id.clone(), format!("{} ({})", t.name, t.area))).collect())
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
                    on_toggle=move |id, on| record(&|a: &mut Answers| {
                        if let Some(need) = Need::from_id(&id) {
                            a.set_need(need, on);
                        }
                    })
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
                let unsure_options: Vec<(String, String)> = Situation::ALL
                    .iter()
                    .filter_map(|s| s.unsure_label().map(|label| (s.id().to_owned(), label.to_owned())))
                    .collect();
                view! {
                    <MultiChoice
                        name="situation"
                        options={options::<Situation>()}
                        selected=Signal::derive(move || ids(&answers.get().0.situations))
                        on_toggle=move |id, on| record(&|a: &mut Answers| {
                            if let Some(situation) = Situation::from_id(&id) {
                                a.set_situation(situation, on);
                            }
                        })
                    />
                    <MultiChoice
                        name="incertain"
                        options=unsure_options
                        selected=Signal::derive(move || ids(&answers.get().0.unsure))
                        on_toggle=move |id, on| unsure_record(&|a: &mut Answers| {
                            if let Some(situation) = Situation::from_id(&id) {
                                a.set_unsure(situation, on);
                            }
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
    .into_any()
}
