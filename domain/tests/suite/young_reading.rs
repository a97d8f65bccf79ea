//! The young person's app reads the dataset without the mentors' facts (`Reading::YOUNG`): the
//! same programmes as the whole reading, with the same facts, matching and reasons; a broken
//! mentors' fact hides a programme from the volunteers' path only; every other rule still holds.

use serde_json::json;

use crate::common::{self, with_first_programme};
use domain::dataset::{add_territory_as, parse_dataset, parse_dataset_as, Dataset, Mentoring, Programme, Reading};
use domain::matching::find;
use domain::reasons::fit_reasons;

fn read(text: &str, reading: Reading) -> Dataset {
    parse_dataset_as(text, reading).expect("the file parses")
}

/// A programme with its mentors' facts set aside, to compare the two readings.
fn without_mentors(p: &Programme) -> Programme {
    Programme { mentoring: Mentoring::default(), ..p.clone() }
}

#[test]
fn the_young_reading_keeps_every_programme_and_every_fact_but_the_mentors() {
    let whole = common::shipped();
    let young = read(&common::shipped_text(), Reading::YOUNG);
    assert!(young.rejected.is_empty(), "{:#?}", young.rejected);
    assert_eq!(young.programmes.len(), whole.programmes.len());
    for (y, w) in young.programmes.iter().zip(&whole.programmes) {
        assert_eq!(*y, without_mentors(w), "{}", w.id);
        assert_eq!(y.mentoring, Mentoring::default(), "{}: the mentors' facts are not read", y.id);
        assert!(!w.mentoring.profiles.is_empty(), "{}: the whole reading reads them", w.id);
    }
    assert_eq!(young.territories, whole.territories);
    assert_eq!(young.regions, whole.regions);
    // The same answers find the same programmes, for the same reasons.
    for fragment in ["territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel", "territoire=dunkerque&age=24&etape=recherche-emploi&besoin=insertion-pro", "territoire=roubaix&age=9&etape=ecole"] {
        let answers = common::answers(fragment);
        let ids = |d: &Dataset| find(&answers, d).fits.iter().map(|f| (f.programme.id.clone(), format!("{:?}", fit_reasons(&answers, f)))).collect::<Vec<_>>();
        assert_eq!(ids(&young), ids(whole), "{fragment}");
        assert!(!ids(&young).is_empty(), "{fragment}: some programme fits");
    }
}

#[test]
fn a_broken_mentors_fact_hides_a_programme_from_the_volunteers_only() {
    let broken = with_first_programme(|p| p["mentoring"]["hours"] = json!({"min": 0, "per": "semaine"}));
    let whole = parse_dataset(&broken).unwrap();
    assert_eq!(whole.rejected.len(), 1, "{:#?}", whole.rejected);
    assert_eq!(whole.rejected[0].field, "mentoring.hours");
    let young = read(&broken, Reading::YOUNG);
    assert!(young.rejected.is_empty(), "{:#?}", young.rejected);
    assert!(young.programme("afev-roubaix").is_some());
    // Its mentors' facts need no evidence there; the young person's facts still do.
    let unattested = with_first_programme(|p| p["evidence"].as_array_mut().unwrap().retain(|e| e["fact"] != "mentor-profiles"));
    assert_eq!(parse_dataset(&unattested).unwrap().rejected.len(), 1);
    assert!(read(&unattested, Reading::YOUNG).rejected.is_empty());
    let no_stage = with_first_programme(|p| p["evidence"].as_array_mut().unwrap().retain(|e| e["fact"] != "stages"));
    let young = read(&no_stage, Reading::YOUNG);
    assert_eq!(young.rejected.len(), 1, "{:#?}", young.rejected);
    assert!(young.rejected[0].problem.contains("aucun extrait"));
}

#[test]
fn the_young_reading_still_asks_for_the_field_and_every_other_rule() {
    let missing = with_first_programme(|p| {
        p.as_object_mut().unwrap().remove("mentoring");
    });
    let young = read(&missing, Reading::YOUNG);
    assert_eq!(young.rejected.len(), 1, "{:#?}", young.rejected);
    assert_eq!(young.rejected[0].field, "mentoring");
    let bad_email = with_first_programme(|p| p["contact"]["emails"] = json!(["pas-une-adresse"]));
    let young = read(&bad_email, Reading::YOUNG);
    assert_eq!(young.rejected.len(), 1, "{:#?}", young.rejected);
    assert_eq!(young.rejected[0].field, "contact.emails[0]");
    // A territory's own file, as the app reads it.
    let mut dataset = read(&common::shipped_file("data/index.json"), Reading::YOUNG);
    add_territory_as(&mut dataset, "dunkerque", &common::shipped_file("data/dunkerque.json"), Reading::YOUNG).unwrap();
    assert_eq!(dataset.programmes.len(), 6);
    assert!(dataset.rejected.is_empty(), "{:#?}", dataset.rejected);
}
