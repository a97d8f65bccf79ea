//! Matching on the shipped data: every filter, the ranking and the no-match fallback, and random
//! answers. The rules themselves are tested on hand-built programmes in `rules.rs`.

use crate::common;

use proptest::prelude::*;
use domain::answers::{Answers, AGE_MAX, AGE_MIN};
use domain::matching::{ages_taken, find, Change, Filter};
use domain::reasons::{fit_reasons, miss_explanation};
use domain::vocabulary::{Choice, ModalityPreference, Need, Situation, Stage};

fn fit_ids(fragment: &str) -> Vec<String> {
    let dataset = common::shipped();
    find(&common::answers(fragment), dataset).fits.iter().map(|f| f.programme.id.clone()).collect()
}

#[test]
fn no_answer_keeps_every_programme_not_reserved_to_a_situation() {
    // Duo for a Job, FACE and Les Ombres are reserved: ticking no situation says « not me ».
    assert_eq!(fit_ids("").len(), 13);
    assert_eq!(fit_ids("situation=ase&situation=refugie&situation=qpv").len(), 16);
}

#[test]
fn territory_filters() {
    let ids = fit_ids("territoire=dunkerque&situation=ase");
    assert_eq!(ids.len(), 6);
    assert!(ids.iter().all(|id| id.ends_with("-dunkerque")));
}

#[test]
fn ages_are_the_programme_s_or_the_territory_s_5_to_30() {
    // Afev (5–15), Entreprendre Ensemble (18–30) and Les Ombres (14–21) state ages; the others
    // take the territory's 5 to 30.
    let ids = fit_ids("territoire=dunkerque&age=16&situation=ase");
    assert!(!ids.contains(&"afev-dunkerque".to_string()) && !ids.contains(&"entreprendre-ensemble-dunkerque".to_string()), "{ids:?}");
    assert_eq!(ids.len(), 4, "{ids:?}");
    assert!(fit_ids("territoire=dunkerque&age=31&situation=ase").is_empty());
    // Only Duo for a Job takes people up to 33, and only refugees or people from immigration.
    assert_eq!(fit_ids("territoire=roubaix&age=32&situation=immigration"), ["duo-for-a-job-roubaix"]);
    let dataset = common::shipped();
    let results = find(&common::answers("territoire=roubaix&age=34&situation=immigration"), dataset);
    assert_eq!((results.fits.len(), results.closest.len(), results.too_old), (0, 0, Some(33)));
}

#[test]
fn stage_filters() {
    let ids = fit_ids("territoire=roubaix&etape=ecole");
    assert_eq!(ids.len(), 2, "{ids:?}");
}

#[test]
fn modality_filters_and_no_preference_keeps_both() {
    let remote = fit_ids("territoire=dunkerque&modalite=distanciel&situation=ase");
    assert!(!remote.contains(&"proxite-dunkerque".to_string()));
    assert!(remote.contains(&"les-ombres-dunkerque".to_string()));
    let in_person = fit_ids("territoire=dunkerque&modalite=presentiel&situation=ase");
    assert!(!in_person.contains(&"les-ombres-dunkerque".to_string()));
    assert_eq!(fit_ids("territoire=dunkerque&modalite=indifferent&situation=ase").len(), 6);
}

#[test]
fn reserved_situations_filter() {
    let without = fit_ids("territoire=dunkerque&age=16&etape=lycee-pro");
    assert!(!without.contains(&"les-ombres-dunkerque".to_string()));
    let with = fit_ids("territoire=dunkerque&age=16&etape=lycee-pro&situation=ase");
    assert!(with.contains(&"les-ombres-dunkerque".to_string()));
}

#[test]
fn needs_rank_but_never_exclude() {
    let plain = fit_ids("territoire=roubaix&age=12&etape=college");
    let with_need = fit_ids("territoire=roubaix&age=12&etape=college&besoin=ouverture");
    let (mut a, mut b) = (plain.clone(), with_need.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b, "same set");
    let dataset = common::shipped();
    let results = find(&common::answers("territoire=roubaix&age=12&etape=college&besoin=ouverture"), dataset);
    let ranks: Vec<_> = results.fits.iter().map(|f| f.rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "best first: {ranks:?}");
    assert!(results.fits[0].programme.needs.contains(&Need::Ouverture));
}

