//! The data keepers' page's checks (`domain::keepers`, the `keepers` feature): the published files
//! are fine, each problem is named in plain words at its line, and a file the app refuses, or
//! reads with a programme left out, is never « fine ».

use domain::dataset::{add_territory, parse_dataset, Dataset};
use domain::keepers::{check_file, Kind, Report};
use proptest::prelude::*;

use crate::common::shipped_file;

const TODAY: &str = "2026-12-04";

fn index() -> Dataset {
    parse_dataset(&shipped_file("data/index.json")).expect("the published index reads")
}

fn roubaix() -> String {
    shipped_file("data/roubaix.json")
}

fn check(text: &str) -> Report {
    check_file(text, Some(&index()), None, TODAY)
}

/// The line (from 1) of the first occurrence of `needle` in `text`.
fn line_of_text(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} is in the file"));
    1 + text[..at].matches('\n').count()
}

#[test]
fn the_published_files_are_fine() {
    let index_report = check_file(&shipped_file("data/index.json"), None, None, TODAY);
    assert_eq!(index_report.kind, Some(Kind::Index));
    assert!(index_report.fine(), "{:?}", index_report.findings);
    for id in ["roubaix", "dunkerque"] {
        let report = check_file(&shipped_file(&format!("data/{id}.json")), Some(&index()), Some(id), TODAY);
        assert_eq!(report.kind, Some(Kind::Territory(id.into())));
        assert!(report.fine(), "{id}: {:?}", report.findings);
        let mut read = index();
        add_territory(&mut read, id, &shipped_file(&format!("data/{id}.json"))).unwrap();
        assert_eq!(report.freshness.len(), read.programmes.len(), "every programme of {id} is listed");
    }
}

#[test]
fn a_wrong_email_is_named_in_plain_words_at_its_line() {
    let text = roubaix().replacen("lille@afev.org", "lille@afev", 1);
    let report = check(&text);
    assert!(!report.fine() && !report.refused, "one programme is left out, the file is read");
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    let finding = &report.findings[0];
    assert_eq!(finding.field.label, "Adresse e-mail");
    assert!(finding.field.advice.contains("contact@association.fr"), "{}", finding.field.advice);
    assert!(finding.detail.contains("lille@afev"), "{}", finding.detail);
    assert!(finding.about.starts_with("Afev ("), "{}", finding.about);
    assert_eq!(finding.line, Some(line_of_text(&text, "\"lille@afev\"")));
    assert!(report.freshness.iter().all(|p| !p.id.starts_with("afev-")), "the programme left out is not listed as read");
}

#[test]
fn a_missing_field_points_at_its_programme() {
    let text = roubaix().replacen("\"checked\": \"2026-12-03\",", "", 1);
    let report = check(&text);
    let finding = &report.findings[0];
    assert_eq!(finding.field.label, "Vérifié le");
    assert!(finding.detail.contains("absent"), "{}", finding.detail);
    let programme_start = line_of_text(&text, "\"programmes\"") + 1;
    assert_eq!(finding.line, Some(programme_start), "the line where the programme begins");
}

#[test]
fn inverted_ages_say_what_to_write() {
    let text = roubaix().replacen("\"max\": 18", "\"max\": 3", 1);
    let report = check(&text);
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    assert_eq!(report.findings[0].field.label, "Âges");
    assert!(report.findings[0].detail.contains("inversés"));
}

#[test]
fn bad_files_get_a_clear_message() {
    let not_json = check("{\"schema_version\": 6,\n  \"territory\": \"roubaix\"\n  \"programmes\": []}");
    assert!(not_json.refused);
    assert_eq!(not_json.findings[0].line, Some(3));
    assert!(not_json.findings[0].detail.contains("JSON"));

    let with_bom = check(&format!("\u{feff}{}", roubaix()));
    assert!(with_bom.refused);
    assert!(with_bom.findings[0].detail.contains("BOM"));
    assert!(add_territory(&mut index(), "roubaix", &format!("\u{feff}{}", roubaix())).is_err(), "the app refuses it too");

    let other = check_file(&shipped_file("data/dunkerque.json"), Some(&index()), Some("roubaix"), TODAY);
    assert!(other.refused);
    assert!(other.findings[0].detail.contains("celui de « dunkerque », pas de « roubaix »"), "{:?}", other.findings);

    let newer = check(&roubaix().replacen("\"schema_version\": 6", "\"schema_version\": 7", 1));
    assert!(newer.refused);
    assert_eq!(newer.findings[0].field.label, "Version du format");
    assert_eq!(newer.findings[0].line, Some(2));

    let huge = check(&" ".repeat(40_000_000));
    assert!(huge.refused);
    assert!(huge.findings[0].detail.contains("trop gros"), "{:?}", huge.findings);

    let neither = check("{\"schema_version\": 6}");
    assert!(neither.refused && neither.kind.is_none());
}

