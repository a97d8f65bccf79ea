//! Ready-made ways to reach a programme: a polite e-mail the young person (or the volunteer) can
//! edit before sending.

use super::answers::Answers;
use super::case::lowered;
use super::dataset::Programme;
use super::i18n::french;
use super::url_text::encode;
use super::vocabulary::Choice;
use super::volunteer::Volunteer;

/// A `mailto:` link with a subject and a short polite message. Only the age and the stage are
/// written in it, never a situation: the young person chooses what to tell. Always in French,
/// whatever language the app speaks: the association reads French (the page says so, in the young
/// person's language: `contact.email_note`).
pub fn mailto(email: &str, programme: &Programme, answers: &Answers) -> String {
    let subject = ["Demande d'information sur le mentorat — ", &programme.association].concat();
    let mut about = String::new();
    if let Some(age) = answers.age {
        about.push_str(&format!("J'ai {age} ans"));
    }
    if let Some(stage) = answers.stage {
        let stage = lowered(&french(stage.label_key()));
        about.push_str(&if about.is_empty() { ["Ma situation : ", &stage].concat() } else { [" (", &stage, ")"].concat() });
    }
    if !about.is_empty() {
        about.push_str(".\n");
    }
    let body = [
        "Bonjour,\n\nJ'ai trouvé votre programme de mentorat sur « Trouve ton mentor ». ",
        &about,
        "J'aimerais être accompagné(e) par un mentor. Pouvez-vous me dire comment faire ?\n\nMerci beaucoup et bonne journée,\n",
    ]
    .concat();
    mail_link(email, &subject, &body)
}

/// A `mailto:` link: its subject and body percent-encoded.
pub fn mail_link(to: &str, subject: &str, body: &str) -> String {
    ["mailto:", to, "?subject=", &encode(subject), "&body=", &encode(body)].concat()
}

/// A volunteer's `mailto:` link to an association: they want to become a mentor, with their age,
/// who they are and the time they can give, if they said. In French, as the young person's.
pub fn volunteer_mailto(email: &str, programme: &Programme, volunteer: &Volunteer) -> String {
    let subject = format!("Devenir mentor bénévole — {}", programme.association);
    let mut about = String::new();
    if let Some(age) = volunteer.age {
        about.push_str(&format!("J'ai {age} ans. "));
    }
    if let Some(profile) = volunteer.profile {
        about.push_str(&format!("Je suis {}. ", lowered(&french(profile.label_key()))));
    }
    if let Some(hours) = volunteer.hours {
        about.push_str(&format!("Je peux donner environ {hours} h par mois. "));
    }
    let body = format!(
        "Bonjour,\n\nJ'ai trouvé votre programme de mentorat sur « Trouve ton mentor ». \
         Je souhaite devenir mentor bénévole. {about}\n\
         Pouvez-vous me dire comment faire ?\n\n\
         Merci beaucoup et bonne journée,\n"
    );
    mail_link(email, &subject, &body)
}

/// « Signaler une information fausse »: a `mailto:` link to the territory's Collectif Mentorat
/// whose subject names the programme (its name and id), when it was last checked and the data's
/// date (`updated`), so that the coordinator finds the entry to correct. Nothing about the person who
/// writes: no answer, no age. In French, for the Collectif (the link says so in the page's
/// language).
pub fn report_mailto(collectif: &str, programme: &Programme, updated: &str) -> String {
    let about = [&programme.association, " (", &programme.id, "), vérifié le ", &programme.checked, ", données du ", updated].concat();
    mail_link(collectif, &["Information à corriger : ", &about].concat(), "Ce qui serait juste :\n\n")
}

/// A `tel:` link: the digits (and a leading +) of a phone number as printed.
pub fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// A way to reach a programme: its link, and its address as written on paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Way {
    Email { href: String, address: String },
    Phone { href: String, number: String },
    Website { href: String },
}

impl Way {
    pub fn href(&self) -> String {
        match self {
            Way::Email { href, .. } | Way::Phone { href, .. } | Way::Website { href } => href.clone(),
        }
    }

    /// The address written out: the e-mail, the phone number, the site without `https://`.
    pub fn written(&self) -> String {
        match self {
            Way::Email { address, .. } => address.clone(),
            Way::Phone { number, .. } => number.clone(),
            Way::Website { href } => href.split("://").nth(1).unwrap_or(href).trim_end_matches('/').to_owned(),
        }
    }
}

/// Every way to reach a programme, the most direct first: its e-mails (pre-filled), its phones,
/// its website.
pub fn ways(programme: &Programme, answers: &Answers) -> Vec<Way> {
    ways_with(programme, |email| mailto(email, programme, answers))
}

/// The same, for a volunteer (`volunteer_mailto`).
pub fn volunteer_ways(programme: &Programme, volunteer: &Volunteer) -> Vec<Way> {
    ways_with(programme, |email| volunteer_mailto(email, programme, volunteer))
}

fn ways_with(programme: &Programme, mailto: impl Fn(&str) -> String) -> Vec<Way> {
    let contact = &programme.contact;
    let emails = contact.emails.iter().map(|e| Way::Email { href: mailto(e), address: e.clone() });
    let phones = contact.phones.iter().map(|p| Way::Phone { href: tel(p), number: p.clone() });
    emails.chain(phones).chain([Way::Website { href: contact.website.clone() }]).collect()
}

/// The ways a card shows before « En savoir plus »: the first e-mail and the first phone number
/// the data has (a young person without e-mail can call), else the website.
pub fn on_card(ways: &[Way]) -> Vec<Way> {
    let email = ways.iter().find(|w| matches!(w, Way::Email { .. }));
    let phone = ways.iter().find(|w| matches!(w, Way::Phone { .. }));
    let direct: Vec<Way> = email.into_iter().chain(phone).cloned().collect();
    if direct.is_empty() {
        ways.iter().take(1).cloned().collect()
    } else {
        direct
    }
}
