use leptos::prelude::*;

/// The programmes listed for the answers, under the heading that counts them: the young person's
/// results and selection and a volunteer's results each draw their cards in it, so the list and
/// its heading are labelled alike everywhere (`aria-labelledby`, `data-testid="results"`).
#[component]
pub fn ResultsList(
    /// The heading (« 3 programmes pour toi »).
    heading: String,
    /// What the heading leads to, before the cards (why the first is first; an empty selection).
    #[prop(default = None)]
    lead: Option<AnyView>,
    /// The cards, each in its `<li>`.
    children: Children,
) -> impl IntoView {
    view! {
        <h2 class="count" id="fits-title">{heading}</h2>
        {lead}
        <ol class="cards" data-testid="results" aria-labelledby="fits-title">{children()}</ol>
    }
}
