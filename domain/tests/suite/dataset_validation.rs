//! The shipped dataset is valid, and each kind of broken entry is rejected with a message that
//! names the programme and the field.

use crate::common::{self, with_first_programme};

use serde_json::{json, Value};
use domain::dataset::{parse_dataset, DatasetError, SCHEMA_VERSION};
use domain::vocabulary::Profile;

#[test]
fn shipped_dataset_is_valid_and_complete() {
    let dataset = common::shipped();
    assert!(dataset.rejected.is_empty(), "rejected entries: {:#?}", dataset.rejected);
    let in_territory = |t: &str| dataset.programmes.iter().filter(|p| p.territory == t).count();
    assert_eq!(in_territory("roubaix"), 10);
    assert_eq!(in_territory("dunkerque"), 6);
    let mut associations: Vec<&str> = dataset.programmes.iter().map(|p| p.association.as_str()).collect();
    associations.sort_unstable();
    associations.dedup();
    assert_eq!(
        associations,
        [
            "ANAF", "Afev", "Article 1", "C'Possible", "Duo for a Job", "Entreprendre Ensemble", "FACE", "La Clé",
            "La Cravate Solidaire", "Les Ombres", "Proxité", "Télémaque"
        ]
    );
    for territory in ["roubaix", "dunkerque"] {
        assert!(dataset.territory(territory).is_some_and(|t| t.collectif_email.ends_with("@collectifmentorat.fr")));
    }
    assert_eq!(dataset.fallback.as_ref().map(|f| f.website.as_str()), Some("https://www.1jeune1mentor.fr/"));
}

#[test]
fn territory_brochure_wins_when_brochures_disagree() {
    let dataset = common::shipped();
    let ages = |id: &str| dataset.programmes.iter().find(|p| p.id == id).and_then(|p| p.audience.ages);
    assert_eq!(ages("afev-roubaix").map(|a| (a.min, a.max)), Some((Some(5), Some(18))));
    assert_eq!(ages("afev-dunkerque").map(|a| (a.min, a.max)), Some((Some(5), Some(15))));
}

/// Parses a broken variant and returns the single rejection message.
fn rejection(text: &str) -> String {
    let dataset = parse_dataset(text).expect("the file itself still parses");
    assert_eq!(dataset.rejected.len(), 1, "{:#?}", dataset.rejected);
    assert_eq!(dataset.programmes.len(), 15, "the other programmes are still used");
    dataset.rejected[0].to_string()
}

#[track_caller]
fn assert_names(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "« {message} » should contain « {part} »");
    }
}

#[test]
fn unknown_enum_value_is_named() {
    let msg = rejection(&with_first_programme(|p| p["audience"]["stages"][1] = json!("lycee")));
    assert_names(&msg, &["afev-roubaix", "audience.stages[1]", "valeur inconnue", "`lycee`"]);
    let msg = rejection(&with_first_programme(|p| p["modalities"][0] = json!("hybride")));
    assert_names(&msg, &["afev-roubaix", "modalities[0]", "`hybride`"]);
}

#[test]
fn missing_required_field_is_named() {
    let msg = rejection(&with_first_programme(|p| {
        p.as_object_mut().unwrap().remove("summary");
    }));
    assert_names(&msg, &["afev-roubaix", "« summary »", "champ obligatoire absent"]);
    let msg = rejection(&with_first_programme(|p| {
        p["contact"].as_object_mut().unwrap().remove("website");
    }));
    assert_names(&msg, &["afev-roubaix", "contact.website", "absent"]);
}

#[test]
fn unknown_field_is_named() {
    let msg = rejection(&with_first_programme(|p| p["age_min"] = json!(3)));
    assert_names(&msg, &["afev-roubaix", "age_min", "champ inconnu"]);
}

#[test]
fn inverted_ages_are_rejected() {
    let msg = rejection(&with_first_programme(|p| p["audience"]["ages"] = json!({"min": 18, "max": 5})));
    assert_names(&msg, &["afev-roubaix", "audience.ages", "inversés"]);
}

