use leptos::prelude::*;

use domain::i18n::{plural, t, T};
use domain::url_text::{UrlProblem, PROBLEMS_SHOWN};

/// What the app could not use in the link it was opened with. The rest of the link still works.
/// A link can hold thousands of problems: the first few are listed, then how many more.
#[component]
pub fn UrlNotices(#[prop(into)] problems: Signal<Vec<UrlProblem>>) -> impl IntoView {
    move || {
        problems.with(|all| {
            let more = all.len().saturating_sub(PROBLEMS_SHOWN);
            (!all.is_empty()).then(|| {
                view! {
                    <div class="notice" role="status">
                        <p><strong>{t(T::LinkTitle)}</strong></p>
                        <ul>{all.iter().take(PROBLEMS_SHOWN).map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
                        {(more > 0).then(|| view! { <p>{plural(T::LinkMore, more as u64)}</p> })}
                    </div>
                }
            })
        })
    }
}
