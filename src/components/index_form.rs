use leptos::prelude::*;

use domain::keepers::form::{edited_collectif, index_territories};
use domain::keepers::{describe, words};

/// The index's form: each territory's Collectif Mentorat e-mail, which every result page shows;
/// each edit rewrites only that value in `text`, which the page checks again at once.
#[component]
pub fn IndexForm(
    /// The index as corrected so far.
    text: RwSignal<String>,
) -> impl IntoView {
    let refused = RwSignal::new(None::<String>);
    let territories = text.with_untracked(|t| index_territories(t));
    view! {
        <h2>{words::INDEX_FORM_HEADING}</h2>
        <div class="programme-form" data-testid="keepers-index-form">
            {territories.into_iter().map(|territory| {
                let id = format!("keepers-collectif-{}", territory.id);
                let label = format!("{} — {} ({})", describe("collectif_email").label, territory.area, territory.id);
                let at = territory.index;
                view! {
                    <p>
                        <label for=id.clone()>{label}</label>
                        <input type="email" id=id prop:value=territory.collectif_email on:change=move |e| {
                            let made = text.with_untracked(|t| edited_collectif(t, at, &event_target_value(&e)));
                            match made {
                                Ok(changed) => {
                                    refused.set(None);
                                    text.set(changed);
                                }
                                Err(why) => refused.set(Some(why)),
                            }
                        } />
                    </p>
                }
            }).collect_view()}
            {move || refused.get().map(|why| view! { <p class="notice" role="alert">{why}</p> })}
        </div>
    }
}
