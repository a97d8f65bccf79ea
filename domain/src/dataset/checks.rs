//! The rules a decoded entry must follow beyond its types: ids, links, e-mails, dates, lengths,
//! evidence for every fact the matching uses.

use super::types::*;
use super::{EntryError, MAX_TEXT};
use crate::vocabulary::{Choice, Profile};

/// Where a file's brochure excerpts are: in it (the published file, which the tests read), or kept
/// apart by the build in the file it names (`extraits`): the copy the young person's app downloads
/// still says which brochure attests each fact, without the quoted words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Excerpts {
    InFile,
    Apart,
}

pub(super) fn check_territory(dataset: &Dataset, t: Territory, excerpts: Excerpts) -> Result<Territory, EntryError> {
    let fail = |field: &str, problem: String| EntryError {
        entry: "territoire",
        id: t.id.clone(),
        field: field.into(),
        problem,
        file: None,
    };
    check_id(&t.id).map_err(|p| fail("id", p))?;
    if t.id == "index" {
        return Err(fail("id", "« index » est le nom du fichier des territoires (data/index.json)".into()));
    }
    if dataset.territory(&t.id).is_some() {
        return Err(fail("id", "déjà utilisé par un autre territoire".into()));
    }
    check_email(&t.collectif_email).map_err(|p| fail("collectif_email", p))?;
    match (t.ages.min, t.ages.max) {
        (Some(min), Some(max)) if min <= max => {}
        _ => return Err(fail("ages", "min et max sont attendus, min au plus égal à max".into())),
    }
    check_source(dataset, &t.source).map_err(|p| fail("source", p))?;
    check_evidence(dataset, &t.evidence, &[Fact::Ages], excerpts).map_err(|(field, p)| fail(&field, p))?;
    Ok(t)
}

pub(super) fn check_region(dataset: &Dataset, r: Region, excerpts: Excerpts) -> Result<Region, EntryError> {
    let fail = |field: &str, problem: String| EntryError { entry: "région", id: r.code.clone(), field: field.into(), problem, file: None };
    if r.departements.is_empty() {
        return Err(fail("departements", "au moins un département est attendu".into()));
    }
    check_email(&r.collectif_email).map_err(|p| fail("collectif_email", p))?;
    check_source(dataset, &r.source).map_err(|p| fail("source", p))?;
    check_evidence(dataset, &r.evidence, &[Fact::CollectifEmail], excerpts).map_err(|(field, p)| fail(&field, p))?;
    Ok(r)
}

/// Whether a programme's id ends with `-<territory>`.
pub(super) fn names_territory(programme: &str, territory: &str) -> bool {
    programme.strip_suffix(territory).is_some_and(|rest| rest.ends_with('-'))
}

/// A text a phone can show: at most `MAX_TEXT` characters.
fn check_length(text: &str) -> Result<(), String> {
    match text.chars().count() {
        n if n > MAX_TEXT => Err(format!("texte trop long ({n} caractères, {MAX_TEXT} au plus)")),
        _ => Ok(()),
    }
}

