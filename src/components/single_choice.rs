use leptos::prelude::*;

/// One answer among a few, as big radio buttons. Picking one records it at once.
#[component]
pub fn SingleChoice<F>(
    /// The radio group's name.
    name: &'static str,
    /// (id, words shown) for each answer.
    options: Vec<(String, String)>,
    /// The id currently picked.
    #[prop(into)]
    selected: Signal<Option<String>>,
    /// Called with the id of the answer picked.
    on_pick: F,
) -> impl IntoView
where
    F: Fn(String) + Clone + Send + Sync + 'static,
{
    let items = options
        .into_iter()
        .map(|(id, label)| {
            let on_pick = on_pick.clone();
            let is_picked = {
                let id = id.clone();
                move || selected.get().as_deref() == Some(id.as_str())
            };
            let value = id.clone();
            view! {
                <label class="choice">
                    <input type="radio" name=name value=value prop:checked=is_picked on:change=move |_| on_pick(id.clone()) />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="choices">{items}</div> }
}
