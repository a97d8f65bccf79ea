//! No input makes the dataset reader panic, and every rejection names the entry and the field.

use crate::common;

use proptest::prelude::*;
use serde_json::{json, Value};
use domain::dataset::parse_dataset;

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        prop::sample::select(vec!["ecole", "presentiel", "qpv", "javascript:alert(1)", "http://x.fr", "", "2026-13-45"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every field path of a programme, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{k}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_is_read_without_panic(text in ".{0,300}") {
        let _ = parse_dataset(&text);
    }

    #[test]
    fn any_json_is_read_without_panic(value in arb_json()) {
        let _ = parse_dataset(&value.to_string());
        let _ = parse_dataset(&json!({"schema_version": domain::dataset::SCHEMA_VERSION, "updated": "2026-11-23", "sources": [], "fallback": {"name": "x", "website": "https://x.fr"}, "territories": [value.clone()], "programmes": [value]}).to_string());
    }

    /// Replace any field of any programme by any value: the entry is either still valid, or it is
    /// left out with a message naming its id and a field, and the other programmes are kept.
    #[test]
    fn a_broken_field_is_named(which in 0usize..16, pick in any::<prop::sample::Index>(), value in arb_json()) {
        let mut root: Value = serde_json::from_str(&common::shipped_text()).unwrap();
        let programme = &mut root["programmes"][which];
        let id = programme["id"].as_str().unwrap().to_owned();
        let mut paths = Vec::new();
        pointers(programme, String::new(), &mut paths);
        let path = pick.get(&paths).clone();
        *programme.pointer_mut(&path).unwrap() = value;
        let dataset = parse_dataset(&root.to_string()).expect("the file itself is still valid");
        prop_assert!(dataset.programmes.len() + dataset.rejected.len() == 16);
        prop_assert!(dataset.programmes.len() >= 15);
        for rejected in &dataset.rejected {
            let message = rejected.to_string();
            let named = if path == "/id" { message.contains("programme « ") } else { message.contains(&id) };
            prop_assert!(named, "{} does not name {}", message, id);
            prop_assert!(!rejected.field.is_empty(), "{}", message);
            prop_assert!(!rejected.problem.is_empty(), "{}", message);
        }
    }
}
