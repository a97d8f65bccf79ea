//! The four languages: every key in every language, the same placeholders, each language's plural
//! forms and rules, nothing left in French outside a short list of names, the order in which the
//! language is chosen, the files the app downloads, and the programmes' translations, validated
//! like the dataset with each broken variant's message checked.

use crate::common;

use std::collections::BTreeSet;

use serde_json::{Map, Value};
use domain::i18n::{
    language, plural, read_texts, speak, speak_french, t, tf, Category, Entry, Language, Slot, FINGERPRINT, FRENCH, KEYS, SLOTS, T,
};
use domain::programme_texts::{read_programme_texts, source_hash, Field};
use domain::summary::answers_summary;

const OTHERS: [Language; 3] = [Language::En, Language::Ar, Language::Uk];

/// Texts that are the same in French and in another language, on purpose: names, and templates
/// made only of placeholders and punctuation.
const SAME_AS_FRENCH: &[&str] = &[
    "brand",
    "title.suffix",
    "date.format",
    "list.separator",
    "question.territoire.option",
    "footer.version",
    "filter.reserved",
    "volunteer.for_people",
    "directory.situation",
    "directory.situations",
    "directory.programme",
    "directory.count",
];

fn file(language: Language) -> Map<String, Value> {
    let path = common::root().join(format!("i18n/{}.json", language.id()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
        Value::Object(map) => map,
        _ => panic!("{}: an object is expected", path.display()),
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        found.insert(rest[start + 1..start + end].to_owned());
        rest = &rest[start + end + 1..];
    }
    found
}

/// Each form of a text (a plain text is one form).
fn forms(value: &Value) -> Vec<(String, &str)> {
    match value {
        Value::String(text) => vec![("text".into(), text.as_str())],
        Value::Object(forms) => forms.iter().map(|(k, v)| (k.clone(), v.as_str().expect("a form is a text"))).collect(),
        other => panic!("neither a text nor plural forms: {other}"),
    }
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let french: Vec<String> = file(Language::Fr).keys().cloned().collect();
    for language in OTHERS {
        let theirs: Vec<String> = file(language).keys().cloned().collect();
        let missing: Vec<&String> = french.iter().filter(|k| !theirs.contains(k)).collect();
        let extra: Vec<&String> = theirs.iter().filter(|k| !french.contains(k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, unknown {extra:?}", language.id());
    }
    // The keys the app knows are the French file's (the static pages' aside).
    let app: BTreeSet<&str> = french.iter().map(String::as_str).filter(|k| !k.starts_with("static.")).collect();
    assert_eq!(app, KEYS.into_iter().collect::<BTreeSet<_>>());
}

/// Arabic says zero, one and two without the number: « لا يوجد أي برنامج », « برنامج واحد »,
/// « برنامجان » (« 2 برنامجان » reads « two two-programmes »). These three plural forms of
/// Arabic, and no other form of any language, may leave out the count `{n}`; every other
/// placeholder they keep.
fn may_leave_out_the_count(language: Language, form: &str) -> bool {
    language == Language::Ar && matches!(form, "zero" | "one" | "two")
}

/// What is wrong in a language's texts against the French: an empty form, a placeholder left
/// out or added, plural forms that are not the language's.
fn placeholder_problems(language: Language, french: &Map<String, Value>, theirs: &Map<String, Value>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (key, value) in french {
        let expected = forms(value).iter().flat_map(|(_, text)| placeholders(text)).collect::<BTreeSet<_>>();
        for (form, text) in forms(&theirs[key]) {
            if text.trim().is_empty() {
                wrong.push(format!("{} {key} {form}: empty", language.id()));
            }
            let mut found = placeholders(text);
            if may_leave_out_the_count(language, &form) && expected.contains("n") {
                found.insert("n".to_owned());
            }
            if found != expected {
                wrong.push(format!("{} {key} {form}: {:?}, French {expected:?}", language.id(), placeholders(text)));
            }
        }
        if let Value::Object(given) = &theirs[key] {
            let given: BTreeSet<&str> = given.keys().map(String::as_str).collect();
            let wanted: BTreeSet<&str> = language.categories().iter().map(|c| c.id()).collect();
            if given != wanted {
                wrong.push(format!("{} {key}: forms {given:?}, the language has {wanted:?}", language.id()));
            }
        } else if value.is_object() {
            wrong.push(format!("{} {key}: plural forms are needed", language.id()));
        }
    }
    wrong
}

#[test]
fn every_translation_keeps_the_placeholders_and_gives_its_plural_forms() {
    let french = file(Language::Fr);
    let wrong: Vec<String> = OTHERS.into_iter().flat_map(|language| placeholder_problems(language, &french, &file(language))).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn only_the_arabic_zero_one_and_two_forms_may_leave_out_the_count() {
    let french = file(Language::Fr);
    // The language's file with one text (a plural form, or a plain text) changed.
    let changed = |language: Language, key: &str, form: Option<&str>, change: &dyn Fn(&str) -> String| {
        let mut theirs = file(language);
        let slot = match form {
            Some(form) => &mut theirs[key][form],
            None => &mut theirs[key],
        };
        *slot = Value::String(change(slot.as_str().expect("a text")));
        placeholder_problems(language, &french, &theirs)
    };
    let without_count = |text: &str| text.replace("{n}", "").trim().to_owned();

    for form in ["zero", "one", "two"] {
        let problems = changed(Language::Ar, "results.count", Some(form), &without_count);
        assert!(problems.is_empty(), "ar {form}: {problems:?}");
        let problems = changed(Language::Ar, "results.count", Some(form), &|_: &str| "{n} برنامج".to_owned());
        assert!(problems.is_empty(), "ar {form} may keep {{n}} too: {problems:?}");
    }
    let refused = [
        (Language::Ar, "results.count", Some("few")),
        (Language::Ar, "results.count", Some("many")),
        (Language::Ar, "results.count", Some("other")),
        (Language::Ar, "question.progress", None),
        (Language::Uk, "results.count", Some("one")),
        (Language::Uk, "results.count", Some("few")),
        (Language::Uk, "results.count", Some("many")),
        (Language::En, "results.count", Some("one")),
        (Language::En, "results.count", Some("other")),
    ];
    for (language, key, form) in refused {
        let problems = changed(language, key, form, &without_count);
        let named = format!("{} {key} {}: ", language.id(), form.unwrap_or("text"));
        assert!(problems.len() == 1 && problems[0].starts_with(&named) && !problems[0].contains("empty"), "{named}{problems:?}");
    }
}

#[test]
fn nothing_is_left_in_french_but_names() {
    let french = file(Language::Fr);
    for language in OTHERS {
        let theirs = file(language);
        let same: Vec<&String> = french.keys().filter(|k| theirs[*k] == french[*k] && !SAME_AS_FRENCH.contains(&k.as_str())).collect();
        assert!(same.is_empty(), "{}: still the French text: {same:?}", language.id());
    }
}

#[test]
fn digits_stay_latin_and_no_word_mixes_two_scripts() {
    for language in OTHERS {
        let dataset = std::fs::read_dir(common::root().join(format!("public/data/i18n/{}", language.id()))).unwrap();
        let split = dataset.map(|entry| format!("public/data/i18n/{}/{}", language.id(), entry.unwrap().file_name().to_string_lossy()));
        for path in std::iter::once(format!("i18n/{}.json", language.id())).chain(split) {
            let text = std::fs::read_to_string(common::root().join(&path)).unwrap();
            let eastern = text.chars().find(|c| ('\u{0660}'..='\u{0669}').contains(c) || ('\u{06F0}'..='\u{06F9}').contains(c));
            assert_eq!(eastern, None, "{path}: digits stay Latin");
            let mixed: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && w.chars().any(|c| ('\u{0400}'..='\u{06FF}').contains(&c)))
                .collect();
            assert!(mixed.is_empty(), "{path}: words mixing Latin and another script: {mixed:?}");
        }
    }
}

#[test]
fn plural_rules_of_each_language() {
    use Category::*;
    let numbers = [0, 1, 2, 3, 5, 11, 21, 100];
    let expected = [
        (Language::Fr, [One, One, Other, Other, Other, Other, Other, Other]),
        (Language::En, [Other, One, Other, Other, Other, Other, Other, Other]),
        (Language::Uk, [Many, One, Few, Few, Many, Many, One, Many]),
        (Language::Ar, [Zero, One, Two, Few, Few, Many, Many, Other]),
    ];
    for (language, categories) in expected {
        let found: Vec<Category> = numbers.iter().map(|n| language.plural(*n)).collect();
        assert_eq!(found, categories, "{}", language.id());
    }
}

/// A language's file as the build writes it (scripts/translations.mjs).
fn built(language: Language) -> String {
    let own = file(language);
    let items: Vec<Value> =
        std::iter::once(Value::String(FINGERPRINT.into())).chain(KEYS.iter().map(|k| own[*k].clone())).collect();
    serde_json::to_string(&items).unwrap()
}

#[test]
fn every_count_reads_in_the_form_its_language_asks_for() {
    for language in [Language::Fr, Language::En, Language::Ar, Language::Uk] {
        let forms = file(language)["results.count"].clone();
        if language == Language::Fr {
            speak_french();
        } else {
            speak(language, read_texts(&built(language)).expect("the built file reads"));
        }
        assert_eq!(self::language(), language);
        for n in [0u64, 1, 2, 3, 5, 11, 21, 100] {
            let category = language.plural(n).id();
            let form = forms[category].as_str().unwrap_or_else(|| panic!("{} {category}", language.id()));
            assert_eq!(plural(T::ResultsCount, n), form.replace("{n}", &n.to_string()), "{} {n}", language.id());
        }
    }
    speak_french();
}

#[test]
fn a_built_file_is_read_only_against_its_own_keys() {
    let english = built(Language::En);
    let texts = read_texts(&english).expect("reads");
    assert_eq!(texts.len(), FRENCH.len());
    speak(Language::En, texts);
    assert_eq!(t(T::QuestionBack), file(Language::En)["question.back"].as_str().unwrap());
    speak_french();
    assert_eq!(t(T::QuestionBack), "Retour");

    let other_build = english.replacen(FINGERPRINT, "0000000000000000", 1);
    assert!(read_texts(&other_build).unwrap_err().contains("autre version"));
    let short = format!("[\"{FINGERPRINT}\", \"un\"]");
    assert!(read_texts(&short).unwrap_err().contains("textes au lieu de"));
    assert!(read_texts("{}").unwrap_err().contains("liste"));
    assert!(read_texts("[").is_err());
}

/// The programmes' translations of a language, as shipped, in one document: the index's
/// (the territories' areas) with every territory's programmes, each file split like the dataset.
fn programme_file(language: Language) -> String {
    let read = |file: &str| -> Value {
        let path = common::root().join(format!("public/data/i18n/{}/{file}.json", language.id()));
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
    };
    let mut whole = read("index");
    assert!(whole.get("programmes").is_none(), "the index's translations hold the territories only");
    let mut programmes = Map::new();
    for territory in &common::shipped().territories {
        let file = read(&territory.id);
        assert!(file.get("territories").is_none(), "{}: a territory's translations hold its programmes", territory.id);
        for (id, entry) in file["programmes"].as_object().unwrap() {
            let of = common::shipped().programmes.iter().find(|p| p.id == *id).map(|p| p.territory.as_str());
            assert_eq!(of, Some(territory.id.as_str()), "{}/{}.json: {id} is a programme of this territory", language.id(), territory.id);
            programmes.insert(id.clone(), entry.clone());
        }
    }
    whole["programmes"] = Value::Object(programmes);
    whole.to_string()
}

#[test]
fn the_programmes_are_translated_in_every_language_field_by_field() {
    let dataset = common::shipped();
    for language in OTHERS {
        let texts = read_programme_texts(&programme_file(language), language).expect("reads");
        assert!(texts.rejected.is_empty(), "{}: {:?}", language.id(), texts.rejected);
        assert!(texts.unknown(dataset).is_empty(), "{}: {:?}", language.id(), texts.unknown(dataset));
        for p in &dataset.programmes {
            let mut french = vec![Field::Summary, Field::Line, Field::Duration, Field::Frequency, Field::Mentors, Field::Capacity];
            let figures = p.figures.as_ref();
            french.extend(figures.and_then(|f| f.local.as_ref()).map(|_| Field::FiguresLocal));
            french.extend(figures.and_then(|f| f.area.as_ref()).map(|_| Field::FiguresArea));
            french.extend(p.mentoring.frequency.as_ref().map(|_| Field::MentorFrequency));
            french.extend(p.mentoring.support.as_ref().map(|_| Field::Support));
            let text = |field: Field| -> &str {
                let figures = p.figures.as_ref();
                match field {
                    Field::Summary => &p.summary,
                    Field::Line => &p.line,
                    Field::Duration => &p.duration,
                    Field::Frequency => &p.frequency,
                    Field::Mentors => &p.mentors,
                    Field::Capacity => &p.capacity,
                    Field::FiguresLocal => figures.and_then(|f| f.local.as_deref()).unwrap_or_default(),
                    Field::MentorFrequency => p.mentoring.frequency.as_deref().unwrap_or_default(),
                    Field::Support => p.mentoring.support.as_deref().unwrap_or_default(),
                    _ => figures.and_then(|f| f.area.as_deref()).unwrap_or_default(),
                }
            };
            // Every translation translates the French as it is now: a French text changed without
            // its translations redone fails here (the app would show it in French).
            for field in french {
                assert!(texts.get(&p.id, field, text(field)).is_some(), "{} {}: no {} translating the French of today (scripts/translation-sources.mjs)", language.id(), p.id, field.id());
            }
        }
        for territory in &dataset.territories {
            assert!(texts.get(&territory.id, Field::Area, &territory.area).is_some(), "{} {}: no area", language.id(), territory.id);
        }
    }
}

// Security review, finding 11: new facts were shown beside old translations, and `translates`
// was never checked. A translation of an older French text shows the French.
#[test]
fn a_translation_of_an_older_french_text_is_not_shown() {
    let dataset = common::shipped();
    let texts = read_programme_texts(&programme_file(Language::En), Language::En).unwrap();
    let afev = dataset.programmes.iter().find(|p| p.id == "afev-roubaix").unwrap();
    assert!(texts.get("afev-roubaix", Field::Summary, &afev.summary).is_some());
    assert_eq!(texts.get("afev-roubaix", Field::Summary, &format!("{} Changé.", afev.summary)), None);
    assert_eq!(source_hash("Un mentor t'aide."), source_hash("Un mentor t'aide."));
    assert_ne!(source_hash("de 14 à 21 ans"), source_hash("de 16 à 21 ans"));
}

#[test]
fn a_broken_programme_translation_is_left_out_and_named() {
    let good: Value = serde_json::from_str(&programme_file(Language::En)).unwrap();
    let variant = |change: &dyn Fn(&mut Value)| {
        let mut broken = good.clone();
        change(&mut broken);
        read_programme_texts(&broken.to_string(), Language::En)
    };
    let unknown_field = variant(&|v| v["programmes"]["afev-roubaix"]["résumé"] = "x".into()).unwrap();
    let named = unknown_field.rejected.iter().map(|e| e.to_string()).collect::<Vec<_>>();
    assert_eq!(named.len(), 1, "{named:?}");
    assert!(named[0].contains("afev-roubaix") && named[0].contains("résumé") && named[0].contains("champ inconnu"), "{named:?}");
    let summary = |id: &str| common::shipped().programmes.iter().find(|p| p.id == id).unwrap().summary.clone();
    assert_eq!(unknown_field.get("afev-roubaix", Field::Summary, &summary("afev-roubaix")), None, "the broken entry is left out");
    assert!(unknown_field.get("anaf-roubaix", Field::Summary, &summary("anaf-roubaix")).is_some(), "the others are kept");

    let not_text = variant(&|v| v["programmes"]["anaf-roubaix"]["duration"] = 6.into()).unwrap();
    assert!(not_text.rejected[0].to_string().contains("anaf-roubaix") && not_text.rejected[0].field == "duration");
    let empty = variant(&|v| v["territories"]["roubaix"]["area"] = " ".into()).unwrap();
    assert!(empty.rejected[0].to_string().contains("territoire « roubaix »"));
    let reviewed = variant(&|v| v["programmes"]["afev-roubaix"]["reviewed"] = "oui".into()).unwrap();
    assert_eq!(reviewed.rejected[0].field, "reviewed");

    let unknown_id = variant(&|v| v["programmes"]["afev-lille"] = serde_json::json!({"summary": "x"})).unwrap();
    let unknown = unknown_id.unknown(common::shipped());
    assert!(unknown.len() == 1 && unknown[0].to_string().contains("afev-lille"), "{unknown:?}");

    assert!(read_programme_texts(&good.to_string(), Language::Uk).unwrap_err().contains("« uk »"));
    assert!(variant(&|v| v["programmes"] = Value::Null).unwrap_err().contains("programmes"));
    assert!(read_programme_texts("{", Language::En).is_err());
}

/// The files only the adults' app compiles in (the volunteers' path and the counsellors'
/// directory) and the data keepers' (`/donnees`, which reads the whole French table too).
const ADULTS_FILES: [&str; 16] = [
    "src/bin/adults.rs",
    "src/bin/keepers.rs",
    "src/keepers.rs",
    "src/pages/data_keepers.rs",
    "src/components/file_report.rs",
    "src/components/volunteer_question_screen.rs",
    "src/components/volunteer_results.rs",
    "src/components/volunteer_card.rs",
    "src/components/directory_table.rs",
    "src/pages/volunteer.rs",
    "src/pages/volunteer_results.rs",
    "src/pages/directory.rs",
    "domain/src/volunteer.rs",
    "domain/src/volunteer_matching.rs",
    "domain/src/volunteer_words.rs",
    "domain/src/directory.rs",
];

// The young person's app compiles in a French table without the adults' pages' texts
// (FRENCH_YOUNG, domain/build.rs): none of its files may ask for one, or it would show nothing.
#[test]
fn the_young_persons_app_asks_for_no_text_its_french_table_leaves_out() {
    use domain::i18n::{Entry, FRENCH, FRENCH_YOUNG, KEYS};
    let left_out: Vec<String> = KEYS
        .iter()
        .enumerate()
        .filter(|(i, _)| FRENCH_YOUNG[*i] == Entry::Text("") && FRENCH[*i] != Entry::Text(""))
        .map(|(_, key)| variant_of(key))
        .collect();
    assert!(left_out.len() > 50, "the adults' texts are left out: {}", left_out.len());
    for file in rust_files() {
        let relative = file.strip_prefix(common::root()).unwrap().to_string_lossy().replace('\\', "/");
        if ADULTS_FILES.contains(&relative.as_str()) {
            continue;
        }
        let code = std::fs::read_to_string(&file).unwrap();
        for variant in &left_out {
            let used = code.match_indices(&format!("T::{variant}")).any(|(at, _)| !code[at + 3 + variant.len()..].starts_with(|c: char| c.is_alphanumeric()));
            assert!(!used, "{relative} shows T::{variant}, which the young person's app leaves out (i18n/adults-only.json)");
        }
    }
}

// Outside review AR-1 and AR-11: in Arabic, a phone number set in a sentence was printed reversed,
// and the answers line read « أجوبتك: 16 · Roubaix سنة ».
#[test]
fn every_value_set_in_a_sentence_is_isolated_for_direction_in_arabic_only() {
    let dataset = common::shipped();
    let answers = common::answers("territoire=roubaix&age=16&etape=lycee-pro");
    speak(Language::Ar, read_texts(&built(Language::Ar)).expect("the built file reads"));
    let printed = tf(T::PrintPhone, &[(Slot::Phone, "06 36 15 26 43")]);
    assert!(printed.contains("\u{2068}06 36 15 26 43\u{2069}"), "{printed}");
    let line = answers_summary(&answers, dataset);
    for part in ["Roubaix", "16"] {
        let isolated = line.split('\u{2068}').skip(1).any(|piece| piece.starts_with(part) && piece.contains('\u{2069}'));
        assert!(isolated, "« {part} » has its own isolate in « {line} »");
    }
    speak(Language::En, read_texts(&built(Language::En)).expect("the built file reads"));
    let printed = tf(T::PrintPhone, &[(Slot::Phone, "06 36 15 26 43")]);
    assert!(!printed.contains('\u{2068}') && printed.contains("06 36 15 26 43"), "{printed}");
    assert!(!answers_summary(&answers, dataset).contains('\u{2068}'));
    speak_french();
}

/// French puts a no-break space before « ? ! : ; » so that the sign never starts a line alone
/// (« Besoin d'aide pour choisir ? » at 360 px). Every French text the app or the page shows:
/// the interface's words, the dataset's texts (not the brochures' quoted excerpts) and the page
/// shell.
#[test]
fn french_keeps_a_no_break_space_before_double_punctuation() {
    fn unbroken(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .filter(|&i| "?!:;".contains(chars[i]) && i > 0 && !['\u{a0}', '\u{202f}'].contains(&chars[i - 1]))
            .filter(|&i| chars.get(i + 1).is_none_or(|c| c.is_whitespace() || "»)<\"".contains(*c)))
            .filter(|&i| chars[i - 1] == ' ' || chars[i - 1].is_alphanumeric() || "»)}".contains(chars[i - 1]))
            .map(|i| chars[i.saturating_sub(20)..(i + 1)].iter().collect())
            .collect()
    }
    fn walk(value: &Value, at: &str, found: &mut Vec<String>) {
        match value {
            Value::String(text) => found.extend(unbroken(text).into_iter().map(|s| format!("{at}: « {s} »"))),
            Value::Array(items) => items.iter().for_each(|v| walk(v, at, found)),
            Value::Object(fields) => fields.iter().filter(|(k, _)| *k != "evidence").for_each(|(k, v)| walk(v, &format!("{at}.{k}"), found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for (key, entry) in KEYS.iter().zip(FRENCH.iter()) {
        let forms: Vec<&str> = match entry {
            Entry::Text(text) => vec![text],
            Entry::Plural(forms) => forms.iter().map(|(_, text)| *text).collect(),
        };
        found.extend(forms.into_iter().flat_map(unbroken).map(|s| format!("i18n/fr.json {key}: « {s} »")));
    }
    let index: Value = serde_json::from_str(&common::shipped_file("data/index.json")).unwrap();
    walk(&index, "data/index.json", &mut found);
    for territory in index["territories"].as_array().unwrap() {
        let file = format!("data/{}.json", territory["id"].as_str().unwrap());
        walk(&serde_json::from_str(&common::shipped_file(&file)).unwrap(), &file, &mut found);
    }
    let shell = std::fs::read_to_string(common::root().join("index.html")).unwrap();
    for line in shell.lines().filter(|l| !l.trim_start().starts_with("<!--") && !l.contains("http")) {
        found.extend(unbroken(line).into_iter().map(|s| format!("index.html: « {s} »")));
    }
    assert!(found.is_empty(), "a plain space or none before « ? ! : ; »:\n{}", found.join("\n"));
}

/// Bytes allocated and not yet freed by the current thread (the tests of this file run in
/// threads of their own), to measure what reading translations keeps.
mod live_bytes {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    thread_local! {
        pub static LIVE: Cell<isize> = const { Cell::new(0) };
    }

    pub struct Counting;

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let _ = LIVE.try_with(|l| l.set(l.get() + layout.size() as isize));
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            let _ = LIVE.try_with(|l| l.set(l.get() - layout.size() as isize));
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[global_allocator]
    static COUNTING: Counting = Counting;

    pub fn now() -> isize {
        LIVE.with(Cell::get)
    }
}

// Code review §4.5: each territory read kept a merged copy of every translation read before it,
// for the page's life: at 100 territories, 5,050 territories' worth. What is kept must grow like
// the territories read, not like their square.
#[test]
fn reading_territories_translations_keeps_each_once() {
    use domain::programme_texts::{add_shown, shown, texts_shown};
    let file = |territory: usize| {
        let programmes: Vec<String> = (0..15)
            .map(|p| format!(r#""p{p}-t{territory}": {{"fr": {{"line": "{}"}}, "line": "A line of about sixty characters, as the dataset's are, {p}."}}"#, source_hash("Une ligne.")))
            .collect();
        read_programme_texts(&format!(r#"{{"language": "en", "programmes": {{{}}}}}"#, programmes.join(",")), Language::En).unwrap()
    };
    let kept_after = |territories: std::ops::Range<usize>| {
        let before = live_bytes::now();
        for territory in territories {
            add_shown(file(territory));
        }
        live_bytes::now() - before
    };
    let fifty = kept_after(0..50);
    let hundred = kept_after(50..100);
    assert!(hundred < fifty * 3 / 2, "the second fifty territories kept {hundred} bytes, the first {fifty}");
    assert_eq!(texts_shown().iter().map(|t| t.programmes.len()).sum::<usize>(), 100 * 15);
    assert_eq!(shown("p3-t99", Field::Line, "Une ligne.").text, "A line of about sixty characters, as the dataset's are, 3.");
    assert_eq!(shown("p3-t0", Field::Line, "Une ligne.").text, "A line of about sixty characters, as the dataset's are, 3.");
}

// Issue 20: the placeholders are typed (`Slot`, generated from i18n/fr.json), so a misspelt
// `{name}` does not compile; and each text the code fills is given exactly its key's placeholders,
// none forgotten (it would show « {name} ») and none its text does not have.
#[test]
fn every_text_the_code_fills_is_given_exactly_its_placeholders() {
    let mut calls = 0;
    for file in rust_files() {
        let code = std::fs::read_to_string(&file).unwrap();
        for (at, _) in code.match_indices("tf(T::") {
            let rest = &code[at + "tf(T::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            // The values: from `&[` to its closing `]`.
            let Some(open) = rest.find("&[") else { continue };
            let mut depth = 0;
            let close = rest[open + 1..]
                .char_indices()
                .find(|(_, c)| {
                    depth += match c { '[' => 1, ']' => -1, _ => 0 };
                    depth == 0
                })
                .map(|(i, _)| open + 1 + i)
                .unwrap();
            let given: Vec<String> =
                rest[open..close].split("Slot::").skip(1).map(|s| s.chars().take_while(|c| c.is_alphanumeric()).collect()).collect();
            let index = KEYS.iter().position(|key| variant_of(key) == name).unwrap_or_else(|| panic!("{}: no key T::{name}", file.display()));
            let mut expected: Vec<String> = SLOTS[index].iter().map(|slot| format!("{slot:?}")).collect();
            let mut given_sorted = given.clone();
            expected.sort();
            given_sorted.sort();
            assert_eq!(given_sorted, expected, "{}: T::{name} is filled with {given:?}", file.display());
            calls += 1;
        }
    }
    assert!(calls > 60, "the calls were found: {calls}");
    assert_eq!(Slot::Name.written(), "{name}");
}

/// The `T` variant of a key, as domain/build.rs names it: `question.age.title` → `QuestionAgeTitle`.
fn variant_of(key: &str) -> String {
    key.split(['.', '_', '-']).map(|p| p[..1].to_ascii_uppercase() + &p[1..]).collect()
}

/// The app's and the domain's Rust files.
fn rust_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![common::root().join("src"), common::root().join("domain/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}
