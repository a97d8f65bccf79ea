use leptos::prelude::*;

use domain::i18n::{tf, Slot, T};

/// « Question 2 sur 6 » with a bar, so the young person sees how little is left.
#[component]
pub fn ProgressIndicator(
    /// 1-based number of the question on screen.
    #[prop(into)]
    current: Signal<usize>,
    total: usize,
) -> impl IntoView {
    view! {
        <div class="progress">
            <p class="progress-text">{move || tf(T::QuestionProgress, &[(Slot::N, &current.get().to_string()), (Slot::Total, &total.to_string())])}</p>
            <progress max=total value=move || current.get() aria-hidden="true"></progress>
        </div>
    }
}
