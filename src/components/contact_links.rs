use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::contact::{mailto, tel};
use crate::domain::dataset::Programme;
use crate::state::use_setup;

/// How to reach a programme: its website, a ready polite e-mail, its phone numbers.
/// Links leave the app in a new tab so that an embedding page stays where it was.
#[component]
pub fn ContactLinks(programme: Programme, answers: Answers) -> impl IntoView {
    // Inside a host's iframe, e-mail and phone links open outside it too.
    let outside = use_setup().config.embed.then_some("_blank");
    let website = programme.contact.website.clone();
    let domain = website.split("://").nth(1).unwrap_or(&website).trim_end_matches('/').to_owned();
    let hidden = format!(" de {}, s'ouvre dans un nouvel onglet", programme.association);
    let emails = programme
        .contact
        .emails
        .iter()
        .map(|email| {
            let href = mailto(email, &programme, &answers);
            view! {
                <li>
                    <a class="contact email" href=href target=outside rel="noopener noreferrer">
                        <span>"Écrire un e-mail"</span>
                        <small>{email.clone()}</small>
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
                        <span>"Appeler"</span>
                        <small>{phone.clone()}</small>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="contacts">
            {emails}
            {phones}
            <li>
                <a class="contact website" href=website target="_blank" rel="noopener noreferrer">
                    <span>"Voir le site internet" <span class="visually-hidden">{hidden}</span></span>
                    <small>{domain}</small>
                </a>
            </li>
        </ul>
    }
}