#[test]
fn programmes_checked_more_than_a_year_ago_come_first() {
    let text = roubaix().replacen("\"checked\": \"2026-12-03\"", "\"checked\": \"2025-11-30\"", 1);
    let report = check(&text);
    assert!(report.fine());
    let first = &report.freshness[0];
    assert!(first.stale && first.checked == "2025-11-30", "{first:?}");
    assert_eq!(first.contact, "lille@afev.org", "the association's contact to ask");
    assert!(report.freshness[1..].iter().all(|p| !p.stale));
}

/// Whether the app reads the whole file: no refusal, no programme left out.
fn app_reads_whole(text: &str) -> bool {
    let mut dataset = index();
    add_territory(&mut dataset, "roubaix", text).is_ok() && dataset.rejected.is_empty()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// A file the app would refuse, or read with a programme left out, is never « fine ».
    #[test]
    fn never_fine_when_the_app_refuses(at in 0usize..20_000, cut in 1usize..4) {
        let text = roubaix();
        let start = at % text.len();
        let end = (start + cut).min(text.len());
        prop_assume!(text.is_char_boundary(start) && text.is_char_boundary(end));
        let changed = format!("{}{}", &text[..start], &text[end..]);
        let report = check(&changed);
        prop_assert_eq!(report.fine(), app_reads_whole(&changed), "{:?}", report.findings);
    }
}

/// The page's French keeps a no-break space before « ? ! : ; », as the app's does
/// (`translations::french_keeps_a_no_break_space_before_double_punctuation`): every text written
/// in the keepers' module (its sentences, the fields' words, the reports' messages), and what a
/// report says of each bad file above.
#[test]
fn the_pages_french_keeps_no_break_spaces() {
    use domain::keepers::words;
    let mut texts: Vec<String> = Vec::new();
    let folder = crate::common::root().join("domain/src/keepers");
    for entry in std::fs::read_dir(&folder).unwrap() {
        let code = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            texts.extend(literals(line).into_iter().map(|t| t.replace("\\u{a0}", "\u{a0}")));
        }
    }
    assert!(texts.len() > 100, "the module's texts are read: {}", texts.len());
    let reports = [
        check(&roubaix().replacen("lille@afev.org", "lille@afev", 1)),
        check(&format!("\u{feff}{}", roubaix())),
        check("{\"schema_version\": 6,\n  \"territory\": \"roubaix\"\n  \"programmes\": []}"),
        check(&roubaix().replacen("\"schema_version\": 6", "\"schema_version\": 7", 1)),
        check_file(&shipped_file("data/dunkerque.json"), Some(&index()), Some("roubaix"), TODAY),
        check_file(&roubaix(), None, None, TODAY),
        check("{\"schema_version\": 6}"),
        check(&roubaix()),
    ];
    for report in &reports {
        texts.push(words::verdict(report));
    }
    let unbroken: Vec<&String> = texts
        .iter()
        .filter(|t| t.char_indices().any(|(i, c)| "?!:;".contains(c) && t[..i].ends_with(' ')))
        .collect();
    assert!(unbroken.is_empty(), "a plain space before « ? ! : ; »: {unbroken:?}");
}