#[test]
fn only_http_mailto_and_tel_links_are_accepted() {
    let msg = rejection(&with_first_programme(|p| p["contact"]["website"] = json!("javascript:alert(1)")));
    assert_names(&msg, &["afev-roubaix", "contact.website", "javascript:alert(1)"]);
    let msg = rejection(&with_first_programme(|p| p["contact"]["website"] = json!("ftp://afev.org")));
    assert_names(&msg, &["contact.website"]);
    let msg = rejection(&with_first_programme(|p| p["contact"]["website"] = json!("mailto:lille@afev.org")));
    assert_names(&msg, &["contact.website", "http"]);
    let plain_http = with_first_programme(|p| p["contact"]["website"] = json!("http://afev.org"));
    assert!(parse_dataset(&plain_http).unwrap().rejected.is_empty(), "plain http sites are accepted");
}

#[test]
fn bad_contacts_are_named() {
    let msg = rejection(&with_first_programme(|p| p["contact"]["emails"] = json!(["lille@@afev"])));
    assert_names(&msg, &["afev-roubaix", "contact.emails[0]"]);
    let msg = rejection(&with_first_programme(|p| p["contact"]["phones"] = json!(["appelez-nous"])));
    assert_names(&msg, &["afev-roubaix", "contact.phones[0]"]);
}

#[test]
fn facts_used_by_matching_need_evidence() {
    let msg = rejection(&with_first_programme(|p| {
        let evidence = p["evidence"].as_array_mut().unwrap();
        evidence.retain(|e| e["fact"] != "ages");
    }));
    assert_names(&msg, &["afev-roubaix", "audience.ages", "extrait"]);
    let msg = rejection(&with_first_programme(|p| p["evidence"][0]["source"] = json!("brochure-inventee")));
    assert_names(&msg, &["afev-roubaix", "evidence[0].source", "brochure-inventee"]);
}

#[test]
fn situations_and_needs_need_evidence_too() {
    let msg = rejection(&with_first_programme(|p| {
        p["audience"]["welcomes"] = json!(["qpv"]);
    }));
    assert_names(&msg, &["afev-roubaix", "audience.welcomes", "extrait"]);
    let msg = rejection(&with_first_programme(|p| {
        p["evidence"].as_array_mut().unwrap().retain(|e| e["fact"] != "needs");
    }));
    assert_names(&msg, &["afev-roubaix", "« needs »", "extrait"]);
}

/// The shipped file with the first territory changed by `edit`.
fn with_first_territory(edit: impl FnOnce(&mut Value)) -> String {
    let mut root: Value = serde_json::from_str(&common::shipped_text()).unwrap();
    edit(&mut root["territories"][0]);
    root.to_string()
}

#[test]
fn a_territory_needs_its_default_ages_with_evidence() {
    let broken = |edit: fn(&mut Value)| {
        let dataset = parse_dataset(&with_first_territory(edit)).expect("the file itself still parses");
        assert!(dataset.territory("roubaix").is_none(), "the territory is left out");
        // Its programmes go with it, each named.
        assert!(dataset.rejected.iter().any(|e| e.id == "afev-roubaix" && e.field == "territory"));
        dataset.rejected[0].to_string()
    };
    assert_names(&broken(|t| t["ages"] = json!({"min": 5})), &["territoire « roubaix »", "« ages »"]);
    assert_names(&broken(|t| t["ages"] = json!({"min": 30, "max": 5})), &["roubaix", "« ages »"]);
    assert_names(&broken(|t| t["evidence"] = json!([])), &["roubaix", "audience.ages", "extrait"]);
    assert_names(&broken(|t| {
        t.as_object_mut().unwrap().remove("ages");
    }), &["roubaix", "ages", "absent"]);
}

