//! « Où habites-tu ? » by commune: names compared without accents, case or hyphens, the short
//! list, the slices of the national list a search downloads, the commune in the link, and where
//! it leads (a territory, or the honest page with the regional contact).

use crate::common;

use domain::answers::{Answers, Question};
use domain::commune::{by_code, departement, is_insee_code, matching, normalize, read_communes, Commune, Lookup, Slices, SHOWN};
use domain::config::Config;
use domain::dataset::parse_dataset;
use domain::place::Place;

fn commune(code: &str, name: &str, postcode: &str, territory: Option<&str>) -> Commune {
    Commune {
        code: code.into(),
        name: name.into(),
        postcodes: if postcode.is_empty() { Vec::new() } else { vec![postcode.into()] },
        within: None,
        territory: territory.map(str::to_owned),
    }
}

fn local() -> Vec<Commune> {
    vec![
        commune("59183", "Dunkerque", "59140", Some("dunkerque")),
        commune("59271", "Grande-Synthe", "59760", Some("dunkerque")),
        Commune { within: Some("Dunkerque".into()), ..commune("59540", "Saint-Pol-sur-Mer", "", Some("dunkerque")) },
        commune("59512", "Roubaix", "59100", Some("roubaix")),
    ]
}

#[test]
fn names_match_without_accents_case_or_hyphens() {
    assert_eq!(normalize("Grande-Synthe"), "grande synthe");
    assert_eq!(normalize("  GRANDE   synthe "), "grande synthe");
    assert_eq!(normalize("Saint-Pol-sur-Mer"), "saint pol sur mer");
    assert_eq!(normalize("Châteauneuf-d'Œuvre"), "chateauneuf d oeuvre");
    assert_eq!(normalize("L'Haÿ-les-Roses"), "l hay les roses");
    let list = local();
    for typed in ["Grande-Synthe", "grande synthe", "GRANDE SYN", "grande-s", "59760", "5976"] {
        let found = matching(typed, &[&list]);
        assert_eq!(found.first().map(|c| c.code.as_str()), Some("59271"), "{typed}");
    }
    assert_eq!(matching("saint pol", &[&list])[0].label(), "Saint-Pol-sur-Mer (Dunkerque)");
    assert_eq!(matching("Grande", &[&list])[0].label(), "Grande-Synthe (59760)");
    assert!(matching("", &[&list]).is_empty());
    assert!(matching("tourcoing", &[&list]).is_empty());
}

#[test]
fn the_short_list_is_short_and_without_twins() {
    let many: Vec<Commune> = (0..20).map(|i| commune(&format!("{:05}", 10_000 + i), &format!("Saint-Martin {i}"), "", None)).collect();
    assert_eq!(matching("saint", &[&many]).len(), SHOWN);
    let list = local();
    // The territories' own list and a national slice hold the same commune: it is offered once.
    let found = matching("grande", &[&list, &list]);
    assert_eq!(found.len(), 1);
}

#[test]
fn insee_codes_and_departements() {
    for code in ["59271", "2A004", "2B033", "97411"] {
        assert!(is_insee_code(code), "{code}");
    }
    for code in ["5927", "592710", "2C004", "abcde", "59 27"] {
        assert!(!is_insee_code(code), "{code}");
    }
    assert_eq!(departement("59271"), "59");
    assert_eq!(departement("2A004"), "2A");
    assert_eq!(departement("97411"), "974");
}

#[test]
fn a_commune_in_the_link_is_found_by_its_code() {
    let list = local();
    assert_eq!(by_code("59540", &[&list]).map(|c| c.name.as_str()), Some("Saint-Pol-sur-Mer"));
    // A current commune wins over a delegated part that shares its code.
    let shared = vec![Commune { within: Some("Dunkerque".into()), ..commune("59183", "Petite-Synthe", "", Some("dunkerque")) }, list[0].clone()];
    assert_eq!(by_code("59183", &[&shared]).map(|c| c.name.as_str()), Some("Dunkerque"));
    assert_eq!(by_code("00000", &[&list]), None);
}

