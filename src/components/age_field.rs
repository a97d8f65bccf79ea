use leptos::prelude::*;

use crate::domain::answers::{AGE_MAX, AGE_MIN};
use crate::domain::i18n::{t, T};

/// The age, typed in digits. What is typed stays in the field; only a valid age is recorded.
#[component]
pub fn AgeField(
    /// The recorded age, to fill the field when coming back to the question.
    initial: Option<u8>,
    /// Ids of the texts that describe the field (why it is asked, the error).
    describedby: &'static str,
    /// Whether the error under the field is shown.
    #[prop(into)]
    invalid: Signal<bool>,
    /// Called with the age when the text is a valid age, `None` otherwise.
    #[prop(into)]
    on_age: Callback<Option<u8>>,
) -> impl IntoView {
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        let age = text.trim().parse::<u8>().ok().filter(|a| (AGE_MIN..=AGE_MAX).contains(a));
        on_age.run(age);
    };
    view! {
        <div class="age-field">
            <label for="age">{t(T::QuestionAgeLabel)}</label>
            <input
                id="age"
                type="text"
                inputmode="numeric"
                pattern="[0-9]*"
                maxlength="2"
                autocomplete="off"
                aria-describedby=describedby
                aria-invalid=move || if invalid.get() { "true" } else { "false" }
                value=initial.map(|a| a.to_string()).unwrap_or_default()
                on:input=on_input
            />
        </div>
    }
}