/// The checks of a programme's mentors' facts, giving the facts that then need evidence: errors
/// name the field at fault. `Reading` says which: `check_mentoring`, or none for a reader that
/// leaves them unread.
pub(super) type MentorChecks = fn(&Mentoring) -> Result<Vec<Fact>, (&'static str, String)>;

pub(super) fn check_programme(dataset: &Dataset, p: Programme, excerpts: Excerpts, check_mentoring: MentorChecks) -> Result<Programme, EntryError> {
    let fail = |field: &str, problem: String| EntryError {
        entry: "programme",
        id: p.id.clone(),
        field: field.into(),
        problem,
        file: None,
    };
    check_id(&p.id).map_err(|e| fail("id", e))?;
    if dataset.territory(&p.territory).is_none() {
        return Err(fail("territory", format!("territoire inconnu « {} »", p.territory)));
    }
    if !names_territory(&p.id, &p.territory) {
        return Err(fail("id", format!("l'identifiant doit finir par « -{} », son territoire (un lien qui le garde dit où le trouver)", p.territory)));
    }
    for (field, text) in [
        ("association", &p.association),
        ("summary", &p.summary),
        ("line", &p.line),
        ("duration", &p.duration),
        ("frequency", &p.frequency),
        ("mentors", &p.mentors),
        ("capacity", &p.capacity),
    ] {
        if text.trim().is_empty() {
            return Err(fail(field, "texte vide".into()));
        }
        check_length(text).map_err(|problem| fail(field, problem))?;
    }
    if p.audience.stages.is_empty() {
        return Err(fail("audience.stages", "au moins une étape est attendue".into()));
    }
    if p.modalities.is_empty() {
        return Err(fail("modalities", "au moins une modalité est attendue".into()));
    }
    if p.needs.is_empty() {
        return Err(fail("needs", "au moins un besoin est attendu".into()));
    }
    if let Some(ages) = p.audience.ages {
        match (ages.min, ages.max) {
            (None, None) => return Err(fail("audience.ages", "indiquez min, max ou les deux".into())),
            (Some(min), Some(max)) if min > max => {
                return Err(fail("audience.ages", format!("âges inversés : min {min} est plus grand que max {max}")))
            }
            _ => {}
        }
    }
    let mentor_facts = check_mentoring(&p.mentoring).map_err(|(field, problem)| fail(field, problem))?;
    if !(1900..=2100).contains(&p.created) {
        return Err(fail("created", format!("année invalide : {}", p.created)));
    }
    check_web_link(&p.contact.website).map_err(|e| fail("contact.website", e))?;
    for (i, email) in p.contact.emails.iter().enumerate() {
        check_email(email).map_err(|e| fail(&format!("contact.emails[{i}]"), e))?;
    }
    for (i, phone) in p.contact.phones.iter().enumerate() {
        check_phone(phone).map_err(|e| fail(&format!("contact.phones[{i}]"), e))?;
    }
    check_source(dataset, &p.source).map_err(|e| fail("source", e))?;
    check_date(&p.checked).map_err(|e| fail("checked", e))?;
    let mut needed = vec![Fact::Stages, Fact::Modalities, Fact::Needs];
    if p.audience.ages.is_some() {
        needed.push(Fact::Ages);
    }
    if !p.audience.reserved_for.is_empty() {
        needed.push(Fact::ReservedFor);
    }
    if !p.audience.welcomes.is_empty() {
        needed.push(Fact::Welcomes);
    }
    needed.extend(mentor_facts);
    check_evidence(dataset, &p.evidence, &needed, excerpts).map_err(|(field, e)| fail(&field, e))?;
    Ok(p)
}

/// What a programme asks of its mentors (the volunteers' path), checked: lengths, at least one
/// profile, hours and months that make sense, each profile's entry once. Gives the mentors' facts
/// that need evidence.
pub(super) fn check_mentoring(mentoring: &Mentoring) -> Result<Vec<Fact>, (&'static str, String)> {
    for (field, text) in [("mentoring.frequency", &mentoring.frequency), ("mentoring.support", &mentoring.support)] {
        if let Some(text) = text {
            check_length(text).map_err(|problem| (field, problem))?;
        }
    }
    if mentoring.profiles.is_empty() {
        return Err(("mentoring.profiles", "au moins un profil de mentor est attendu".into()));
    }
    if mentoring.hours.0.iter().any(|h| h.value.min == 0 || h.value.max.is_some_and(|max| max < h.value.min)) {
        return Err(("mentoring.hours", "min est attendu, plus grand que 0, et au plus égal à max".into()));
    }
    let ages: Vec<&[Profile]> = mentoring.min_age.0.iter().map(|e| &e.profiles[..]).collect();
    check_by_profile(&ages, &mentoring.profiles).map_err(|problem| ("mentoring.min_age", problem))?;
    let hours: Vec<&[Profile]> = mentoring.hours.0.iter().map(|e| &e.profiles[..]).collect();
    check_by_profile(&hours, &mentoring.profiles).map_err(|problem| ("mentoring.hours", problem))?;
    if mentoring.months.is_some_and(|m| m.min == 0 || m.max.is_some_and(|max| max < m.min)) {
        return Err(("mentoring.months", "min est attendu, plus grand que 0, et au plus égal à max".into()));
    }
    let mut needed = vec![Fact::MentorProfiles];
    for (fact, stated) in [
        (Fact::MentorAge, !mentoring.min_age.is_unstated()),
        (Fact::MentorHours, !mentoring.hours.is_unstated()),
        (Fact::MentorMonths, mentoring.months.is_some()),
    ] {
        if stated {
            needed.push(fact);
        }
    }
    Ok(needed)
}

/// For a reader that leaves the mentors' facts unread: nothing to check, no fact to attest.
pub(super) fn mentoring_unread(_: &Mentoring) -> Result<Vec<Fact>, (&'static str, String)> {
    Ok(Vec::new())
}

/// A `ByProfile` (the profiles each entry names) says each thing once: an entry for every mentor
/// stands alone, an entry names profiles the programme recruits, and no profile is in two entries.
/// Given the profiles only, so that one copy of it serves every fact.
fn check_by_profile(entries: &[&[Profile]], recruited: &[Profile]) -> Result<(), String> {
    if entries.len() > 1 && entries.iter().any(|profiles| profiles.is_empty()) {
        return Err("une entrée sans `profiles` vaut pour tous les mentors : elle est seule".into());
    }
    let mut seen = Vec::new();
    for profile in entries.iter().flat_map(|profiles| profiles.iter()) {
        if !recruited.contains(profile) {
            return Err(format!("`{}` n'est pas dans mentoring.profiles", profile.id()));
        }
        if seen.contains(profile) {
            return Err(format!("`{}` est dans deux entrées", profile.id()));
        }
        seen.push(*profile);
    }
    Ok(())
}

/// Every excerpt names a known brochure and is a few words long (or, in a copy whose excerpts are
/// apart, is left out), and each fact the matching uses has one. Errors name the field at fault.
fn check_evidence(dataset: &Dataset, evidence: &[Evidence], needed: &[Fact], excerpts: Excerpts) -> Result<(), (String, String)> {
    for (i, e) in evidence.iter().enumerate() {
        check_source(dataset, &e.source).map_err(|p| (format!("evidence[{i}].source"), p))?;
        let left_out = e.excerpt.is_empty() && excerpts == Excerpts::Apart;
        if !left_out && e.excerpt.split_whitespace().count() < 2 {
            return Err((format!("evidence[{i}].excerpt"), "un extrait de quelques mots est attendu".into()));
        }
    }
    match needed.iter().find(|fact| !evidence.iter().any(|e| e.fact == **fact)) {
        Some(fact) => Err((fact.field().into(), "aucun extrait de brochure ne l'atteste (evidence)".into())),
        None => Ok(()),
    }
}

fn check_id(id: &str) -> Result<(), String> {
    let ok = !id.is_empty()
        && id.split('-').all(|part| !part.is_empty())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!("« {id} » n'est pas un id en minuscules sans accents, mots séparés par des tirets"))
    }
}

