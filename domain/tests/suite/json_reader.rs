//! The app's own JSON reader agrees with serde_json (the reference) on every JSON text, and says
//! where a broken text breaks.

use proptest::prelude::*;
use serde_json::Value;
use domain::json::Json;

/// The reader's tree, as serde_json's, to compare the two.
fn to_serde(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        // Rust's float parsing is exact; serde_json's default one may differ in the last digit.
        Json::Number(digits) => digits
            .parse::<u64>()
            .map(Value::from)
            .or_else(|_| digits.parse::<i64>().map(Value::from))
            .unwrap_or_else(|_| Value::from(digits.parse::<f64>().expect("a JSON number"))),
        Json::String(s) => Value::String(s.to_string()),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(fields) => Value::Object(fields.iter().map(|(k, v)| (k.to_string(), to_serde(v))).collect()),
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        "[\"\\\\/\u{0}-\u{1f}é😀]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
            prop::collection::btree_map(".{0,6}", inner, 0..5).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn escapes_numbers_and_words() {
    let json = Json::parse(r#" {"a": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "n": [0, -1.5e3, 42], "w": [true, false, null]} "#).unwrap();
    assert_eq!(json.get("a").and_then(Json::as_str), Some("x\"\\/\u{8}\u{c}\n\r\té😀"));
    assert_eq!(json.get("n"), Some(&Json::Array(vec![Json::Number("0"), Json::Number("-1.5e3"), Json::Number("42")])));
    assert_eq!(Json::Number("42").uint(), Some(42));
    assert_eq!(Json::Number("-1").uint(), None);
    assert_eq!(Json::Number("1.0").uint(), None);
    assert_eq!(json.get("w").map(|w| to_serde(w).to_string()).as_deref(), Some("[true,false,null]"));
}

#[test]
fn a_broken_text_is_named_with_its_line_and_column() {
    for (text, words) in [
        ("{\n  \"a\": [1, 2,\n  ]\n}", "ligne 3, colonne 3"),
        ("{\"a\" 1}", "« : » attendu"),
        ("[01]", "nombre invalide"),
        ("\"abc", "texte non terminé"),
        ("\"\\ud800\"", "\\u invalide"),
        ("\"\\x\"", "échappement invalide"),
        ("[1] 2", "texte en trop"),
        ("", "fin du texte"),
        ("tru", "valeur inattendue"),
    ] {
        let error = Json::parse(text).unwrap_err();
        assert!(error.contains(words), "{text:?}: « {error} » should say « {words} »");
    }
    let deep = "[".repeat(100_000);
    assert!(Json::parse(&deep).unwrap_err().contains("imbriqués"), "a hostile depth is refused, not a stack overflow");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn reads_every_json_text_as_serde_json_does(value in arb_json(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&value).unwrap() } else { value.to_string() };
        let json = Json::parse(&text);
        prop_assert!(json.is_ok(), "{:?} on {}", json, text);
        prop_assert_eq!(to_serde(&json.unwrap()), value);
    }

    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}\",:0-9a-z.eE+\\-\\\\ ]{0,24}") {
        let reference = serde_json::from_str::<Value>(&text).is_ok();
        prop_assert_eq!(Json::parse(&text).is_ok(), reference, "{:?}", text);
    }
}
