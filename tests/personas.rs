//! Personas on the shipped dataset, each with the exact set of programmes worked out by hand from
//! the brochures (ages, stages, ways of meeting and reserved situations as printed).

mod common;

use trouve_ton_mentor::domain::matching::{find, Filter};

fn fits(fragment: &str) -> Vec<String> {
    let dataset = common::shipped();
    let results = find(&common::answers(fragment), &dataset.programmes);
    let mut ids: Vec<String> = results.fits.iter().map(|f| f.programme.id.clone()).collect();
    ids.sort();
    ids
}

#[track_caller]
fn assert_fits(fragment: &str, expected: &[&str]) {
    let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(fits(fragment), expected, "{fragment}");
}

#[test]
fn sixteen_in_care_in_dunkerque_remote_gets_les_ombres() {
    // Afev Dunkerque stops at 15; Proxité and Entreprendre Ensemble meet in person; Télémaque does
    // not take the voie technologique; Article 1 is for students.
    assert_fits("territoire=dunkerque&age=16&etape=lycee-techno&modalite=distanciel&situation=ase", &["les-ombres-dunkerque"]);
}

#[test]
fn young_refugee_job_seeker_in_roubaix() {
    assert_fits(
        "territoire=roubaix&age=25&etape=recherche-emploi&modalite=indifferent&situation=refugie&besoin=insertion-pro",
        &["duo-for-a-job-roubaix", "anaf-roubaix", "proxite-roubaix", "la-cravate-solidaire-roubaix"],
    );
    let dataset = common::shipped();
    let answers = common::answers("territoire=roubaix&age=25&etape=recherche-emploi&situation=refugie&besoin=insertion-pro");
    let results = find(&answers, &dataset.programmes);
    assert_eq!(results.fits[0].programme.id, "duo-for-a-job-roubaix", "made for refugees: first");
}

#[test]
fn lycee_pro_in_roubaix_in_person() {
    assert_fits(
        "territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel",
        &["afev-roubaix", "anaf-roubaix", "article-1-roubaix", "proxite-roubaix", "cpossible-roubaix", "la-cle-roubaix", "telemaque-roubaix"],
    );
}

#[test]
fn living_in_a_qpv_opens_face() {
    assert_fits(
        "territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&situation=qpv",
        &["afev-roubaix", "anaf-roubaix", "article-1-roubaix", "proxite-roubaix", "cpossible-roubaix", "la-cle-roubaix", "telemaque-roubaix", "face-roubaix"],
    );
}

#[test]
fn not_knowing_about_the_qpv_never_excludes_face() {
    let dataset = common::shipped();
    let answers = common::answers("territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&incertain=qpv");
    let results = find(&answers, &dataset.programmes);
    let face = results.fits.iter().find(|f| f.programme.id == "face-roubaix").expect("FACE is shown");
    assert_eq!(face.to_check.len(), 1, "with its condition spelled out");
    assert_eq!(results.fits.len(), 8);
}

#[test]
fn ten_year_old_in_dunkerque() {
    assert_fits("territoire=dunkerque&age=10&etape=ecole&modalite=indifferent", &["afev-dunkerque"]);
}

#[test]
fn eight_year_old_in_roubaix() {
    assert_fits("territoire=roubaix&age=8&etape=ecole&modalite=indifferent", &["afev-roubaix", "la-cle-roubaix"]);
}

#[test]
fn student_in_dunkerque_remote() {
    assert_fits("territoire=dunkerque&age=20&etape=etudes-superieures&modalite=distanciel", &["article-1-dunkerque"]);
}

#[test]
fn job_seeker_in_dunkerque_in_person() {
    assert_fits(
        "territoire=dunkerque&age=25&etape=recherche-emploi&modalite=presentiel",
        &["entreprendre-ensemble-dunkerque", "proxite-dunkerque"],
    );
}

#[test]
fn thirty_two_year_old_worker_in_dunkerque() {
    // Entreprendre Ensemble stops at 30.
    assert_fits("territoire=dunkerque&age=32&etape=emploi&modalite=presentiel", &["proxite-dunkerque"]);
}

#[test]
fn duo_for_a_job_takes_up_to_33() {
    assert_fits("territoire=roubaix&age=33&etape=recherche-emploi&modalite=distanciel&situation=immigration", &["anaf-roubaix", "duo-for-a-job-roubaix", "la-cravate-solidaire-roubaix"]);
    assert_fits("territoire=roubaix&age=34&etape=recherche-emploi&modalite=distanciel&situation=immigration", &["anaf-roubaix", "la-cravate-solidaire-roubaix"]);
}

#[test]
fn worker_in_dunkerque_wanting_remote_gets_the_closest_programmes() {
    let fragment = "territoire=dunkerque&age=19&etape=emploi&modalite=distanciel";
    assert_fits(fragment, &[]);
    let dataset = common::shipped();
    let answers = common::answers(fragment);
    let results = find(&answers, &dataset.programmes);
    let mut closest: Vec<(&str, Filter)> =
        results.closest.iter().map(|m| (m.programme.id.as_str(), m.filter)).collect();
    closest.sort_by_key(|(id, _)| *id);
    assert_eq!(
        closest,
        [
            ("article-1-dunkerque", Filter::Stage),
            ("entreprendre-ensemble-dunkerque", Filter::Modality),
            ("proxite-dunkerque", Filter::Modality)
        ]
    );
}
