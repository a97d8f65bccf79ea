use leptos::prelude::*;

use domain::contact::{on_card, Way};
use domain::i18n::{language, t, tf, Language, Slot, T};
use crate::state::use_setup;

/// How to reach a programme: a ready polite e-mail, its phone numbers, its website, in that
/// order; `first_only` shows what the card shows before the disclosure (`contact::on_card`: an
/// e-mail and a phone number, else the website). Each shows its
/// address written out, so that a printed sheet can be read. Links leave the app in a new tab,
/// so that an embedding page stays where it was.
#[component]
pub fn ContactLinks(
    /// The association, named to screen readers on its website's link.
    association: String,
    /// Its ways to reach it (`domain::contact::ways`, or a volunteer's).
    ways: Vec<Way>,
    first_only: bool,
    /// What the note under an e-mail link says in another language than French (the
    /// volunteers' cards give theirs: the young person's app leaves their texts out).
    #[prop(optional)]
    note: Option<T>,
) -> impl IntoView {
    // Inside a host's iframe, e-mail and phone links open outside it too.
    let outside = use_setup().config.embed.then_some("_blank");
    let hidden = tf(T::ContactWebsiteMore, &[(Slot::Name, &association)]);
    let all = ways;
    let has_email = all.iter().any(|way| matches!(way, Way::Email { .. }));
    let shown = if first_only { on_card(&all) } else { all.clone() };
    let items = shown
        .iter()
        .map(|way| {
            let (class, words, target, more) = match way {
                Way::Email { .. } => ("contact email", T::ContactEmail, outside, None),
                Way::Phone { .. } => ("contact phone", T::ContactCall, outside, None),
                Way::Website { .. } => ("contact website", T::ContactWebsite, Some("_blank"), Some(hidden.clone())),
            };
            view! {
                <li>
                    <a class=class href=way.href() target=target rel="noopener noreferrer">
                        <span>{t(words)} {more.map(|more| view! { <span class="visually-hidden">{more}</span> })}</span>
                        <small dir="ltr">{way.written()}</small>
                    </a>
                </li>
            }
        })
        .collect_view();
    // The e-mail is in French, for the association: a young person (or a volunteer) who reads
    // another language is told what it says, and why.
    let note = note.unwrap_or(T::ContactEmailNote);
    let email_note = (!first_only && language() != Language::Fr && has_email)
        .then(|| view! { <p class="email-note" data-testid="email-note">{t(note)}</p> });
    view! {
        {email_note}
        <ul class="contacts" class:first-contact=first_only>{items}</ul>
    }
}
