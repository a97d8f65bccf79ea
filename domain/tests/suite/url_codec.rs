//! The URL contract: fragment answers and query configuration, parsed and printed.

use crate::common;

use proptest::prelude::*;
use domain::answers::{Answers, Question, AGE_MAX, AGE_MIN};
use domain::place::Place;
use domain::config::{Colour, Config};
use domain::answers::Sort;
use domain::i18n::Language;
use domain::url_text::{after_traversal, UrlProblem};
use domain::vocabulary::{Choice, ModalityPreference, Need, Situation, Stage};

#[test]
fn documented_link_reads_as_expected() {
    let a = common::answers("#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&besoin=orientation&besoin=confiance&situation=qpv");
    assert_eq!(a.territory.as_deref(), Some("roubaix"));
    assert_eq!(a.age, Some(16));
    assert_eq!(a.stage, Some(Stage::LyceePro));
    assert_eq!(a.modality, Some(ModalityPreference::Presentiel));
    assert_eq!(a.needs, [Need::Orientation, Need::Confiance]);
    assert_eq!(a.situations, [Situation::Qpv]);
}

#[test]
fn every_id_of_the_contract_is_understood() {
    let ids = |all: &[&str]| all.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let stages: Vec<&str> = Stage::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(
        ids(&stages),
        ids(&["ecole", "college", "lycee-general", "lycee-techno", "lycee-pro", "apprentissage", "etudes-superieures", "recherche-emploi", "emploi"])
    );
    let needs: Vec<&str> = Need::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(ids(&needs), ids(&["scolarite", "orientation", "insertion-pro", "confiance", "ouverture"]));
    let situations: Vec<&str> = Situation::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(ids(&situations), ids(&["ase", "refugie", "immigration", "qpv", "decrochage", "primo-arrivant"]));
    let modalities: Vec<&str> = ModalityPreference::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(ids(&modalities), ids(&["presentiel", "distanciel", "indifferent"]));
}

#[test]
fn unknown_and_malformed_parameters_are_reported_and_the_rest_kept() {
    let (a, problems) = Answers::from_fragment("age=99&etape=lycee&couleur=rouge&territoire=dunkerque&besoin=confiance&age=abc");
    assert_eq!(a.territory.as_deref(), Some("dunkerque"));
    assert_eq!(a.needs, [Need::Confiance]);
    assert_eq!(a.age, None);
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(matches!(&problems[0], UrlProblem::BadValue { key, value, .. } if key == "age" && value == "99"));
    assert!(matches!(&problems[1], UrlProblem::BadValue { key, .. } if key == "etape"));
    assert_eq!(problems[2], UrlProblem::UnknownKey { key: "couleur".into() });
    let shown = problems[0].to_string();
    assert!(shown.contains("age=99") && shown.contains("entre 5 et 35"), "{shown}");
}

#[test]
fn age_bounds_are_5_and_35() {
    for (age, ok) in [(4, false), (5, true), (35, true), (36, false)] {
        let (a, problems) = Answers::from_fragment(&format!("age={age}"));
        assert_eq!(a.age.is_some(), ok, "age {age}");
        assert_eq!(problems.is_empty(), ok);
    }
    assert_eq!((AGE_MIN, AGE_MAX), (5, 35));
}

#[test]
fn a_ticked_situation_is_not_also_unsure() {
    let a = common::answers("situation=qpv&incertain=qpv&incertain=ase");
    assert_eq!(a.unsure, [Situation::Ase]);
}

#[test]
fn echoed_values_are_shortened() {
    let long = "x".repeat(500);
    let (_, problems) = Answers::from_fragment(&format!("{long}=1"));
    assert!(problems[0].to_string().chars().count() < 120);
}

