use leptos::prelude::*;

use crate::components::always_contacts::AlwaysContacts;
use crate::communes::commune_name;
use domain::dataset::{Fallback, Region};
use domain::i18n::{t, tf, Slot, T};
use crate::state::use_setup;

/// The honest page for a commune in no territory of the dataset: say plainly that no programme
/// is listed there yet, and who can help instead (the regional Collectif Mentorat where a
/// brochure gives one, and the national platform). The commune is named once its file is read;
/// offline, a commune outside the territories needs the network once to be named.
#[component]
pub fn OutsideTerritories(
    /// The commune's INSEE code, from the link.
    code: String,
    region: Option<Region>,
    fallback: Option<Fallback>,
) -> impl IntoView {
    let name = commune_name(use_setup().base, Some(code.clone()));
    let commune = move || match name.get() {
        Some(Some(found)) => found,
        _ => tf(T::OutsideUnknown, &[(Slot::Code, &code)]),
    };
    let commune_text = commune.clone();
    view! {
        <section class="notice" data-testid="outside-territories">
            <h2>{move || tf(T::OutsideTitle, &[(Slot::Commune, &commune())])}</h2>
            <p>{move || tf(T::OutsideText, &[(Slot::Commune, &commune_text())])}</p>
            {move || matches!(name.get(), Some(None)).then(|| view! { <p class="hint">{t(T::OutsideNetwork)}</p> })}
        </section>
        <AlwaysContacts territories=Vec::new() fallback region=region />
    }
}
