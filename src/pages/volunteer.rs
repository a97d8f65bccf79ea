use leptos::prelude::*;

use crate::components::volunteer_question_screen::VolunteerQuestionScreen;
use crate::components::with_dataset::WithDataset;

/// « Je veux devenir mentor »: the volunteer's questions, one a screen.
#[component]
pub fn VolunteerPage() -> impl IntoView {
    view! { <WithDataset render=|dataset| view! { <VolunteerQuestionScreen dataset /> }.into_any() /> }
}