/// The string literals of a line of Rust (escapes kept as written).
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A char literal ('"', '\\', 'a'): skipped whole.
            let mut n = 0;
            while let Some(d) = chars.next() {
                n += 1;
                if d == '\\' {
                    chars.next();
                } else if d == '\'' || n > 3 {
                    break;
                }
            }
        } else if c == '"' {
            let mut text = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        text.push(d);
                        text.extend(chars.next());
                    }
                    '"' => break,
                    _ => text.push(d),
                }
            }
            found.push(text);
        }
    }
    found
}

/// The programmes of Roubaix's file as `text` has them, read with the published index.
fn read_roubaix(text: &str) -> Dataset {
    let mut dataset = index();
    add_territory(&mut dataset, "roubaix", text).expect("the file reads");
    dataset
}

#[test]
fn who_sees_a_programme_follows_its_ages_by_the_apps_own_matching() {
    use domain::keepers::audience::{who_sees, Cell};
    use domain::vocabulary::{Modality, Stage};
    let before = read_roubaix(&roubaix());
    let same = who_sees(&before, &before, "afev-roubaix");
    assert!(same.changes.is_empty() && same.tables.iter().all(|t| t.rows.iter().all(|r| r.cells.iter().all(|c| !c.changed()))));
    let presentiel = same.tables.iter().find(|t| t.modality == Modality::Presentiel).unwrap();
    let lycee_pro = presentiel.rows.iter().find(|r| r.stage == Stage::LyceePro).unwrap();
    let at = |age: u8| same.bands.iter().position(|b| (b.from..=b.to).contains(&age)).unwrap();
    assert_eq!(lycee_pro.cells[at(16)], Cell::Shown, "Afev takes 5 to 18");
    assert_eq!(lycee_pro.cells[at(19)], Cell::Hidden);

    // Its oldest age from 18 to 15: the 16–18 year-olds no longer see it.
    let after = read_roubaix(&roubaix().replacen("\"max\": 18", "\"max\": 15", 1));
    let changed = who_sees(&before, &after, "afev-roubaix");
    let band = changed.bands.iter().position(|b| b.from == 16 && b.to == 18).expect("a band for 16–18");
    for table in &changed.tables {
        let row = table.rows.iter().find(|r| r.stage == Stage::LyceePro).unwrap();
        assert_eq!(row.cells[band], Cell::NowHidden, "{:?}", table.modality);
    }
    assert_eq!(changed.changes.len(), 1, "{:?}", changed.changes);
    assert!(changed.changes[0].starts_with("ne sera plus proposé aux 16–18\u{a0}ans\u{a0}: "), "{}", changed.changes[0]);
    assert!(changed.changes[0].contains("lycée pro"), "{}", changed.changes[0]);

    // Left out by the reader (a wrong e-mail): seen by no one.
    let broken = read_roubaix(&roubaix().replacen("lille@afev.org", "lille@afev", 1));
    let gone = who_sees(&before, &broken, "afev-roubaix");
    assert!(gone.tables.iter().all(|t| t.rows.iter().all(|r| r.cells.iter().all(|c| matches!(c, Cell::Hidden | Cell::NowHidden)))));
}

