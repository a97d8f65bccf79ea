use leptos::prelude::*;

/// A whole number typed in digits (an age, hours a month). What is typed stays in the field; only
/// a number within its bounds is recorded.
#[component]
pub fn NumberField(
    /// The input's id.
    id: &'static str,
    /// What to type, shown above the field.
    label: &'static str,
    min: u8,
    max: u8,
    /// The recorded number, to fill the field when coming back to the question.
    initial: Option<u8>,
    /// Ids of the texts that describe the field (why it is asked, the error).
    describedby: &'static str,
    /// Whether the error under the field is shown.
    #[prop(into)]
    invalid: Signal<bool>,
    /// Called with the number when the text is one within the bounds, `None` otherwise.
    #[prop(into)]
    on_number: Callback<Option<u8>>,
) -> impl IntoView {
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        on_number.run(text.trim().parse::<u8>().ok().filter(|n| (min..=max).contains(n)));
    };
    view! {
        <div class="age-field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                pattern="[0-9]*"
                maxlength="2"
                autocomplete="off"
                aria-describedby=describedby
                aria-invalid=move || if invalid.get() { "true" } else { "false" }
                // The property, not the attribute: when the next question's field takes this one's
                // place, the text typed here (« 67 ») must not stay in it as an answer never given.
                prop:value=initial.map(|a| a.to_string()).unwrap_or_default()
                on:input=on_input
            />
        </div>
    }
}
