use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::contact::{mailto, tel};
use crate::domain::dataset::Programme;
use crate::domain::i18n::{language, t, tf, Language, T};
use crate::state::use_setup;

/// How to reach a programme: its website, a ready polite e-mail, its phone numbers.
/// Links leave the app in a new tab so that an embedding page stays where it was.
#[component]
pub fn ContactLinks(programme: Programme, answers: Answers) -> impl IntoView {
    // Inside a host's iframe, e-mail and phone links open outside it too.
    let outside = use_setup().config.embed.then_some("_blank");
    let website = programme.contact.website.clone();
    let domain = website.split("://").nth(1).unwrap_or(&website).trim_end_matches('/').to_owned();
    let hidden = tf(T::ContactWebsiteMore, &[("name", &programme.association)]);
    let emails = programme
        .contact
        .emails
        .iter()
        .map(|email| {
            let href = mailto(email, &programme, &answers);
            view! {
                <li>
                    <a class="contact email" href=href target=outside rel="noopener noreferrer">
                        <span>{t(T::ContactEmail)}</span>
                        <small dir="ltr">{email.clone()}</small>
                    </a>
                </li>
            }
        })
        .collect_view();
    let phones = programme
        .contact
        .phones
        .iter()
        .map(|phone| {
            view! {
                <li>
                    <a class="contact phone" href=tel(phone) target=outside rel="noopener noreferrer">
                        <span>{t(T::ContactCall)}</span>
                        <small dir="ltr">{phone.clone()}</small>
                    </a>
                </li>
            }
        })
        .collect_view();
    // The e-mail is in French, for the association: a young person who reads another language is
    // told what it says, and why.
    let email_note = (language() != Language::Fr && !programme.contact.emails.is_empty())
        .then(|| view! { <p class="email-note" data-testid="email-note">{t(T::ContactEmailNote)}</p> });
    view! {
        {email_note}
        <ul class="contacts">
            {emails}
            {phones}
            <li>
                <a class="contact website" href=website target="_blank" rel="noopener noreferrer">
                    <span>{t(T::ContactWebsite)} <span class="visually-hidden">{hidden}</span></span>
                    <small dir="ltr">{domain}</small>
                </a>
            </li>
        </ul>
    }
}