// Security review, finding 18: a link's text was echoed on the official page, up to 40 characters,
// bidi controls included.
#[test]
fn a_link_problem_shows_at_most_twelve_characters_and_no_control_or_bidi_character() {
    let (_, problems) = Answers::from_fragment("age=Appelle%20le%2006%2012%2034%2056%2078%20pour%20ton%20mentor&etape=%E2%80%AEorp-eecyl&%07cl%C3%A9%E2%81%A6=1");
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(!shown[0].contains("06 12 34 56 78") && !shown[0].contains("12 34"), "{}", shown[0]);
    assert!(shown[0].contains("age=Appelle le 0…"), "the key and the first 12 characters: {}", shown[0]);
    assert!(shown[0].contains("5") && shown[0].contains("35"), "the values expected: {}", shown[0]);
    for text in &shown {
        assert!(!text.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)), "{text:?}");
    }
    assert!(shown[1].contains("orp-eecyl"), "{}", shown[1]);
}

#[test]
fn query_configures_the_host_settings() {
    let (c, problems) = Config::from_query("?embed=1&territoire=dunkerque&couleur=%23005a9c&langue=fr");
    assert!(problems.is_empty(), "{problems:?}");
    assert!(c.embed);
    assert_eq!(c.territory.as_deref(), Some("dunkerque"));
    assert_eq!(c.accent, Some(Colour { r: 0, g: 0x5a, b: 0x9c }));
    let (c, problems) = Config::from_query("couleur=red;background:url(x)&langue=es&utm_source=x");
    assert_eq!(c.accent, None);
    assert_eq!(problems.len(), 3);
    assert!(problems[1].to_string().contains("fr, en, ar, uk"), "{}", problems[1]);
    let (_, problems) = Config::from_query("langue=uk");
    assert!(problems.is_empty(), "every language of the app is a host's preset");
}

#[test]
fn preset_territory_wins_over_the_fragment() {
    let (config, _) = Config::from_query("territoire=dunkerque");
    let answers = common::answers("territoire=roubaix&age=12");
    let place = Place::of(&config, &answers, common::shipped());
    assert_eq!(place.answers(&answers).and_then(|a| a.territory).as_deref(), Some("dunkerque"));
    assert_eq!(Question::sequence(true).first(), Some(&Question::Age));
    assert_eq!(Question::sequence(false).first(), Some(&Question::Territoire));
}

#[test]
fn text_on_an_accent_colour_keeps_aa_contrast() {
    for hex in ["#005a9c", "#ffff00", "#777777", "#000", "#fff", "#e2001a", "#808080"] {
        let c = Colour::parse(hex).unwrap();
        assert!(c.contrast(c.text_on()) >= 4.5, "{hex}: {}", c.contrast(c.text_on()));
    }
}

proptest! {
    /// Any host colour gives text colours that keep AA contrast, on the colour and on white.
    #[test]
    fn any_accent_keeps_aa_contrast(r in 0u8..=255, g in 0u8..=255, b in 0u8..=255) {
        let c = Colour { r, g, b };
        prop_assert!(c.contrast(c.text_on()) >= 4.5);
        let white = Colour { r: 255, g: 255, b: 255 };
        prop_assert!(c.readable_on_white().contrast(white) >= 4.5);
    }
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let pick = |n: usize| proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 0..=n);
    (
        proptest::option::of(proptest::sample::select(Question::ALL.to_vec())),
        (proptest::option::of("[a-z]{1,8}(-[a-z0-9]{1,5}){0,2}"), proptest::option::of("[0-9]{2}|2[AB]").prop_flat_map(|dep| {
            proptest::option::of("[0-9]{3}").prop_map(move |rest| dep.clone().zip(rest).map(|(d, r)| format!("{d}{r}")))
        })),
        proptest::option::of(AGE_MIN..=AGE_MAX),
        proptest::option::of(proptest::sample::select(Stage::ALL.to_vec())),
        pick(Need::ALL.len()),
        proptest::option::of(proptest::sample::select(ModalityPreference::ALL.to_vec())),
        pick(Situation::ALL.len()),
        pick(Situation::ALL.len()),
        proptest::option::of(proptest::sample::select(Language::ALL.to_vec())),
        proptest::collection::btree_set("[a-z]{1,8}(-[a-z0-9]{1,5}){0,2}", 0..3),
        any::<bool>(),
        proptest::option::of(proptest::sample::select(Sort::ALL.to_vec())),
    )
        .prop_map(|(question, (territory, commune), age, stage, needs, modality, situations, unsure, language, kept, selection_only, sort)| {
            let situations: Vec<Situation> = situations.into_iter().map(|i| Situation::ALL[i]).collect();
            Answers {
                question,
                territory,
                commune,
                age,
                stage,
                needs: needs.into_iter().map(|i| Need::ALL[i]).collect(),
                modality,
                unsure: unsure.into_iter().map(|i| Situation::ALL[i]).filter(|s| !situations.contains(s)).collect(),
                situations,
                language,
                selection_only: selection_only && !kept.is_empty(),
                kept: kept.into_iter().collect(),
                sort,
            }
        })
}

