//! Personas on the shipped dataset, each with the exact set of programmes worked out by hand from
//! the brochures and `docs/reading-rules.md` (the rule that decides is named where it matters).

use crate::common;

use domain::config::Config;
use domain::matching::{find, Change, Filter, Results};
use domain::place::Place;
use domain::vocabulary::Situation;

fn results(fragment: &str) -> Results<'static> {
    find(&common::answers(fragment), common::shipped())
}

fn fits(fragment: &str) -> Vec<String> {
    let mut ids: Vec<String> = results(fragment).fits.iter().map(|f| f.programme.id.clone()).collect();
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
fn sixteen_in_care_in_dunkerque_remote() {
    // Les Ombres: ASE, 14–21, « dès le collège ». Not Télémaque: its path starts « de la 5e » and
    // its only Dunkerque partner is « Collèges REP et REP + » (A2, A12): a lycéen cannot join. Afev
    // stops at 15; Proxité meets in person; Entreprendre Ensemble starts at 18; Article 1 is for
    // students.
    assert_fits("territoire=dunkerque&age=16&etape=lycee-techno&modalite=distanciel&situation=ase", &["les-ombres-dunkerque"]);
}

#[test]
fn young_refugee_job_seeker_in_roubaix() {
    // Duo for a Job (refugees, 18–33), ANAF (future apprentices, met through the Missions locales:
    // A7), Proxité (until « les premiers temps de l'insertion professionnelle ») and La Cravate
    // Solidaire (« en recherche d'emploi »). FACE needs a QPV; Afev stops at 18; Article 1 ends at
    // Bac+5 studies.
    let fragment = "territoire=roubaix&age=25&etape=recherche-emploi&modalite=indifferent&situation=refugie&besoin=insertion-pro";
    assert_fits(fragment, &["duo-for-a-job-roubaix", "anaf-roubaix", "proxite-roubaix", "la-cravate-solidaire-roubaix"]);
    assert_eq!(results(fragment).fits[0].programme.id, "duo-for-a-job-roubaix", "made for refugees: first");
}

#[test]
fn newly_arrived_job_seeker_in_roubaix_is_from_immigration() {
    // S4: someone newly arrived is « issu de l'immigration », so Duo for a Job is open, and first.
    let fragment = "territoire=roubaix&age=22&etape=recherche-emploi&situation=primo-arrivant&besoin=insertion-pro";
    assert_fits(fragment, &["duo-for-a-job-roubaix", "anaf-roubaix", "proxite-roubaix", "la-cravate-solidaire-roubaix"]);
    assert_eq!(results(fragment).fits[0].programme.id, "duo-for-a-job-roubaix");
}

#[test]
fn newly_arrived_job_seeker_in_dunkerque_in_person() {
    // Entreprendre Ensemble (18–30, language support « pour des jeunes étrangers »: S5) comes
    // before Proxité, which meets the same need but does not mention newly arrived young people.
    let fragment = "territoire=dunkerque&age=20&etape=recherche-emploi&modalite=presentiel&situation=primo-arrivant&besoin=insertion-pro";
    assert_fits(fragment, &["entreprendre-ensemble-dunkerque", "proxite-dunkerque"]);
    assert_eq!(results(fragment).fits[0].programme.id, "entreprendre-ensemble-dunkerque");
}

#[test]
fn lycee_pro_in_roubaix_in_person() {
    // Afev (5–18, its partners « Ecoles élémentaires », « Colléges », « Lycées »: A11, A12), ANAF
    // (« Colléges / lycées »: A7), Article 1 (Bac-3: A9), Proxité, C'Possible, La Clé (« du CP à la
    // terminale »), Télémaque (its partner « Lycée professionnel »: A12). Not La Cravate Solidaire
    // (« accompagner les demandeurs d'emploi »: A1, A2), not FACE (QPV), not Duo for a Job (18+,
    // reserved).
    assert_fits(
        "territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel",
        &["afev-roubaix", "anaf-roubaix", "article-1-roubaix", "proxite-roubaix", "cpossible-roubaix", "la-cle-roubaix", "telemaque-roubaix"],
    );
}

#[test]
fn living_in_a_qpv_opens_face() {
    assert_fits(
        "territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&situation=qpv",
        &[
            "afev-roubaix", "anaf-roubaix", "article-1-roubaix", "proxite-roubaix", "cpossible-roubaix", "la-cle-roubaix",
            "telemaque-roubaix", "face-roubaix",
        ],
    );
}

#[test]
fn not_knowing_about_the_qpv_never_excludes_face() {
    let results = results("territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&incertain=qpv");
    let face = results.fits.iter().find(|f| f.programme.id == "face-roubaix").expect("FACE is shown");
    assert_eq!(face.to_check, [Situation::Qpv], "with its condition spelled out");
    assert_eq!(results.fits.len(), 8);
    assert_eq!(results.fits.last().map(|f| f.programme.id.as_str()), Some("face-roubaix"), "a condition to check comes after");
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
    // Entreprendre Ensemble: « Des rendez-vous en majorité en présentiel »: some are not (M3, M5).
    assert_fits(
        "territoire=dunkerque&age=20&etape=etudes-superieures&modalite=distanciel",
        &["article-1-dunkerque", "entreprendre-ensemble-dunkerque"],
    );
}

#[test]
fn job_seeker_in_dunkerque_in_person() {
    assert_fits(
        "territoire=dunkerque&age=25&etape=recherche-emploi&modalite=presentiel",
        &["entreprendre-ensemble-dunkerque", "proxite-dunkerque"],
    );
}

#[test]
fn over_thirty_gets_the_honest_answer() {
    // « Le mentorat s'adresse aux jeunes de 5 à 30 ans » (G4): Proxité states no age, so it stops
    // at 30 too. Nothing fits, nothing asks to be younger, and the page says so.
    let fragment = "territoire=dunkerque&age=32&etape=emploi&modalite=presentiel";
    assert_fits(fragment, &[]);
    let results = results(fragment);
    assert_eq!((results.too_old, results.closest.len()), (Some(30), 0));
    // In Roubaix, a 31-year-old job seeker is told the same; Duo for a Job (to 33) is offered as
    // the closest, for refugees and people from immigration.
    let results = self::results("territoire=roubaix&age=31&etape=recherche-emploi");
    assert_eq!(results.too_old, Some(30));
    let closest: Vec<(&str, Filter, Change)> =
        results.closest.iter().map(|m| (m.programme.id.as_str(), m.filter, m.change.clone())).collect();
    assert_eq!(closest, [("duo-for-a-job-roubaix", Filter::Reserved, Change::Situation(Situation::Refugie))]);
}

#[test]
fn duo_for_a_job_takes_up_to_33() {
    // ANAF and La Cravate Solidaire state no age: they stop at the territory's 30.
    assert_fits(
        "territoire=roubaix&age=33&etape=recherche-emploi&modalite=distanciel&situation=immigration",
        &["duo-for-a-job-roubaix"],
    );
    let results = results("territoire=roubaix&age=34&etape=recherche-emploi&modalite=distanciel&situation=immigration");
    assert_eq!((results.fits.len(), results.too_old), (0, Some(33)));
}

#[test]
fn worker_in_dunkerque_wanting_remote_gets_the_closest_programmes() {
    // At 19, Entreprendre Ensemble (18–30, « en majorité en présentiel »: M3, M5).
    assert_fits("territoire=dunkerque&age=19&etape=emploi&modalite=distanciel", &["entreprendre-ensemble-dunkerque"]);
    // At 17, nothing: the closest are Article 1 (for students), Entreprendre Ensemble (from 18)
    // and Proxité (in person).
    let fragment = "territoire=dunkerque&age=17&etape=emploi&modalite=distanciel";
    assert_fits(fragment, &[]);
    let results = results(fragment);
    let mut closest: Vec<(&str, Filter)> = results.closest.iter().map(|m| (m.programme.id.as_str(), m.filter)).collect();
    closest.sort_by_key(|(id, _)| *id);
    assert_eq!(
        closest,
        [
            ("article-1-dunkerque", Filter::Stage),
            ("entreprendre-ensemble-dunkerque", Filter::Age),
            ("proxite-dunkerque", Filter::Modality)
        ]
    );
}

#[test]
fn a_host_preset_territory_with_no_programme_lists_none() {
    // A Lille web site presets its territory: no programme is listed there yet, and the page says
    // so (never Roubaix's and Dunkerque's programmes instead).
    let (config, problems) = Config::from_query("embed=1&territoire=lille");
    assert!(problems.is_empty());
    let own = common::answers("age=16&etape=lycee-pro");
    let place = Place::of(&config, &own, common::shipped());
    assert_eq!(place, Place::NotCovered("lille".into()));
    assert_eq!(place.answers(&own), None, "nothing to match");
    assert!(results("territoire=lille&age=16").fits.is_empty(), "an unknown territory matches nothing");
}
