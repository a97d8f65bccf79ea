use leptos::prelude::*;

use crate::components::programme_card::ProgrammeCard;
use crate::components::volunteer_card::VolunteerCard;
use domain::answers::Answers;
use domain::dataset::Dataset;
use domain::keepers::words;
use domain::volunteer::Volunteer;

/// The programme as corrected, as a young person and a volunteer will see its card, in the page's
/// language (the language switch shows the others; the draft is kept): a text changed since its
/// translation shows in French, marked so, until the translation is redone. A programme the
/// app would leave out is said to be seen by no one.
#[component]
pub fn CardPreview(
    /// The territory's programmes as corrected, read as the app reads them.
    dataset: Dataset,
    /// The programme's id.
    id: String,
) -> impl IntoView {
    let Some(programme) = dataset.programme(&id).cloned() else {
        return view! { <p class="notice" data-testid="keepers-preview-none">{words::PREVIEW_NONE}</p> }.into_any();
    };
    view! {
        <h3>{words::PREVIEW_HEADING}</h3>
        <p>{words::PREVIEW_INTRO}</p>
        <div class="card-preview" data-testid="keepers-preview">
            <ProgrammeCard programme=programme.clone() reasons=Vec::new() conditions=Vec::new() unmet=None answers=Answers::default() />
        </div>
        <h3>{words::PREVIEW_VOLUNTEER}</h3>
        <div class="card-preview" data-testid="keepers-preview-volunteer">
            <VolunteerCard programme reasons=Vec::new() miss=None volunteer=Volunteer::default() />
        </div>
    }
    .into_any()
}