proptest! {
    #[test]
    fn fragment_round_trips(answers in arb_answers()) {
        let printed = answers.to_fragment();
        let (read, problems) = Answers::from_fragment(&format!("#{printed}"));
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(read, answers);
    }

    #[test]
    fn any_fragment_or_query_is_read_without_panic(text in ".{0,200}") {
        let (answers, _) = Answers::from_fragment(&text);
        // What was kept prints to a fragment that reads back the same, with no problem.
        let (again, problems) = Answers::from_fragment(&answers.to_fragment());
        prop_assert!(problems.is_empty());
        prop_assert_eq!(again, answers);
        let _ = Config::from_query(&text);
    }

    #[test]
    fn every_problem_names_its_key(key in "[a-z]{1,10}", value in "[^&#]{0,20}") {
        let (_, problems) = Answers::from_fragment(&format!("{key}={value}"));
        for p in problems {
            let shown = p.to_string();
            prop_assert!(shown.contains(&key), "{}", shown);
        }
    }
}

// Security review, finding 17: src/lang.js and the Rust reader read repeated and percent-encoded
// keys differently. One table for both (tests/unit/lang.test.mjs runs lang.js on it).
#[test]
fn the_language_and_territory_of_a_link_are_read_as_src_lang_js_reads_them() {
    let table: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(common::root().join("tests/link_cases.json")).unwrap()).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for case in cases {
        let (answers, _) = Answers::from_fragment(case["fragment"].as_str().unwrap());
        let (config, _) = Config::from_query(case["query"].as_str().unwrap());
        let language = answers.language.or(config.language).map(|l| l.id());
        let territory = config.territory.or(answers.territory);
        assert_eq!(language, case["language"].as_str(), "{case}");
        assert_eq!(territory.as_deref(), case["territory"].as_str(), "{case}");
    }
}

// Security review, finding 8: the browser's Back dropped the answers given on the screen left.
#[test]
fn after_back_or_forward_the_answers_are_the_latest_on_the_screen_of_the_entry() {
    let latest = "question=situation&territoire=roubaix&age=16&situation=ase&garde=afev-roubaix&langue=en";
    assert_eq!(
        after_traversal(latest, "#question=modalite&territoire=roubaix&age=16"),
        "question=modalite&territoire=roubaix&age=16&situation=ase&garde=afev-roubaix&langue=en"
    );
    let (back, _) = Answers::from_fragment(&after_traversal(latest, "territoire=roubaix&vue=selection"));
    assert_eq!((back.question, back.selection_only), (None, true), "the place is the entry's");
    assert_eq!(back.situations, [Situation::Ase]);
    assert_eq!(back.language, Some(Language::En));
    assert_eq!(after_traversal("", "question=age"), "question=age");
}

// Security review, finding 17: `garde=` was deduplicated in quadratic time (a crafted link froze
// the tab). At most KEPT_MAX are kept, each compared with at most KEPT_MAX: 200 000 of them are
// read in well under the bound (minutes, quadratic), and the rest reported.
#[test]
fn a_link_with_two_hundred_thousand_kept_programmes_is_read_in_linear_time() {
    let fragment: String = (0..200_000).map(|i| format!("garde=p{}&", i % 100_000)).collect();
    let started = std::time::Instant::now();
    let (answers, problems) = Answers::from_fragment(&fragment);
    assert_eq!(answers.kept.len(), domain::answers::KEPT_MAX);
    assert!(answers.kept.windows(2).all(|w| w[0] != w[1]));
    assert!(!problems.is_empty() && problems[0].to_string().contains("100"), "{}", problems[0]);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
