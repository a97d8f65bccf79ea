//! The copy of the dataset the young person's app downloads leaves the brochures' quoted words
//! out (`scripts/excerpts-apart.mjs` keeps them in `data/extraits/`): it still says which brochure
//! attests each fact, and the app still refuses a fact nothing attests.

use serde_json::Value;

use crate::common;
use domain::dataset::{add_territory, parse_dataset, Dataset, DatasetError, EXCERPTS};

/// Every `excerpt` of a file removed; with `named`, the file says where they are, as the build's
/// copy does.
fn without_excerpts(text: &str, named: bool) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(fields) => {
                fields.remove("excerpt");
                fields.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut root: Value = serde_json::from_str(text).unwrap();
    strip(&mut root);
    if named {
        root[EXCERPTS] = "extraits/roubaix.json".into();
    }
    root
}

fn index(named: bool) -> Dataset {
    parse_dataset(&without_excerpts(&common::shipped_file("data/index.json"), named).to_string()).expect("the index parses")
}

fn roubaix(dataset: &mut Dataset, file: &Value) -> Result<(), DatasetError> {
    add_territory(dataset, "roubaix", &file.to_string())
}

#[test]
fn a_copy_that_names_its_excerpts_file_reads_as_the_published_one() {
    let published = {
        let mut dataset = parse_dataset(&common::shipped_file("data/index.json")).unwrap();
        add_territory(&mut dataset, "roubaix", &common::shipped_file("data/roubaix.json")).unwrap();
        dataset
    };
    let mut copy = index(true);
    roubaix(&mut copy, &without_excerpts(&common::shipped_file("data/roubaix.json"), true)).unwrap();
    assert!(copy.rejected.is_empty(), "{:#?}", copy.rejected);
    assert_eq!(copy.programmes.len(), 10);
    assert_eq!(copy.territories.len(), published.territories.len());
    assert_eq!(copy.regions.len(), published.regions.len());
    for (read, shipped) in copy.programmes.iter().zip(&published.programmes) {
        assert_eq!(read.id, shipped.id);
        assert_eq!(read.audience, shipped.audience, "{}: the same facts", read.id);
        let attested = |p: &domain::dataset::Programme| p.evidence.iter().map(|e| (e.fact, e.source.clone())).collect::<Vec<_>>();
        assert_eq!(attested(read), attested(shipped), "{}: the same brochures attest the same facts", read.id);
        assert!(read.evidence.iter().all(|e| e.excerpt.is_empty()));
    }
}

#[test]
fn a_file_without_its_excerpts_that_names_no_other_file_is_refused() {
    let index = parse_dataset(&without_excerpts(&common::shipped_file("data/index.json"), false).to_string()).unwrap();
    assert!(index.territories.is_empty() && index.regions.is_empty(), "{:#?}", index.rejected);
    assert!(index.rejected.iter().all(|e| e.field == "evidence[0].excerpt"), "{:#?}", index.rejected);
    let mut dataset = self::index(true);
    roubaix(&mut dataset, &without_excerpts(&common::shipped_file("data/roubaix.json"), false)).unwrap();
    assert!(dataset.programmes.is_empty());
    assert_eq!(dataset.rejected.len(), 10);
    assert!(dataset.rejected.iter().all(|e| e.field.ends_with(".excerpt") && e.problem.contains("extrait")), "{:#?}", dataset.rejected);
}

#[test]
fn a_copy_still_refuses_a_fact_no_brochure_attests() {
    let mut file = without_excerpts(&common::shipped_file("data/roubaix.json"), true);
    let evidence = file["programmes"][0]["evidence"].as_array_mut().unwrap();
    evidence.retain(|e| e["fact"] != "ages");
    let mut dataset = index(true);
    roubaix(&mut dataset, &file).unwrap();
    assert_eq!(dataset.programmes.len(), 9);
    assert_eq!(dataset.rejected.len(), 1);
    assert!(dataset.rejected[0].problem.contains("aucun extrait"), "{}", dataset.rejected[0]);
    // A source the index does not list is refused as in the published file.
    let mut file = without_excerpts(&common::shipped_file("data/roubaix.json"), true);
    file["programmes"][1]["evidence"][0]["source"] = "brochure-inconnue".into();
    let mut dataset = index(true);
    roubaix(&mut dataset, &file).unwrap();
    assert_eq!(dataset.rejected.len(), 1, "{:#?}", dataset.rejected);
    assert_eq!(dataset.rejected[0].field, "evidence[0].source");
}

#[test]
fn the_name_of_the_excerpts_file_is_a_text() {
    let mut file = without_excerpts(&common::shipped_file("data/roubaix.json"), true);
    file[EXCERPTS] = 3.into();
    let error = roubaix(&mut index(true), &file).unwrap_err().to_string();
    assert!(error.contains(EXCERPTS) && error.contains("texte"), "{error}");
}
