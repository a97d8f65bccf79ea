use leptos::prelude::*;

use crate::loading::DatasetResource;
use crate::state::use_setup;
use domain::contact::report_mailto;
use domain::dataset::Programme;
use domain::i18n::{t, T};

/// « Signaler une information fausse »: a pre-filled e-mail to the territory's Collectif Mentorat
/// naming the programme, its « vérifié le » and the data's date, nothing about who writes; the
/// line after it says, in the page's language, that the e-mail shows their address and is in
/// French. Nothing when the territory is not in the data read. Inside a host's iframe it opens
/// outside it, as the contacts do.
/// A plain function, not a component: it has no state, and the young person's wasm is lighter
/// without a component's props.
pub fn report_wrong(programme: &Programme, note: T) -> Option<impl IntoView> {
    let href = expect_context::<DatasetResource>().get()?.ok().and_then(|data| {
        let collectif = &data.territory(&programme.territory)?.collectif_email;
        Some(report_mailto(collectif, programme, &data.updated))
    })?;
    Some(view! {
        <p class="report-wrong no-print">
            <a href=href target=use_setup().config.embed.then_some("_blank") data-testid="report-wrong">{t(T::CardReport)}</a>
            <small>{t(note)}</small>
        </p>
    })
}