#[test]
fn the_summary_says_each_change_and_what_to_add_before_publishing() {
    use domain::keepers::form::{edited, Edit};
    use domain::keepers::summary::{changes, summary, summary_mailto, Draft};
    use domain::url_text::decode;
    let original = roubaix();
    let aged = edited(&original, 0, &Edit::MaxAge("15".into())).unwrap();
    let both = edited(&aged, 0, &Edit::Emails("contact@afev.org".into())).unwrap();
    let found = changes(&original, &both);
    assert_eq!(found.len(), 1, "{found:?}");
    let afev = &found[0];
    assert_eq!((afev.id.as_str(), afev.association.as_str()), ("afev-roubaix", "Afev"));
    assert_eq!(afev.lines, ["Adresse e-mail\u{a0}: lille@afev.org → contact@afev.org", "Âge maximum\u{a0}: 18 → 15"]);
    assert!(afev.facts && afev.contacts);
    let text = summary("data/roubaix.json", &found);
    for said in ["Afev (afev-roubaix)", "- Âge maximum\u{a0}: 18 → 15", "l'extrait de la brochure", "« correspondance » (date, expéditeur, texte)", "deuxième personne", "Aucune traduction à refaire"] {
        assert!(text.contains(said), "« {said} » in {text}");
    }
    assert!(!text.contains("passera"), "it never says the file will pass");
    let only_checked = edited(&original, 0, &Edit::Checked("2026-12-04".into())).unwrap();
    let checked = changes(&original, &only_checked);
    assert!(!checked[0].facts && !checked[0].contacts);
    assert!(!summary("data/roubaix.json", &checked).contains("À ajouter"), "a new « vérifié le » needs nothing more");
    assert!(changes(&original, &original).is_empty());

    let mail = summary_mailto("roubaix@collectifmentorat.fr", "data/roubaix.json", &found);
    let body = mail.split_once("&body=").unwrap().1;
    assert!(mail.starts_with("mailto:roubaix@collectifmentorat.fr?subject="));
    assert_eq!(decode(body), text);

    let draft = Draft { name: "Votre fichier « r ».json".into(), date: "4 décembre 2026".into(), expected: Some("roubaix".into()), original: original.clone(), edited: both };
    assert_eq!(Draft::from_json(&draft.to_json()), Some(draft.clone()));
    assert_eq!(Draft::from_json(&Draft { expected: None, ..draft }.to_json()).unwrap().expected, None);
    assert_eq!(Draft::from_json("{\"name\": 1}"), None);
}

#[test]
fn each_fact_of_the_form_shows_the_excerpts_that_back_it() {
    use domain::keepers::form::excerpts;
    let ages = excerpts(&roubaix(), 0, "ages");
    assert_eq!(ages, [("cite-educative-roubaix".to_owned(), "de 5 a 18 ans".to_owned())]);
    assert!(!excerpts(&roubaix(), 0, "stages").is_empty());
    assert!(excerpts(&roubaix(), 99, "ages").is_empty());
}

#[test]
fn a_text_or_a_public_changed_says_what_else_to_redo_and_the_index_keeps_its_collectif() {
    use domain::keepers::form::{edited, edited_collectif, fields, index_territories, Edit, TEXTS};
    use domain::keepers::summary::{changes, summary};
    let original = roubaix();
    let line = TEXTS.iter().position(|t| *t == "line").unwrap();
    let reworded = edited(&original, 0, &Edit::Text(line, "Un étudiant t'aide chaque semaine.".into())).unwrap();
    assert_eq!(fields(&reworded, 0).unwrap().texts[line], "Un étudiant t'aide chaque semaine.");
    let found = changes(&original, &reworded);
    assert_eq!(found[0].texts, ["line"]);
    let text = summary("data/roubaix.json", &found);
    assert!(text.contains("les traductions de «\u{a0}Phrase d'accroche\u{a0}» en anglais, en arabe et en ukrainien"), "{text}");
    assert!(!text.contains("Aucune traduction à refaire"));

    let reserved = edited(&original, 0, &Edit::Reserved("qpv".into(), true)).unwrap();
    assert_eq!(fields(&reserved, 0).unwrap().reserved_for, ["qpv"]);
    assert!(reserved.contains("\"reserved_for\": [\"qpv\"]"), "added inline, after the audience's last field");
    let needs_evidence = check(&reserved);
    assert!(needs_evidence.findings.iter().any(|f| f.detail.contains("aucun extrait")), "a new public needs its excerpt: {:?}", needs_evidence.findings);
    assert!(changes(&original, &reserved)[0].facts);

    let index_text = shipped_file("data/index.json");
    let territories = index_territories(&index_text);
    let roubaix_at = territories.iter().find(|t| t.id == "roubaix").unwrap();
    let changed = edited_collectif(&index_text, roubaix_at.index, "lille@collectifmentorat.fr").unwrap();
    assert_eq!(changed, index_text.replacen(&format!("\"{}\"", roubaix_at.collectif_email), "\"lille@collectifmentorat.fr\"", 1));
    let wrong = edited_collectif(&index_text, roubaix_at.index, "pas une adresse").unwrap();
    assert!(!check_file(&wrong, None, None, TODAY).fine(), "a wrong address is a problem of the index");
}