#[test]
fn the_national_link_is_checked_like_every_link() {
    let mut root: Value = serde_json::from_str(&common::shipped_text()).unwrap();
    root["fallback"]["website"] = json!("javascript:alert(1)");
    let dataset = parse_dataset(&root.to_string()).expect("the file itself still parses");
    assert_eq!(dataset.fallback, None, "never rendered as a link");
    assert_eq!(dataset.rejected.len(), 1);
    assert_names(&dataset.rejected[0].to_string(), &["fallback.website", "javascript:alert(1)"]);
    assert_eq!(dataset.programmes.len(), 16, "the programmes are still used");
}

#[test]
fn unknown_territory_and_duplicate_ids_are_rejected() {
    let msg = rejection(&with_first_programme(|p| p["territory"] = json!("lille")));
    assert_names(&msg, &["afev-roubaix", "territory", "lille"]);
    let msg = rejection(&with_first_programme(|p| p["id"] = json!("anaf-roubaix")));
    assert_names(&msg, &["anaf-roubaix", "« id »", "déjà utilisé"]);
}

// Of programmes sharing an id, the first in the file is kept and each later one is left out,
// named in the order of the file; the others keep their order.
#[test]
fn of_programmes_sharing_an_id_the_first_is_kept_and_the_later_ones_named_in_order() {
    let mut root: Value = serde_json::from_str(&common::shipped_text()).unwrap();
    let programmes = root["programmes"].as_array_mut().unwrap();
    let roubaix: Vec<usize> = (0..programmes.len()).filter(|i| programmes[*i]["territory"] == "roubaix").collect();
    let (first, second, third) = (roubaix[1], roubaix[3], roubaix[5]);
    let id = programmes[first]["id"].clone();
    let kept = programmes[first]["association"].clone();
    programmes[second]["id"] = id.clone();
    programmes[third]["id"] = id.clone();
    let order: Vec<Value> = (0..programmes.len()).filter(|i| *i != second && *i != third).map(|i| programmes[i]["association"].clone()).collect();
    let dataset = parse_dataset(&root.to_string()).unwrap();
    let id = id.as_str().unwrap();
    assert_eq!(dataset.programmes.iter().filter(|p| p.id == id).count(), 1);
    assert_eq!(dataset.programme(id).unwrap().association, kept.as_str().unwrap());
    let rejected: Vec<&str> = dataset.rejected.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(rejected, [id, id]);
    let shown: Vec<&str> = dataset.programmes.iter().map(|p| p.association.as_str()).collect();
    assert_eq!(shown, order.iter().map(|a| a.as_str().unwrap()).collect::<Vec<_>>());
}

// A kept programme's territory is found from its id (« Ma sélection » reads that territory's file).
#[test]
fn a_programme_id_ends_with_its_territory() {
    let msg = rejection(&with_first_programme(|p| p["id"] = json!("afev-dunkerque")));
    assert_names(&msg, &["afev-dunkerque", "« id »", "finir par « -roubaix »"]);
    let msg = rejection(&with_first_programme(|p| p["id"] = json!("afevroubaix")));
    assert_names(&msg, &["afevroubaix", "« id »", "finir par « -roubaix »"]);
}

#[test]
fn broken_files_are_errors() {
    assert!(matches!(parse_dataset("{ pas du json"), Err(DatasetError::Malformed(_))));
    assert!(matches!(parse_dataset("[]"), Err(DatasetError::Malformed(_))));
    let mut root: Value = serde_json::from_str(&common::shipped_text()).unwrap();
    root["schema_version"] = json!(SCHEMA_VERSION + 1);
    let newer = parse_dataset(&root.to_string()).unwrap_err();
    assert_eq!(newer, DatasetError::UnsupportedVersion { found: u64::from(SCHEMA_VERSION + 1) });
    root["schema_version"] = json!(SCHEMA_VERSION);
    root["programmes"] = json!({"afev-roubaix": {}});
    let err = parse_dataset(&root.to_string()).unwrap_err();
    assert!(err.to_string().contains("programmes"), "{err}");
    root.as_object_mut().unwrap().remove("programmes");
    root.as_object_mut().unwrap().remove("territories");
    let err = parse_dataset(&root.to_string()).unwrap_err();
    assert!(err.to_string().contains("territories"), "{err}");
}

