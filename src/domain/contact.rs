//! Ready-made ways to reach a programme: a polite e-mail the young person can edit before sending.

use super::answers::Answers;
use super::dataset::Programme;
use super::i18n::french;
use super::url_text::encode;
use super::vocabulary::Choice;

/// A `mailto:` link with a subject and a short polite message. Only the age and the stage are
/// written in it, never a situation: the young person chooses what to tell. Always in French,
/// whatever language the app speaks: the association reads French (the page says so, in the young
/// person's language: `contact.email_note`).
pub fn mailto(email: &str, programme: &Programme, answers: &Answers) -> String {
    let subject = format!("Demande d'information sur le mentorat — {}", programme.association);
    let mut about = String::new();
    if let Some(age) = answers.age {
        about.push_str(&format!("J'ai {age} ans"));
    }
    if let Some(stage) = answers.stage {
        let stage = french(stage.label_key()).to_lowercase();
        about.push_str(&if about.is_empty() { format!("Ma situation : {stage}") } else { format!(" ({stage})") });
    }
    if !about.is_empty() {
        about.push_str(".\n");
    }
    let body = format!(
        "Bonjour,\n\nJ'ai trouvé votre programme de mentorat sur « Trouve ton mentor ». {about}\
         J'aimerais être accompagné(e) par un mentor. Pouvez-vous me dire comment faire ?\n\n\
         Merci beaucoup et bonne journée,\n"
    );
    format!("mailto:{email}?subject={}&body={}", encode(&subject), encode(&body))
}

/// A `tel:` link: the digits (and a leading +) of a phone number as printed.
pub fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}