#[test]
fn the_mentors_profiles_and_months_are_corrected_with_their_excerpts_needed() {
    use domain::keepers::form::{edited, fields, Edit};
    use domain::keepers::summary::changes;
    let original = roubaix();
    let now = fields(&original, 0).unwrap();
    assert_eq!((now.profiles.clone(), now.months_min, now.months_max), (vec!["etudiant".to_owned(), "alternant".to_owned()], Some(9), None));
    let longer = edited(&original, 0, &Edit::MonthsMax("12".into())).unwrap();
    assert_eq!(longer, original.replacen("\"months\": {\n          \"min\": 9\n        }", "\"months\": {\n          \"min\": 9,\n          \"max\": 12\n        }", 1));
    assert!(check(&longer).fine(), "{:?}", check(&longer).findings);
    let retirees = edited(&original, 0, &Edit::Profile("retraite".into(), true)).unwrap();
    assert_eq!(fields(&retirees, 0).unwrap().profiles, ["etudiant", "alternant", "retraite"]);
    let found = changes(&original, &retirees);
    assert!(found[0].facts && found[0].lines[0].starts_with("Profils de mentors\u{a0}: etudiant, alternant → etudiant, alternant, retraite"), "{:?}", found[0].lines);
    let none = edited(&original, 0, &Edit::MonthsMin(String::new())).unwrap();
    assert_eq!(none, original.replacen(",\n        \"months\": {\n          \"min\": 9\n        }", "", 1), "the range goes with its last bound");
}

#[test]
fn the_mentors_youngest_age_and_hours_are_edited_where_the_file_writes_them() {
    use domain::keepers::mentors::{edited_stated, in_words, stated, Fact, Part};
    use domain::keepers::summary::changes;
    let dunkerque = shipped_file("data/dunkerque.json");
    // Afev Dunkerque, the file's first programme: hours by profile.
    let afev = 0;
    let hours = stated(&dunkerque, afev, Fact::Hours);
    assert!(hours.by_profile && hours.entries.len() == 2, "{hours:?}");
    assert_eq!(in_words(&hours), "2 par semaine (etudiant)\u{a0}; 1 par semaine (lyceen)");
    let students = edited_stated(&dunkerque, afev, Fact::Hours, 0, &Part::Min("3".into())).unwrap();
    assert_eq!(students, dunkerque.replacen("\"etudiant\"\n            ],\n            \"min\": 2,", "\"etudiant\"\n            ],\n            \"min\": 3,", 1));
    let read = {
        let mut d = index();
        add_territory(&mut d, "dunkerque", &students).unwrap();
        d
    };
    assert!(read.rejected.is_empty(), "{:?}", read.rejected);
    assert!(edited_stated(&dunkerque, afev, Fact::Hours, 0, &Part::Min(String::new())).is_err(), "an entry by profile keeps its minimum");

    // One value for every mentor: a youngest age added, then its hours' most and unit.
    let original = roubaix();
    assert_eq!(stated(&original, 0, Fact::MinAge).entries, []);
    let aged = edited_stated(&original, 0, Fact::MinAge, 0, &Part::Min("18".into())).unwrap();
    assert_eq!(stated(&aged, 0, Fact::MinAge).entries[0].min, Some(18));
    assert!(aged.contains("\"min_age\": 18"), "said of every mentor, a plain number");
    let most = edited_stated(&aged, 0, Fact::Hours, 0, &Part::Max("4".into())).unwrap();
    let monthly = edited_stated(&most, 0, Fact::Hours, 0, &Part::Per("mois".into())).unwrap();
    assert_eq!(in_words(&stated(&monthly, 0, Fact::Hours)), "2 à 4 par mois");
    let lines = &changes(&original, &monthly)[0].lines;
    assert!(lines.iter().any(|l| l == "Âge minimum des mentors\u{a0}: (non dit) → 18"), "{lines:?}");
    assert!(lines.iter().any(|l| l == "Heures des mentors\u{a0}: 2 par semaine → 2 à 4 par mois"), "{lines:?}");
    // The facts now need their excerpts: the mentors' youngest age has none yet.
    assert!(check(&monthly).findings.iter().any(|f| f.detail.contains("aucun extrait")));
}
