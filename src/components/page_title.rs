use leptos::prelude::*;

/// The page's title in the browser (`domain::titles`): the one place a title is set. Each page
/// draws one; a title that follows the page (the question on screen, the results' count) is set
/// again when it changes, after the page is drawn.
#[component]
pub fn PageTitle(
    /// The whole title.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    Effect::new(move |_| text.with(|text| document().set_title(text)));
}
