use leptos::prelude::*;

use domain::i18n::{date, language, t, tf, Slot, T};
use domain::url_text::encode;
use crate::share::Qr;

/// What only the printed sheet shows above the programmes: the day it was printed, the answers in
/// one line, and the QR code of the shared link with the link written out, so that a counsellor
/// can hand the sheet over and the young person find the same list again. The link carries no
/// language (`share.safer`), so the sheet says, in its own, how to read it in that language again.
#[component]
pub fn PrintSheet(
    /// The answers in one line.
    answers_line: String,
    /// The link the sheet leads back to (the safer one, as « Partager »).
    #[prop(into)]
    url: Signal<String>,
    /// Its QR code, with the link it was drawn for (once « Imprimer » is pressed).
    #[prop(into)]
    qr: Signal<Option<(String, Qr)>>,
) -> impl IntoView {
    let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let printed = tf(T::PrintSheet, &[(Slot::Date, &date(today.get(..10).unwrap_or_default()))]);
    let reopen = tf(T::PrintLanguage, &[(Slot::Language, language().own_name())]);
    view! {
        <div class="print-only print-sheet" data-testid="print-sheet">
            <p>{printed}</p>
            <p>{answers_line}</p>
            // Only the QR code of the link written under it.
            {move || {
                let code = qr.with(|q| q.as_ref().filter(|(drawn, _)| url.with(|u| u == drawn)).map(|(_, code)| code.clone()));
                let (image, words) = match code {
                    Some(Qr::Drawn(svg)) => {
                        let src = format!("data:image/svg+xml,{}", encode(&svg));
                        (Some(view! { <img alt="" width="160" height="160" src=src /> }), T::PrintQr)
                    }
                    Some(Qr::TooLong) => (None, T::PrintQrTooLong),
                    None => (None, T::PrintLink),
                };
                view! {
                    <figure class="qr">
                        {image}
                        <figcaption>{t(words)} " " <span dir="ltr">{url.get()}</span></figcaption>
                    </figure>
                    <p data-testid="print-language">{reopen.clone()}</p>
                }
            }}
        </div>
    }
}
