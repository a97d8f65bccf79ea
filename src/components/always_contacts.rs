use leptos::prelude::*;

use domain::dataset::{Fallback, Region, Territory};
use domain::i18n::{t, tf, Slot, T};
use domain::programme_texts::{shown, Field};

/// Always there, whatever the results: the local Collectif Mentorat and the national platform.
/// The young person's words by default; the volunteers' results give their own (« vous »).
#[component]
pub fn AlwaysContacts(
    /// The territories to show the Collectif Mentorat of (the one answered, or all).
    territories: Vec<Territory>,
    fallback: Option<Fallback>,
    /// The regional Collectif Mentorat, for a commune in no territory.
    #[prop(default = None)]
    region: Option<Region>,
    /// What the people listed do for the reader (none: each line says it).
    #[prop(default = Some(T::AlwaysIntro))]
    intro: Option<T>,
    /// A territory's Collectif Mentorat (`{area}`).
    #[prop(default = T::AlwaysCollectif)]
    collectif: T,
    /// The national platform (`{name}`).
    #[prop(default = T::AlwaysNational)]
    national: T,
) -> impl IntoView {
    let regional = region.map(|r| {
        let href = format!("mailto:{}", r.collectif_email);
        view! {
            <li>
                {tf(T::AlwaysRegion, &[(Slot::Region, &r.name)])}
                <a href=href dir="ltr">{r.collectif_email.clone()}</a>
            </li>
        }
    });
    let collectifs = territories
        .into_iter()
        .map(|t| {
            let href = format!("mailto:{}", t.collectif_email);
            view! {
                <li>
                    {tf(collectif, &[(Slot::Area, shown(&t.id, Field::Area, &t.area).text)])}
                    <a href=href dir="ltr">{t.collectif_email.clone()}</a>
                </li>
            }
        })
        .collect_view();
    let national = fallback.map(|f| {
        view! {
            <li>
                {tf(national, &[(Slot::Name, &f.name)])}
                <a href=f.website.clone() target="_blank" rel="noopener noreferrer" dir="ltr">
                    {f.website.trim_start_matches("https://").trim_end_matches('/').to_owned()}
                </a>
            </li>
        }
    });
    view! {
        <section class="always" aria-labelledby="always-title" data-testid="always-contacts">
            <h2 id="always-title">{t(T::AlwaysTitle)}</h2>
            <p>{intro.map(t)}</p>
            <ul>
                {collectifs}
                {regional}
                {national}
            </ul>
        </section>
    }
}
