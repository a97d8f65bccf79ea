use leptos::prelude::*;

use domain::choices::ChoiceGroup;

/// A group of answers as big radio buttons (one answer) or checkboxes (any number). Each pick is
/// recorded at once. One component, not generic over its handler: one copy of this code serves
/// every question.
#[component]
pub fn Choices(
    group: ChoiceGroup,
    /// The ids currently picked.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with an id and whether it is now picked.
    #[prop(into)]
    on_change: Callback<(String, bool)>,
) -> impl IntoView {
    let kind = if group.multiple { "checkbox" } else { "radio" };
    let items = group
        .options
        .into_iter()
        .map(|(id, label)| {
            let is_picked = {
                let id = id.clone();
                move || selected.with(|picked| picked.contains(&id))
            };
            let value = id.clone();
            view! {
                <label class="choice">
                    <input
                        type=kind
                        name=group.key
                        value=value
                        prop:checked=is_picked
                        on:change=move |ev| on_change.run((id.clone(), event_target_checked(&ev)))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="choices">{items}</div> }
}
