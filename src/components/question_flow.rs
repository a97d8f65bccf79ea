use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::components::progress_indicator::ProgressIndicator;
use crate::components::url_notices::UrlNotices;
use crate::state::{use_go_with, use_setup, History};
use domain::flow::Questionnaire;
use domain::i18n::{t, T};
use domain::routes::Page;
use domain::titles::{question_announce, titled};
use domain::url_text::UrlProblem;

/// Writes a change of the answer on screen into the address at once: nothing is lost on reload,
/// and « back » does not step through every click (the entry is replaced).
pub type Record<A> = Arc<dyn Fn(&dyn Fn(&mut A)) + Send + Sync>;

/// One question a screen, for both questionnaires (the young person's and a volunteer's): the
/// progress, the question as the heading (focused when a new question comes), why it is asked,
/// its field, what is missing once one tried to go on without it, « Retour » (a link to the
/// question before, or the home page) and « Suivant » (« Voir mes résultats » on the last).
#[component]
pub fn QuestionFlow<A, F>(
    /// The answers in the address.
    answers: Memo<A>,
    /// The questions asked here, in order.
    questions: Vec<A::Question>,
    /// The question on screen.
    current: Memo<A::Question>,
    /// The questions' page, and where the last one leads.
    page: Page,
    results: Page,
    /// What the link got wrong, and what else the screen must say.
    problems: Signal<Vec<UrlProblem>>,
    /// One may not go on although the question is answered: a notice in `problems` says why (a
    /// territory the data does not have, to choose again).
    held: Signal<bool>,
    /// The question whose « why » says where the answers stay: the footer then does not.
    privacy: Option<A::Question>,
    /// The field of the question on screen, given how to record a change of its answer, and
    /// whether it is invalid (one tried to go on without it).
    field: F,
) -> impl IntoView
where
    A: Questionnaire + Send + Sync,
    F: Fn(A::Question, Record<A>, Signal<bool>) -> AnyView + Send + Sync + 'static,
{
    let setup = use_setup();
    let go = use_go_with();
    let total = questions.len();
    let position = Signal::derive({
        let questions = questions.clone();
        move || questions.iter().position(|q| *q == current.get()).unwrap_or(0)
    });
    // The error shows only after trying to go on from this very question: it goes with it.
    let tried = RwSignal::new(None::<A::Question>);
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

    let record: Record<A> = {
        let go = go.clone();
        Arc::new(move |change: &dyn Fn(&mut A)| {
            let mut next = answers.get_untracked();
            change(&mut next);
            go(page, &next.fragment_at(Some(current.get_untracked())), History::Replace);
        })
    };
    let on_submit = {
        let (go, questions) = (go.clone(), questions.clone());
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let now = answers.get_untracked();
            let question = current.get_untracked();
            if !now.has_answered(question) || held.get_untracked() {
                tried.set(Some(question));
                return;
            }
            match questions.get(position.get_untracked() + 1).filter(|_| !now.ends_at(question)) {
                Some(next) => go(page, &now.fragment_at(Some(*next)), History::Push),
                None => go(results, &now.fragment_at(None), History::Push),
            }
        }
    };
    // « Retour » is a link: it goes somewhere, with the answers given (the router follows it as
    // « Suivant » moves: a new history entry, at the top of the page).
    let back = {
        let questions = questions.clone();
        move || match position.get().checked_sub(1) {
            Some(before) => setup.href_with(page, &answers.with(|a| a.fragment_at(Some(questions[before])))),
            None => setup.href_with(Page::Home, &answers.with(|a| a.fragment_at(None))),
        }
    };

    let show_error = Signal::derive(move || tried.get() == Some(current.get()) && !answers.with(|a| a.has_answered(current.get())));
    let record_field = record.clone();
    let field = move || field(current.get(), record_field.clone(), show_error);
    let is_last = move || position.get() + 1 == total;
    // « Question 3 sur 6 : … », announced and, with the app's name, the page's title.
    let announce = Memo::new(move |_| question_announce(position.get() + 1, total, A::title(current.get())));
    view! {
        <section class="questionnaire">
            <PageTitle text=Signal::derive(move || titled(&announce.get())) />
            <UrlNotices problems />
            <ProgressIndicator current=Signal::derive(move || position.get() + 1) total />
            <p class="visually-hidden" aria-live="polite">{announce}</p>
            <form on:submit=on_submit novalidate>
                <fieldset aria-describedby="question-why question-error">
                    <legend>
                        <h1 tabindex="-1" node_ref=heading>{move || A::title(current.get())}</h1>
                    </legend>
                    <p id="question-why" class="why" class:privacy=move || Some(current.get()) == privacy>{move || A::why(current.get())}</p>
                    {field}
                    <p id="question-error" class="error">{move || show_error.get().then(|| A::missing(current.get()))}</p>
                </fieldset>
                <div class="actions">
                    <a class="button secondary" href=back>{t(T::QuestionBack)}</a>
                    <button type="submit" class="primary">{move || t(if is_last() { T::QuestionFinish } else { T::QuestionNext })}</button>
                </div>
            </form>
        </section>
    }
}