#[test]
fn a_file_too_large_for_a_phone_is_refused_before_it_is_read() {
    use domain::dataset::{check_size, MAX_BYTES};
    let error = check_size(MAX_BYTES + 1).unwrap_err();
    assert_eq!(error, DatasetError::TooLarge { bytes: MAX_BYTES + 1 });
    assert_names(&error.to_string(), &["trop gros", "32 Mo"]);
    assert_eq!(check_size(18_000_000), Ok(()), "a national dataset (about 18 MB) is read");
}

/// The split dataset: the index, and one file per territory at `data/<id>.json`, each read by
/// `add_territory` as the app reads them.
mod split {
    use super::common;
    use domain::dataset::{add_territory, parse_dataset, territory_file, DatasetError, SCHEMA_VERSION};

    fn index() -> domain::dataset::Dataset {
        let index = parse_dataset(&common::shipped_file("data/index.json")).expect("the index parses");
        assert!(index.programmes.is_empty() && index.loaded.is_empty(), "the index holds no programme");
        index
    }

    #[test]
    fn every_shipped_file_is_read_whole() {
        let mut dataset = index();
        assert!(!dataset.complete());
        for id in dataset.territories.iter().map(|t| t.id.clone()).collect::<Vec<_>>() {
            add_territory(&mut dataset, &id, &common::shipped_file(&territory_file(&id))).expect("its file parses");
        }
        assert!(dataset.rejected.is_empty(), "{:#?}", dataset.rejected);
        assert!(dataset.complete());
        assert_eq!(&dataset, common::shipped(), "the files read one by one are the whole dataset");
        // A file read twice changes nothing.
        add_territory(&mut dataset, "roubaix", &common::shipped_file("data/roubaix.json")).unwrap();
        assert_eq!(&dataset, common::shipped());
    }

    #[test]
    fn a_broken_territory_file_names_the_file() {
        let roubaix = common::shipped_file("data/roubaix.json");
        let broken = |text: &str| add_territory(&mut index(), "roubaix", text).unwrap_err().to_string();
        assert!(broken("<!doctype html>").starts_with("data/roubaix.json : le fichier des programmes n'est pas du JSON valide"));
        let newer = roubaix.replacen(&format!("\"schema_version\": {SCHEMA_VERSION}"), &format!("\"schema_version\": {}", SCHEMA_VERSION + 1), 1);
        assert!(broken(&newer).starts_with("data/roubaix.json : le fichier est au format"), "{}", broken(&newer));
        let other = roubaix.replacen("\"territory\": \"roubaix\",\n  \"programmes\"", "\"territory\": \"dunkerque\",\n  \"programmes\"", 1);
        assert_eq!(broken(&other), "data/roubaix.json : le champ « territory » du fichier est absent ou invalide (« dunkerque », alors que le fichier est celui de « roubaix »)");
        let error = add_territory(&mut index(), "roubaix", "{\"schema_version\": 5, \"territory\": \"roubaix\"}").unwrap_err();
        assert!(matches!(&error, DatasetError::InFile { file, .. } if file == "data/roubaix.json"), "{error}");
    }

    #[test]
    fn a_broken_programme_names_the_file_the_programme_and_the_field() {
        let roubaix = common::shipped_file("data/roubaix.json");
        let mut dataset = index();
        let text = roubaix.replacen("\"ecole\"", "\"maternelle\"", 1);
        add_territory(&mut dataset, "roubaix", &text).expect("the file itself is still read");
        let messages: Vec<String> = dataset.rejected.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 1, "{messages:#?}");
        assert!(messages[0].starts_with("data/roubaix.json : programme « afev-roubaix », champ « audience.stages[0] » : valeur inconnue `maternelle`"), "{}", messages[0]);
        assert_eq!(dataset.programmes.len(), 9, "the rest of the file is used");