#[test]
fn reasons_are_plain_words() {
    let dataset = common::shipped();
    let answers = common::answers("territoire=dunkerque&age=16&etape=lycee-techno&modalite=distanciel&situation=ase&besoin=orientation");
    let results = find(&answers, dataset);
    let reasons = fit_reasons(&answers, &results.fits[0]);
    assert_eq!(reasons.iter().map(|r| r.tells).collect::<Vec<_>>(), [true, false, false, false, false], "only the situation's reason tells it");
    let reasons: Vec<&str> = reasons.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "Fait pour les jeunes de l'Aide sociale à l'enfance",
            "Pour les 14–21 ans",
            "Pour les lycéens (voie technologique)",
            "À distance",
            "Aide pour choisir ses études ou son métier"
        ]
    );
}

#[test]
fn near_misses_name_the_filter_and_the_change() {
    let dataset = common::shipped();
    let answers = common::answers("territoire=dunkerque&age=17&etape=emploi&modalite=distanciel");
    let results = find(&answers, dataset);
    assert!(results.fits.is_empty());
    let proxite = results.closest.iter().find(|m| m.programme.id == "proxite-dunkerque").unwrap();
    assert_eq!(proxite.filter, Filter::Modality);
    assert_eq!(proxite.change, Change::Modality(ModalityPreference::Indifferent));
    assert!(miss_explanation(proxite).contains("en face à face"), "{}", miss_explanation(proxite));
}

fn arb_answers(territories: Vec<String>) -> impl Strategy<Value = Answers> {
    (
        proptest::sample::select(territories),
        proptest::option::of(AGE_MIN..=AGE_MAX),
        proptest::option::of(proptest::sample::select(Stage::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(ModalityPreference::ALL.to_vec())),
        proptest::sample::subsequence(Situation::ALL.to_vec(), 0..=2),
        proptest::sample::subsequence(Need::ALL.to_vec(), 0..=2),
    )
        .prop_map(|(territory, age, stage, modality, situations, needs)| Answers {
            territory: Some(territory),
            age,
            stage,
            modality,
            situations,
            needs,
            ..Answers::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Never an empty dead end: apply each suggested change and its programme appears.
    #[test]
    fn applying_a_suggested_change_makes_the_programme_fit(answers in arb_answers(vec!["roubaix".into(), "dunkerque".into()])) {
        let dataset = common::shipped();
        let results = find(&answers, dataset);
        prop_assert!(results.fits.is_empty() || results.closest.is_empty());
        for miss in &results.closest {
            prop_assert_eq!(&miss.programme.territory, answers.territory.as_ref().unwrap());
            let changed = miss.change.apply(&answers);
            let again = find(&changed, dataset);
            prop_assert!(again.fits.iter().any(|f| f.programme.id == miss.programme.id),
                "{} after {:?}", miss.programme.id, miss.change);
        }
        for fit in &results.fits {
            prop_assert_eq!(&fit.programme.territory, answers.territory.as_ref().unwrap());
            if let Some(age) = answers.age {
                prop_assert!(ages_taken(dataset, fit.programme).contains(age));
            }
            if let Some(stage) = answers.stage {
                prop_assert!(fit.programme.audience.stages.contains(&stage));
            }
        }
    }

    /// With no match, something close is always offered in the shipped territories.
    #[test]
    fn no_match_still_offers_something(age in AGE_MIN..=AGE_MAX, stage in proptest::sample::select(Stage::ALL.to_vec())) {
        let dataset = common::shipped();
        for territory in ["roubaix", "dunkerque"] {
            let answers = Answers { territory: Some(territory.into()), age: Some(age), stage: Some(stage), ..Answers::default() };
            let results = find(&answers, dataset);
            let something = !results.fits.is_empty() || !results.closest.is_empty() || results.too_old.is_some();
            prop_assert!(something, "{} {} {:?}", territory, age, stage.id());
            prop_assert_eq!(results.too_old.is_some(), age > 30, "older than 30 is said plainly, never hidden");
        }
    }
}

// The UX walk (issue 25): « ils sont rangés par ordre alphabétique » listed ANAF before Afev (the
// bytes' order, capitals first).
#[test]
fn programmes_that_tie_are_in_the_order_a_reader_calls_alphabetical() {
    use domain::matching::reading_order;
    assert!(reading_order("Afev") < reading_order("ANAF"));
    assert!(reading_order("Télémaque") < reading_order("Tremplin"));
    assert!(reading_order("C'Possible") < reading_order("Duo for a Job"));
    let results = find(&common::answers("territoire=roubaix&age=15&etape=college"), common::shipped());
    let names: Vec<&str> = results.fits.iter().take(2).map(|f| f.programme.association.as_str()).collect();
    assert_eq!(names, ["Afev", "ANAF"], "the two that tie at the top");
}