fn check_source(dataset: &Dataset, id: &str) -> Result<(), String> {
    if dataset.sources.iter().any(|s| s.id == id) {
        Ok(())
    } else {
        Err(format!("brochure inconnue « {id} »"))
    }
}

/// A link the app may put in an `href`: only http(s), mailto and tel are ever accepted.
pub fn check_link(link: &str) -> Result<(), String> {
    let scheme_ok = ["https://", "http://", "mailto:", "tel:"].iter().any(|s| link.starts_with(s));
    let rest_ok = link.len() > 8 && !link.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    if scheme_ok && rest_ok {
        Ok(())
    } else {
        Err(format!("« {link} » n'est pas un lien http(s), mailto ou tel valide"))
    }
}

pub(super) fn check_web_link(link: &str) -> Result<(), String> {
    check_link(link)?;
    if link.starts_with("http://") || link.starts_with("https://") {
        Ok(())
    } else {
        Err(format!("« {link} » : un site web commence par http:// ou https://"))
    }
}

fn check_email(email: &str) -> Result<(), String> {
    let parts: Vec<&str> = email.split('@').collect();
    let ok = parts.len() == 2
        && !parts[0].is_empty()
        && parts[1].contains('.')
        && !parts[1].starts_with('.')
        && !parts[1].ends_with('.')
        && email.chars().all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c));
    if ok {
        Ok(())
    } else {
        Err(format!("« {email} » n'est pas une adresse e-mail valide"))
    }
}

fn check_phone(phone: &str) -> Result<(), String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let ok = phone.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+') && (10..=12).contains(&digits.len());
    if ok {
        Ok(())
    } else {
        Err(format!("« {phone} » n'est pas un numéro de téléphone valide"))
    }
}

pub(super) fn check_date(date: &str) -> Result<(), String> {
    let parts: Vec<&str> = date.split('-').collect();
    let ok = parts.len() == 3
        && [4, 2, 2].iter().zip(&parts).all(|(len, p)| p.len() == *len && p.chars().all(|c| c.is_ascii_digit()));
    if ok {
        Ok(())
    } else {
        Err(format!("« {date} » n'est pas une date AAAA-MM-JJ"))
    }
}
