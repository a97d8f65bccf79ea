use leptos::prelude::*;

/// Any number of answers, as big checkboxes. Each tick is recorded at once.
#[component]
pub fn MultiChoice<F>(
    /// The checkboxes' name.
    name: &'static str,
    /// (id, words shown) for each answer.
    options: Vec<(String, String)>,
    /// The ids currently ticked.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with an id and whether it is now ticked.
    on_toggle: F,
) -> impl IntoView
where
    F: Fn(String, bool) + Clone + Send + Sync + 'static,
{
    let items = options
        .into_iter()
        .map(|(id, label)| {
            let on_toggle = on_toggle.clone();
            let is_ticked = {
                let id = id.clone();
                move || selected.get().contains(&id)
            };
            let value = id.clone();
            view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        name=name
                        value=value
                        prop:checked=is_ticked
                        on:change=move |ev| on_toggle(id.clone(), event_target_checked(&ev))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="choices">{items}</div> }
}
