use leptos::prelude::*;

use crate::domain::url_text::{UrlProblem, PROBLEMS_SHOWN};

/// What the app could not use in the link it was opened with. The rest of the link still works.
/// A link can hold thousands of problems: the first few are listed, then how many more.
#[component]
pub fn UrlNotices(#[prop(into)] problems: Signal<Vec<UrlProblem>>) -> impl IntoView {
    view! {
        <Show when=move || !problems.with(Vec::is_empty)>
            <div class="notice" role="status">
                <p><strong>"Une partie du lien n'a pas été comprise."</strong></p>
                <ul>
                    {move || problems.with(|all| all.iter().take(PROBLEMS_SHOWN).map(|p| view! { <li>{p.to_string()}</li> }).collect_view())}
                </ul>
                {move || {
                    let more = problems.with(Vec::len).saturating_sub(PROBLEMS_SHOWN);
                    (more > 0).then(|| view! { <p>{format!("… et {more} autres passages du lien, ignorés aussi.")}</p> })
                }}
            </div>
        </Show>
    }
}
