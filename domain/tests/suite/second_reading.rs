//! Data is read twice: `docs/second-reading.json` holds a second reader's facts, derived from the
//! brochures and the reading rules alone. The dataset must agree with it fact by fact, except for
//! the disagreements the file lists and resolves (each one explained in `docs/data-guide.md`); a
//! new difference fails, and so does a listed disagreement that no longer exists.

use crate::common;

use std::collections::BTreeSet;

use serde_json::Value;
use domain::dataset::{AgeRange, Programme};
use domain::vocabulary::{Choice, Modality};

fn second_reading() -> Value {
    let path = common::root().join("docs/second-reading.json");
    serde_json::from_str(&std::fs::read_to_string(&path).expect("docs/second-reading.json")).expect("valid JSON")
}

fn ids(value: &Value) -> BTreeSet<String> {
    value.as_array().map(|items| items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

fn ages_text(ages: Option<&AgeRange>) -> String {
    ages.map(|a| format!("{:?}–{:?}", a.min, a.max)).unwrap_or_else(|| "none".into())
}

fn read_ages(value: &Value) -> String {
    if value.is_null() {
        return "none".into();
    }
    let bound = |key| value.get(key).and_then(Value::as_u64).map(|n| n as u8);
    ages_text(Some(&AgeRange { min: bound("min"), max: bound("max") }))
}

/// The dataset's matching facts of a programme, as sets of ids, by fact name.
fn facts(programme: &Programme) -> Vec<(&'static str, BTreeSet<String>)> {
    let set = |ids: Vec<&str>| ids.into_iter().map(str::to_owned).collect::<BTreeSet<_>>();
    let audience = &programme.audience;
    vec![
        ("stages", set(audience.stages.iter().map(|s| s.id()).collect())),
        ("modalities", set(programme.modalities.iter().map(|m| Modality::id(*m)).collect())),
        ("reserved_for", set(audience.reserved_for.iter().map(|s| s.id()).collect())),
        ("welcomes", set(audience.welcomes.iter().map(|s| s.id()).collect())),
        ("needs", set(programme.needs.iter().map(|n| n.id()).collect())),
    ]
}

/// A difference between the two readings: (programme, fact, second reading only, dataset only).
type Difference = (String, String, BTreeSet<String>, BTreeSet<String>);

fn differences(reading: &Value) -> Vec<Difference> {
    let dataset = common::shipped();
    let programmes = reading["programmes"].as_array().expect("programmes");
    let read: BTreeSet<&str> = programmes.iter().filter_map(|p| p["id"].as_str()).collect();
    let shipped: BTreeSet<&str> = dataset.programmes.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(read, shipped, "the second reading covers exactly the dataset's programmes");

    let mut found = Vec::new();
    for second in programmes {
        let id = second["id"].as_str().unwrap();
        let programme = dataset.programmes.iter().find(|p| p.id == id).unwrap();
        for (fact, ours) in facts(programme) {
            let theirs = ids(&second[fact]);
            if theirs != ours {
                let only = |a: &BTreeSet<String>, b: &BTreeSet<String>| a.difference(b).cloned().collect();
                found.push((id.to_owned(), fact.to_owned(), only(&theirs, &ours), only(&ours, &theirs)));
            }
        }
        let (ours, theirs) = (ages_text(programme.audience.ages.as_ref()), read_ages(&second["ages"]));
        if ours != theirs {
            found.push((id.to_owned(), "ages".into(), [theirs].into(), [ours].into()));
        }
    }
    for territory in reading["territories"].as_array().expect("territories") {
        let id = territory["id"].as_str().unwrap();
        let ours = dataset.territories.iter().find(|t| t.id == id).expect("a territory of the dataset");
        let (ours, theirs) = (ages_text(Some(&ours.ages)), read_ages(&territory["ages"]));
        if ours != theirs {
            found.push((id.to_owned(), "ages".into(), [theirs].into(), [ours].into()));
        }
    }
    found
}

#[test]
fn the_dataset_agrees_with_the_second_reading_except_where_resolved() {
    let reading = second_reading();
    let listed: Vec<Difference> = reading["disagreements"]
        .as_array()
        .expect("disagreements")
        .iter()
        .map(|d| {
            assert!(
                d["decision"].as_str().is_some_and(|s| !s.is_empty()) && d["reason"].as_str().is_some_and(|s| s.len() > 40),
                "a disagreement is resolved with a decision and its reason: {d}"
            );
            let decision = d["decision"].as_str().unwrap();
            let fact = d["fact"].as_str().unwrap().to_owned();
            let (theirs, ours) = (ids(&d["second_reading_only"]), ids(&d["dataset_only"]));
            // Resolved for the second reading: the dataset now says what it read, no difference is left.
            let left = if decision == "dataset" { (theirs, ours) } else { (BTreeSet::new(), BTreeSet::new()) };
            (d["programme"].as_str().unwrap().to_owned(), fact, left.0, left.1)
        })
        .filter(|(_, _, theirs, ours)| !theirs.is_empty() || !ours.is_empty())
        .collect();
    assert_eq!(differences(&reading), listed, "every difference is a listed disagreement, decided for the dataset");
}

#[test]
fn a_disagreement_decided_for_the_second_reading_is_in_the_dataset() {
    let reading = second_reading();
    let dataset = common::shipped();
    for d in reading["disagreements"].as_array().unwrap().iter().filter(|d| d["decision"] == "second reading") {
        let programme = dataset.programmes.iter().find(|p| p.id == d["programme"].as_str().unwrap()).expect("programme");
        let (_, ours) = facts(programme).into_iter().find(|(f, _)| *f == d["fact"].as_str().unwrap()).expect("fact");
        for value in ids(&d["second_reading_only"]) {
            assert!(ours.contains(&value), "{} {}: {value} was decided for and is missing", programme.id, d["fact"]);
        }
    }
}

#[test]
fn the_second_readers_excerpts_are_in_the_brochures() {
    let seeds = common::root().join("../shared/seeds");
    assert!(seeds.is_dir(), "the brochures are missing: {}", seeds.display());
    let normalise = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let brochure = |id: &str| {
        let source = common::shipped().sources.iter().find(|s| s.id == id).expect("a source of the dataset");
        normalise(&std::fs::read_to_string(seeds.join(&source.file)).expect("brochure"))
    };
    let reading = second_reading();
    let mut checked = 0;
    for programme in reading["programmes"].as_array().unwrap() {
        let shipped = common::shipped().programmes.iter().find(|p| p.id == programme["id"].as_str().unwrap()).unwrap();
        let text = brochure(&shipped.source);
        for evidence in programme["evidence"].as_array().expect("evidence") {
            let excerpt = evidence["excerpt"].as_str().unwrap();
            assert!(text.contains(&normalise(excerpt)), "{}: « {excerpt} » is not in {}", shipped.id, shipped.source);
            checked += 1;
        }
    }
    assert!(checked >= 16 * 3, "only {checked} excerpts");
}

/// A mentors' fact as one text, whichever side wrote it: `none` when unstated, else its JSON
/// with each entry's profiles in order (so that the two readings compare by what they say).
fn fact_text(value: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            Value::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| {
                        let v = match (k.as_str(), v) {
                            ("profiles", Value::Array(ids)) => {
                                let mut ids: Vec<String> = ids.iter().filter_map(|i| i.as_str().map(str::to_owned)).collect();
                                ids.sort();
                                Value::from(ids)
                            }
                            _ => sorted(v),
                        };
                        (k.clone(), v)
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    if value.is_null() { "none".to_owned() } else { sorted(value).to_string() }
}

/// The mentors' facts of a programme, as the second reading writes them (`none` when unstated).
fn mentor_facts(p: &Programme) -> Vec<(&'static str, BTreeSet<String>)> {
    let m = &p.mentoring;
    let one = |value: Value| [fact_text(&value)].into_iter().collect::<BTreeSet<_>>();
    let unstated_or = |stated: bool, value: Value| if stated { value } else { Value::Null };
    vec![
        ("profiles", m.profiles.iter().map(|p| p.id().to_owned()).collect()),
        ("min_age", one(unstated_or(!m.min_age.is_unstated(), serde_json::to_value(&m.min_age).unwrap()))),
        ("hours", one(unstated_or(!m.hours.is_unstated(), serde_json::to_value(&m.hours).unwrap()))),
        ("months", one(serde_json::to_value(m.months).unwrap())),
    ]
}

fn read_mentor_facts(second: &Value) -> Vec<(&'static str, BTreeSet<String>)> {
    let one = |value: &Value| [fact_text(value)].into_iter().collect::<BTreeSet<_>>();
    vec![("profiles", ids(&second["profiles"])), ("min_age", one(&second["min_age"])), ("hours", one(&second["hours"])), ("months", one(&second["months"]))]
}

#[test]
fn the_mentors_facts_agree_with_their_second_reading_except_where_resolved() {
    let path = common::root().join("docs/second-reading-mentors.json");
    let reading: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("second-reading-mentors.json")).unwrap();
    let dataset = common::shipped();
    let programmes = reading["programmes"].as_array().unwrap();
    assert_eq!(programmes.len(), dataset.programmes.len(), "every programme is read twice");
    let mut found = Vec::new();
    for second in programmes {
        let programme = dataset.programmes.iter().find(|p| p.id == second["id"].as_str().unwrap()).expect("a shipped programme");
        for ((fact, ours), (_, theirs)) in mentor_facts(programme).into_iter().zip(read_mentor_facts(second)) {
            if ours != theirs {
                let only = |a: &BTreeSet<String>, b: &BTreeSet<String>| a.difference(b).cloned().collect::<BTreeSet<_>>();
                found.push((programme.id.clone(), fact.to_owned(), only(&theirs, &ours), only(&ours, &theirs)));
            }
        }
    }
    let listed: Vec<Difference> = reading["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            assert_eq!(d["decision"], "dataset", "{d}");
            assert!(d["reason"].as_str().is_some_and(|r| r.len() > 40), "{d}");
            (d["programme"].as_str().unwrap().to_owned(), d["fact"].as_str().unwrap().to_owned(), ids(&d["second_reading_only"]), ids(&d["dataset_only"]))
        })
        .collect();
    // A listed value is written as the file writes it (a number, an object, entries), or `none`.
    let normalise = |v: Vec<Difference>| -> Vec<Difference> {
        v.into_iter()
            .map(|(id, fact, theirs, ours)| {
                let text = |set: BTreeSet<String>| set.into_iter().map(|s| serde_json::from_str(&s).map_or(s, |v: Value| fact_text(&v))).collect();
                (id, fact, text(theirs), text(ours))
            })
            .collect()
    };
    assert_eq!(normalise(found), normalise(listed));
}

#[test]
fn the_mentors_excerpts_of_both_readings_are_in_the_brochures() {
    let seeds = common::root().join("../shared/seeds");
    let normalise = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let all: String = ["001_a0a52d137c109391.txt", "004_3a21bf6607fd25c4.txt"]
        .iter()
        .map(|f| normalise(&std::fs::read_to_string(seeds.join(f)).expect("brochure")))
        .collect::<Vec<_>>()
        .join(" ");
    let reading: Value =
        serde_json::from_str(&std::fs::read_to_string(common::root().join("docs/second-reading-mentors.json")).unwrap()).unwrap();
    let mut checked = 0;
    for programme in reading["programmes"].as_array().unwrap() {
        for e in programme["evidence"].as_array().unwrap() {
            let excerpt = e["excerpt"].as_str().unwrap();
            assert!(all.contains(&normalise(excerpt)), "{}: « {excerpt} »", programme["id"]);
            checked += 1;
        }
    }
    assert!(checked >= 16 * 2, "only {checked}");
}