#[test]
fn a_search_downloads_only_the_files_it_needs() {
    let slices = Slices::read(
        r#"{"names":[["gr"],["sa"],["saint a","saint p","to"]],"departements":[["59"],["971","972"]],"postcodes":{"59":["59"],"97":["971","972"]}}"#,
    )
    .unwrap();
    assert_eq!(slices.lookup("g"), Lookup::TypeMore);
    assert_eq!(slices.lookup("Grande-Synthe"), Lookup::Files(vec!["noms/gr.json".into()]));
    assert_eq!(slices.lookup("saint-p"), Lookup::Files(vec!["noms/saint-a.json".into()]), "a file named by its first key");
    assert_eq!(slices.lookup("Saint"), Lookup::Files(vec!["noms/saint-a.json".into()]));
    assert_eq!(slices.lookup("sa"), Lookup::Files(vec!["noms/sa.json".into(), "noms/saint-a.json".into()]));
    assert_eq!(slices.lookup("Tourcoing"), Lookup::Files(vec!["noms/saint-a.json".into()]));
    assert_eq!(slices.lookup("zz"), Lookup::Nothing);
    assert_eq!(slices.lookup("59760"), Lookup::Files(vec!["dep/59.json".into()]));
    assert_eq!(slices.lookup("97200"), Lookup::Files(vec!["dep/971.json".into()]), "grouped départements, one file");
    assert_eq!(slices.lookup("12345"), Lookup::Nothing);
    assert_eq!(slices.file_of("97211").as_deref(), Some("dep/971.json"));
    assert_eq!(slices.file_of("01001"), None);
    assert!(Slices::read("{}").is_err());
    assert!(Slices::read("<html>").is_err());
    assert!(Slices::read(r#"{"names":[[]],"departements":[["59"]],"postcodes":{}}"#).is_err(), "an empty file");
}

#[test]
fn a_communes_file_is_read_or_refused() {
    let read = read_communes(r#"{"communes":[{"c":"59540","n":"Saint-Pol-sur-Mer","p":[],"in":"Dunkerque","t":"dunkerque"}]}"#).unwrap();
    assert_eq!(read[0].within.as_deref(), Some("Dunkerque"));
    assert_eq!(read[0].territory.as_deref(), Some("dunkerque"));
    assert!(read_communes(r#"{"communes":[{"c":"5954","n":"X","p":[]}]}"#).is_err());
    assert!(read_communes(r#"{"communes":[{"c":"59540","p":[]}]}"#).is_err());
    assert!(read_communes(r#"{"other":[]}"#).is_err());
}

#[test]
fn the_commune_is_in_the_link_and_leads_to_its_territory() {
    let dataset = common::shipped();
    let config = Config::default();
    let mut answers = Answers::default();
    answers.live_in(&local()[1]);
    assert_eq!(answers.to_fragment(), "territoire=dunkerque&commune=59271");
    assert!(answers.has_answered(Question::Territoire));
    assert!(matches!(Place::of(&config, &answers, dataset), Place::Known(t) if t.id == "dunkerque"));
    // Every link written before communes still works.
    let (old, problems) = Answers::from_fragment("#territoire=roubaix&age=16");
    assert!(problems.is_empty());
    assert!(matches!(Place::of(&config, &old, dataset), Place::Known(t) if t.id == "roubaix"));
    // Another territory ticked: the commune no longer says where.
    answers.pick("territoire", "roubaix", true);
    assert_eq!(answers.commune, None);
    let (bad, problems) = Answers::from_fragment("#commune=tourcoing");
    assert_eq!(bad.commune, None);
    assert_eq!(problems.len(), 1);
}

#[test]
fn a_commune_in_no_territory_gets_the_honest_page_with_its_region() {
    let dataset = common::shipped();
    let mut answers = Answers::default();
    answers.live_in(&commune("59599", "Tourcoing", "59200", None));
    assert_eq!(answers.to_fragment(), "commune=59599");
    let place = Place::of(&Config::default(), &answers, dataset);
    assert_eq!(place, Place::Outside("59599".into()));
    assert_eq!(place.answers(&answers), None);
    let region = dataset.region_of("59599").expect("Hauts-de-France");
    assert_eq!(region.collectif_email, "hautsdefrance@collectifmentorat.fr");
    assert_eq!(dataset.region_of("75056"), None, "no brochure gives Paris a regional contact");
}

#[test]
fn territories_are_defined_by_official_codes() {
    let dataset = common::shipped();
    let codes = |id: &str| dataset.territory(id).unwrap().codes.clone();
    assert_eq!(codes("roubaix").communes, ["59512"]);
    assert_eq!(codes("dunkerque").epci, ["245900428"]);
    let text = common::shipped_text();
    for (good, bad, message) in [
        (r#""245900428""#, r#""24590042""#, "« 24590042 » n'est pas un SIREN d'EPCI (9 chiffres)"),
        (r#""59512""#, r#""5951""#, "« 5951 » n'est pas un code INSEE de commune"),
        (r#""epci": ["#, r#""epcis": ["#, "champ inconnu `epcis`"),
    ] {
        let broken = parse_dataset(&text.replacen(good, bad, 1)).unwrap();
        let error = broken.rejected.iter().find(|e| e.entry == "territoire").unwrap_or_else(|| panic!("{bad}: not rejected"));
        assert!(error.to_string().contains(message), "{error}");
        assert!(error.field.starts_with("codes"), "{error}");
    }
}

#[test]
fn the_field_keys_follow_the_combobox_pattern() {
    use domain::combobox::{Combo, Step};
    use domain::commune::Search;
    let list = local();
    let mut combo = Combo { text: "d".into(), found: Some(Search::Found(list[..2].to_vec())), ..Combo::default() };
    assert!(combo.open());
    assert_eq!(combo.step("ArrowDown"), Some(Step::Move(Some(0))));
    combo.active = Some(1);
    assert_eq!(combo.step("ArrowDown"), Some(Step::Move(Some(0))), "round the list");
    assert_eq!(combo.step("ArrowUp"), Some(Step::Move(Some(0))));
    assert_eq!(combo.step("Enter"), Some(Step::Pick(list[1].clone())));
    assert_eq!(combo.step("Escape"), Some(Step::Close));
    assert_eq!(combo.step("a"), None, "a letter is typed");
    combo.active = None;
    assert_eq!(combo.step("ArrowUp"), Some(Step::Move(Some(1))));
    assert_eq!(combo.step("Enter"), Some(Step::Pick(list[0].clone())), "the first by default");
    // Nothing offered: Enter sends the form, the arrows do what they do.
    let closed = Combo { found: Some(Search::Offline), ..Combo::default() };
    assert!(!closed.open());
    assert_eq!(closed.step("Enter"), None);
    assert_eq!(closed.step("ArrowDown"), None);
}

// Security review, finding 3: only « Chercher ailleurs en France » searches the national list.
#[test]
fn the_territories_communes_end_with_the_search_elsewhere_the_only_way_to_the_national_list() {
    use domain::combobox::{Combo, Offer, Step};
    use domain::commune::Search;
    let list = local();
    let here = Combo { text: "Grande".into(), found: Some(Search::Local(list[..1].to_vec())), ..Combo::default() };
    assert_eq!(here.offered(), [Offer::Commune(list[0].clone()), Offer::Elsewhere]);
    assert_eq!(here.step("ArrowUp"), Some(Step::Move(Some(1))), "the search elsewhere is last");
    assert_eq!(Combo { active: Some(1), ..here.clone() }.step("Enter"), Some(Step::SearchElsewhere));
    let none_here = Combo { text: "Tourcoing".into(), found: Some(Search::Local(Vec::new())), ..Combo::default() };
    assert_eq!(none_here.offered(), [Offer::Elsewhere]);
    assert_eq!(none_here.step("Enter"), Some(Step::SearchElsewhere), "Enter on the one option");
    let national = Combo { text: "Tourcoing".into(), found: Some(Search::Found(list[..1].to_vec())), ..Combo::default() };
    assert_eq!(national.offered(), [Offer::Commune(list[0].clone())], "no search elsewhere once searched");
    assert_eq!(Combo { text: "  ".into(), ..none_here }.offered(), [], "nothing typed, nothing to search");
}
