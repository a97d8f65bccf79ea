use leptos::prelude::*;

use crate::domain::url_text::UrlProblem;

/// What the app could not use in the link it was opened with. The rest of the link still works.
#[component]
pub fn UrlNotices(#[prop(into)] problems: Signal<Vec<UrlProblem>>) -> impl IntoView {
    view! {
        <Show when=move || !problems.with(Vec::is_empty)>
            <div class="notice" role="status">
                <p><strong>"Une partie du lien n'a pas été comprise."</strong></p>
                <ul>
                    {move || problems.get().iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
