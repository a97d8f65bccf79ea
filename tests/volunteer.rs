//! The volunteers' path: their answers in the fragment, each criterion of the matching on
//! hand-built programmes (independent of the shipped file), and personas on the shipped data,
//! each expected set worked out by hand from the brochures.

mod common;

use trouve_ton_mentor::domain::dataset::{Hours, Per, Programme, Span};
use trouve_ton_mentor::domain::vocabulary::{Modality, Profile};
use trouve_ton_mentor::domain::volunteer::{Volunteer, VolunteerQuestion};
use trouve_ton_mentor::domain::volunteer_matching::{find_for_volunteer, VolunteerChange, VolunteerFilter};
use trouve_ton_mentor::domain::volunteer_words::volunteer_miss_words;

fn volunteer(fragment: &str) -> Volunteer {
    let (v, problems) = Volunteer::from_fragment(fragment);
    assert!(problems.is_empty(), "{fragment}: {problems:?}");
    v
}

fn names(fragment: &str) -> Vec<String> {
    let mut found: Vec<String> = find_for_volunteer(&volunteer(fragment), common::shipped())
        .fits
        .iter()
        .map(|f| f.programme.association.clone())
        .collect();
    found.sort();
    found
}

#[test]
fn the_documented_link_reads_and_writes_back() {
    let link = "territoire=roubaix&age=68&profil=retraite&heures=10&modalite=presentiel";
    let v = volunteer(link);
    assert_eq!((v.age, v.profile, v.hours), (Some(68), Some(Profile::Retraite), Some(10)));
    assert_eq!(v.to_fragment(), link);
    let full = "question=jeunes&territoire=dunkerque&age=15&profil=lyceen&heures=4&duree=9&modalite=indifferent&etape=ecole&etape=college&besoin=scolarite&langue=uk";
    assert_eq!(volunteer(full).to_fragment(), full);
    let (_, problems) = Volunteer::from_fragment("age=14&profil=pilote&heures=0&duree=x&question=quoi&nom=z");
    assert_eq!(problems.len(), 6, "{problems:?}");
    assert_eq!(VolunteerQuestion::sequence(true).first(), Some(&VolunteerQuestion::Profil), "a preset territory is not asked");
}

/// A programme that takes every mentor, any time; change what a test needs.
fn open_programme(id: &str) -> Programme {
    let mut p = common::shipped().programmes[0].clone();
    p.id = id.into();
    p.association = id.into();
    p.territory = "roubaix".into();
    p.modalities = vec![Modality::Presentiel, Modality::Distanciel];
    p.mentoring.profiles = vec![Profile::Lyceen, Profile::Etudiant, Profile::Alternant, Profile::Salarie, Profile::AgentPublic, Profile::Retraite];
    p.mentoring.min_age = None;
    p.mentoring.hours = None;
    p.mentoring.months = None;
    p
}

fn ids_for(programmes: Vec<Programme>, fragment: &str) -> (Vec<String>, Vec<(String, VolunteerFilter)>) {
    let mut dataset = common::shipped().clone();
    dataset.programmes = programmes;
    let results = find_for_volunteer(&volunteer(fragment), &dataset);
    (
        results.fits.iter().map(|f| f.programme.id.clone()).collect(),
        results.closest.iter().map(|m| (m.programme.id.clone(), m.filter)).collect(),
    )
}

#[test]
fn each_criterion_excludes_only_when_answered_and_stated() {
    let mut students = open_programme("etudiants");
    students.mentoring.profiles = vec![Profile::Etudiant];
    let mut juniors = open_programme("vingt-et-un-ans");
    juniors.mentoring.min_age = Some(21);
    let mut weekly = open_programme("deux-heures-semaine");
    weekly.mentoring.hours = Some(Hours { min: 2, max: None, per: Per::Semaine });
    let mut long = open_programme("six-ans");
    long.mentoring.months = Some(Span { min: 72, max: None });
    let mut remote = open_programme("a-distance");
    remote.modalities = vec![Modality::Distanciel];
    let mut elsewhere = open_programme("ailleurs");
    elsewhere.territory = "dunkerque".into();
    let all = vec![students, juniors, weekly, long, remote, elsewhere];

    let (everything, _) = ids_for(all.clone(), "territoire=roubaix");
    assert_eq!(everything.len(), 5, "no answer excludes nothing but the territory");
    let (fits, _) = ids_for(all.clone(), "territoire=roubaix&profil=retraite");
    assert!(!fits.contains(&"etudiants".to_owned()) && fits.len() == 4);
    let (fits, _) = ids_for(all.clone(), "territoire=roubaix&age=19");
    assert!(!fits.contains(&"vingt-et-un-ans".to_owned()) && fits.len() == 4);
    // A week counts 4.3 times: 2 h a week asks 8.6 h a month.
    let (fits, _) = ids_for(all.clone(), "territoire=roubaix&heures=8");
    assert!(!fits.contains(&"deux-heures-semaine".to_owned()));
    let (fits, _) = ids_for(all.clone(), "territoire=roubaix&heures=9");
    assert!(fits.contains(&"deux-heures-semaine".to_owned()));
    let (fits, _) = ids_for(all.clone(), "territoire=roubaix&duree=9");
    assert!(!fits.contains(&"six-ans".to_owned()) && fits.len() == 4);
    let (fits, _) = ids_for(all.clone(), "territoire=roubaix&modalite=presentiel");
    assert!(!fits.contains(&"a-distance".to_owned()));
    let (fits, _) = ids_for(all, "territoire=roubaix&modalite=indifferent");
    assert_eq!(fits.len(), 5, "either way keeps both");
}