        // A programme of another territory in this file is left out, named.
        let mut dataset = index();
        let moved = roubaix
            .replacen("\"territory\": \"roubaix\",\n      \"summary\"", "\"territory\": \"dunkerque\",\n      \"summary\"", 1)
            .replacen("\"id\": \"afev-roubaix\"", "\"id\": \"afev-dunkerque\"", 1);
        add_territory(&mut dataset, "roubaix", &moved).unwrap();
        let message = dataset.rejected[0].to_string();
        assert!(message.starts_with("data/roubaix.json : programme « afev-dunkerque », champ « territory » : « dunkerque » dans le fichier de « roubaix »"), "{message}");
    }

    #[test]
    fn no_territory_is_called_index() {
        let text = common::shipped_file("data/index.json").replacen("\"id\": \"roubaix\"", "\"id\": \"index\"", 1);
        let dataset = parse_dataset(&text).unwrap();
        let message = dataset.rejected.iter().map(ToString::to_string).find(|m| m.starts_with("territoire « index »")).expect("rejected");
        assert!(message.contains("data/index.json"), "{message}");
    }
}

// Security review, finding 2: a file with a key written twice was read (the last one winning) and
// stored by the worker as a good copy.
#[test]
fn a_key_written_twice_refuses_the_file_and_names_the_key() {
    let text = common::shipped_text().replacen("\"updated\"", "\"updated\": \"2020-01-01\", \"updated\"", 1);
    let error = parse_dataset(&text).unwrap_err().to_string();
    assert!(error.contains("« updated » est écrite deux fois"), "{error}");
}

#[test]
fn a_mentors_fact_is_said_of_every_mentor_or_of_some_once_each() {
    // Said of some kinds of mentor (schema 6): read, and found for each profile.
    let per_profile = with_first_programme(|p| {
        p["mentoring"]["hours"] = json!([{"profiles": ["etudiant"], "min": 2, "per": "semaine"}, {"profiles": ["alternant"], "min": 1, "per": "semaine"}]);
        p["mentoring"]["min_age"] = json!([{"profiles": ["alternant"], "min": 21}]);
        p["evidence"].as_array_mut().unwrap().push(json!({"fact": "mentor-age", "source": "cite-educative-roubaix", "excerpt": "actuels apprentis agés de 21 ans minimum"}));
    });
    let dataset = parse_dataset(&per_profile).unwrap();
    assert!(dataset.rejected.is_empty(), "{:?}", dataset.rejected);
    let afev = dataset.programmes.iter().find(|p| p.id == "afev-roubaix").unwrap();
    assert_eq!(afev.mentoring.min_age.of(Profile::Alternant), Some(21));
    assert_eq!(afev.mentoring.min_age.of(Profile::Etudiant), None, "a profile in no entry: not stated");
    assert_eq!(afev.mentoring.hours.of(Profile::Alternant).map(|h| h.min), Some(1));
    // A profile the programme does not recruit, a profile in two entries, an entry for every
    // mentor beside others: each refused, named.
    for (hours, problem) in [
        (json!([{"profiles": ["retraite"], "min": 2, "per": "semaine"}]), "`retraite` n'est pas dans mentoring.profiles"),
        (json!([{"profiles": ["etudiant"], "min": 2, "per": "semaine"}, {"profiles": ["etudiant"], "min": 1, "per": "semaine"}]), "`etudiant` est dans deux entrées"),
        (json!([{"min": 2, "per": "semaine"}, {"profiles": ["etudiant"], "min": 1, "per": "semaine"}]), "elle est seule"),
    ] {
        let msg = rejection(&with_first_programme(|p| p["mentoring"]["hours"] = hours));
        assert_names(&msg, &["afev-roubaix", "mentoring.hours", problem]);
    }
    let msg = rejection(&with_first_programme(|p| p["mentoring"]["min_age"] = json!([{"profiles": ["etudiant"], "age": 21}])));
    assert_names(&msg, &["afev-roubaix", "mentoring.min_age[0].age", "champ inconnu"]);
}
