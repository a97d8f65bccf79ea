use leptos::prelude::*;

use crate::components::always_contacts::AlwaysContacts;
use domain::dataset::Fallback;
use domain::i18n::{t, tf, Slot, T};

/// The honest page for a territory the host preset but where no programme is listed yet: say so
/// plainly, and show the national resources instead of questions that could lead nowhere.
#[component]
pub fn NoProgrammeHere(
    /// The territory as the host wrote it.
    territory: String,
    fallback: Option<Fallback>,
) -> impl IntoView {
    view! {
        <section class="notice" data-testid="no-programme-here">
            <h2>{t(T::NothingHereTitle)}</h2>
            <p>{tf(T::NothingHereText, &[(Slot::Territory, &territory)])}</p>
        </section>
        <AlwaysContacts territories=Vec::new() fallback />
    }
}