#[test]
fn near_misses_are_answers_one_can_change_never_an_age_or_who_one_is() {
    let mut weekly = open_programme("deux-heures-semaine");
    weekly.mentoring.hours = Some(Hours { min: 2, max: None, per: Per::Semaine });
    weekly.mentoring.profiles = vec![Profile::Retraite];
    let mut juniors = open_programme("vingt-et-un-ans");
    juniors.mentoring.min_age = Some(21);
    let mut students = open_programme("etudiants");
    students.mentoring.profiles = vec![Profile::Etudiant];
    let (fits, closest) = ids_for(vec![weekly.clone(), juniors, students], "territoire=roubaix&age=19&profil=retraite&heures=3");
    assert!(fits.is_empty());
    assert_eq!(closest, [("deux-heures-semaine".to_owned(), VolunteerFilter::Hours)]);
    let mut dataset = common::shipped().clone();
    dataset.programmes = vec![weekly];
    let v = volunteer("territoire=roubaix&profil=retraite&heures=3");
    let miss = &find_for_volunteer(&v, &dataset).closest[0];
    assert_eq!(miss.change, VolunteerChange::Hours(9));
    assert_eq!(volunteer_miss_words(miss), "Si vous pouviez donner 9 h par mois, ce programme vous correspondrait.");
    assert_eq!(miss.change.apply(&v).hours, Some(9));
}

#[test]
fn a_retiree_of_68_in_roubaix_with_10_hours_a_month_in_person() {
    assert_eq!(
        names("territoire=roubaix&age=68&profil=retraite&heures=10&modalite=presentiel"),
        ["C'Possible", "Duo for a Job", "FACE", "La Clé"],
        "Afev's mentors are students; ANAF, Article 1, Proxité, La Cravate Solidaire and Télémaque look for people at work"
    );
}

#[test]
fn a_student_of_20_in_roubaix_with_a_school_year() {
    // Afev (students, 2 h a week), La Clé (students): 9 h a month and a school year fit both.
    assert_eq!(names("territoire=roubaix&age=20&profil=etudiant&heures=9&duree=9"), ["Afev", "La Clé"]);
    // With 4 hours a month for 3 months nothing fits; La Clé asks only a longer commitment (a school
    // year) and is the closest; Afev asks both more hours and longer, so it is not offered.
    let v = volunteer("territoire=roubaix&age=20&profil=etudiant&heures=4&duree=3");
    let results = find_for_volunteer(&v, common::shipped());
    assert!(results.fits.is_empty());
    let closest: Vec<(&str, &VolunteerChange)> = results.closest.iter().map(|m| (m.programme.id.as_str(), &m.change)).collect();
    assert_eq!(closest, [("la-cle-roubaix", &VolunteerChange::Months(9))]);
    assert_eq!(volunteer_miss_words(&results.closest[0]), "Si vous pouviez vous engager une année scolaire, ce programme vous correspondrait.");
}

#[test]
fn a_lyceen_of_16_in_dunkerque_and_an_apprentice_of_19_in_roubaix() {
    // Afev's high-school pupils lead group workshops in Dunkerque.
    assert_eq!(names("territoire=dunkerque&age=16&profil=lyceen"), ["Afev"]);
    // ANAF's junior mentors are apprentices of 21 or more: at 19, Afev takes work-study students.
    assert_eq!(names("territoire=roubaix&age=19&profil=alternant"), ["Afev"]);
    assert_eq!(names("territoire=roubaix&age=23&profil=alternant"), ["ANAF", "Afev"]);
}

#[test]
fn a_public_servant_in_dunkerque_ranks_first_what_meets_the_young_people_they_want_to_help() {
    let v = volunteer("territoire=dunkerque&age=45&profil=agent-public&etape=recherche-emploi&etape=emploi");
    let fits = find_for_volunteer(&v, common::shipped()).fits;
    let order: Vec<&str> = fits.iter().map(|f| f.programme.association.as_str()).collect();
    assert_eq!(order, ["Entreprendre Ensemble", "Télémaque"], "Entreprendre Ensemble accompanies job seekers and young workers");
}
