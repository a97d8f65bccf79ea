use leptos::prelude::*;

use crate::components::question_screen::QuestionScreen;
use crate::components::with_dataset::WithDataset;

/// The questionnaire, one question per screen; the territory list comes from the dataset.
#[component]
pub fn QuestionnairePage() -> impl IntoView {
    view! { <WithDataset render=|dataset| view! { <QuestionScreen dataset /> }.into_any() /> }
}
