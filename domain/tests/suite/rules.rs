//! Each rule of who fits, on small hand-built programmes: independent of the shipped file, so a
//! change to the data cannot hide a broken rule, and a broken rule fails here by name.

use domain::answers::{Answers, Question};
use domain::config::Config;
use domain::dataset::{AgeRange, Audience, ByProfile, Codes, Contact, Dataset, Mentoring, Programme, Territory};
use domain::matching::{find, lead, Change, Filter, Lead, Rank};
use domain::place::Place;
use domain::reasons::ranking_words;
use domain::vocabulary::{Choice, Modality, ModalityPreference, Need, Profile, Situation, Stage};

fn territory(id: &str) -> Territory {
    Territory {
        id: id.into(),
        name: id.into(),
        area: id.into(),
        collectif_email: "x@collectifmentorat.fr".into(),
        ages: AgeRange { min: Some(5), max: Some(30) },
        source: "s".into(),
        evidence: Vec::new(),
        codes: Codes::default(),
    }
}

/// A programme open to every stage, both ways of meeting, one need; change what a test needs.
fn programme(id: &str, territory: &str) -> Programme {
    Programme {
        id: id.into(),
        association: id.into(),
        territory: territory.into(),
        summary: "s".into(),
        line: "l".into(),
        created: 2000,
        audience: Audience { stages: Stage::ALL.to_vec(), ages: None, reserved_for: Vec::new(), welcomes: Vec::new() },
        needs: vec![Need::Scolarite],
        modalities: vec![Modality::Presentiel, Modality::Distanciel],
        duration: "d".into(),
        frequency: "f".into(),
        mentors: "m".into(),
        mentoring: Mentoring { profiles: Profile::ALL.to_vec(), min_age: ByProfile::default(), hours: ByProfile::default(), months: None, frequency: None, support: None },
        capacity: "c".into(),
        figures: None,
        contact: Contact { website: "https://exemple.fr".into(), emails: Vec::new(), phones: Vec::new() },
        source: "s".into(),
        checked: "2026-11-24".into(),
        evidence: Vec::new(),
    }
}

fn dataset(programmes: Vec<Programme>) -> Dataset {
    let loaded = vec!["ici".into(), "ailleurs".into()];
    Dataset { territories: vec![territory("ici"), territory("ailleurs")], programmes, loaded, ..Dataset::default() }
}

fn answers(fragment: &str) -> Answers {
    let (answers, problems) = Answers::from_fragment(fragment);
    assert!(problems.is_empty(), "{problems:?}");
    answers
}

fn ids(data: &Dataset, fragment: &str) -> Vec<String> {
    find(&answers(fragment), data).fits.iter().map(|f| f.programme.id.clone()).collect()
}

#[test]
fn territory_is_a_hard_filter_and_an_unknown_one_matches_nothing() {
    let data = dataset(vec![programme("a", "ici"), programme("b", "ailleurs")]);
    assert_eq!(ids(&data, "territoire=ici"), ["a"]);
    assert!(ids(&data, "territoire=lille").is_empty(), "never widened to every territory");
    assert!(find(&answers("territoire=lille"), &data).closest.is_empty());
    assert_eq!(ids(&data, "").len(), 2, "not answered: every territory");
}

#[test]
fn the_territory_rule_asks_again_or_says_not_covered() {
    let data = dataset(vec![programme("a", "ici")]);
    let none = Config::default();
    let preset = |t: &str| Config::from_query(&format!("territoire={t}")).0;
    let own = answers("territoire=lille&age=12");
    assert_eq!(Place::of(&none, &own, &data), Place::AskAgain("lille".into()));
    assert!(Place::of(&none, &own, &data).problem(&data).is_some_and(|p| p.to_string().contains("lille")));
    assert_eq!(Place::of(&none, &own, &data).answers(&own), None);
    assert_eq!(Place::of(&preset("lille"), &answers("territoire=ici"), &data), Place::NotCovered("lille".into()));
    // A territory of the dataset with no programme yet is not covered either.
    assert_eq!(Place::of(&preset("ailleurs"), &own, &data), Place::NotCovered("ailleurs".into()));
    // Until its file is read, a territory of the index is taken as covered.
    let index_only = Dataset { loaded: Vec::new(), ..data.clone() };
    assert!(matches!(Place::of(&preset("ailleurs"), &own, &index_only), Place::Known(_)));
    // A preset that is covered wins over the fragment, and is never written into it.
    let place = Place::of(&preset("ici"), &own, &data);
    assert_eq!(place.answers(&own).and_then(|a| a.territory).as_deref(), Some("ici"));
    assert_eq!(own.territory.as_deref(), Some("lille"));
    assert_eq!(Place::of(&none, &Answers::default(), &data), Place::Everywhere);
    // The questionnaire asks the territory again when the link's must be asked again.
    let asked = Question::sequence(false);
    assert_eq!(answers("question=age&territoire=lille").question_on_screen(&asked, true), Question::Territoire);
    assert_eq!(answers("question=age").question_on_screen(&asked, false), Question::Age);
    assert_eq!(answers("question=territoire").question_on_screen(&Question::sequence(true), false), Question::Age);
}

#[test]
fn ages_default_to_the_territory_s_and_a_programme_s_own_bound_wins() {
    let mut own_range = programme("own", "ici");
    own_range.audience.ages = Some(AgeRange { min: Some(18), max: Some(33) });
    let mut from_14 = programme("from-14", "ici");
    from_14.audience.ages = Some(AgeRange { min: Some(14), max: None });
    let data = dataset(vec![programme("none", "ici"), own_range, from_14]);
    assert_eq!(ids(&data, "territoire=ici&age=10"), ["none"]);
    assert_eq!(ids(&data, "territoire=ici&age=30"), ["from-14", "none", "own"]);
    assert_eq!(ids(&data, "territoire=ici&age=31"), ["own"], "the territory's 30 bounds FACE-like ranges too");
    let older = find(&answers("territoire=ici&age=34"), &data);
    assert_eq!((older.fits.len(), older.closest.len(), older.too_old), (0, 0, Some(33)));
    let elsewhere = dataset(vec![programme("x", "ailleurs")]);
    assert_eq!(find(&answers("territoire=ici&age=12"), &elsewhere).too_old, None, "nothing here is not « too old »");
}

#[test]
fn too_young_is_a_near_miss_too_old_never_is() {
    let mut from_14 = programme("from-14", "ici");
    from_14.audience.ages = Some(AgeRange { min: Some(14), max: Some(21) });
    let data = dataset(vec![from_14]);
    let young = find(&answers("territoire=ici&age=12"), &data);
    assert_eq!(young.closest.iter().map(|m| (m.filter, m.change.clone())).collect::<Vec<_>>(), [(Filter::Age, Change::Age(14))]);
    let old = find(&answers("territoire=ici&age=25"), &data);
    assert!(old.closest.is_empty());
    assert_eq!(old.too_old, Some(21));
}

#[test]
fn stage_and_way_of_meeting_filter_and_indifferent_keeps_both() {
    let mut college = programme("college", "ici");
    college.audience.stages = vec![Stage::College];
    let mut remote = programme("remote", "ici");
    remote.modalities = vec![Modality::Distanciel];
    let data = dataset(vec![college, remote]);
    assert_eq!(ids(&data, "territoire=ici&etape=lycee-pro"), ["remote"]);
    assert_eq!(ids(&data, "territoire=ici&modalite=presentiel"), ["college"]);
    assert_eq!(ids(&data, "territoire=ici&modalite=indifferent").len(), 2);
    let miss = find(&answers("territoire=ici&etape=lycee-pro&modalite=presentiel"), &data);
    let changes: Vec<_> = miss.closest.iter().map(|m| m.change.clone()).collect();
    assert!(changes.contains(&Change::Stage(Stage::College)) && changes.contains(&Change::Modality(ModalityPreference::Indifferent)));
}

#[test]
fn reserved_programmes_need_the_situation_and_newly_arrived_counts_as_immigration() {
    let mut duo = programme("duo", "ici");
    duo.audience.reserved_for = vec![Situation::Refugie, Situation::Immigration];
    let mut ase = programme("ase", "ici");
    ase.audience.reserved_for = vec![Situation::Ase];
    let mut qpv = programme("qpv", "ici");
    qpv.audience.reserved_for = vec![Situation::Qpv];
    let data = dataset(vec![duo, ase, qpv]);
    assert!(ids(&data, "territoire=ici").is_empty(), "no situation ticked: reserved programmes are not shown");
    assert_eq!(ids(&data, "territoire=ici&situation=primo-arrivant"), ["duo"]);
    assert_eq!(ids(&data, "territoire=ici&situation=refugie"), ["duo"]);
    assert_eq!(ids(&data, "territoire=ici&situation=immigration"), ["duo"]);
    assert_eq!(ids(&data, "territoire=ici&situation=decrochage"), Vec::<String>::new());
    let unsure = find(&answers("territoire=ici&incertain=qpv"), &data);
    assert_eq!(unsure.fits.len(), 1);
    assert_eq!(unsure.fits[0].to_check, [Situation::Qpv], "kept, with the condition to check");
}

#[test]
fn ranking_is_needs_then_made_for_then_welcomes_then_sure() {
    // One more need met outranks every situation.
    let mut needs_two = programme("needs-two", "ici");
    needs_two.needs = vec![Need::Scolarite, Need::Orientation];
    let mut made_for_all = programme("made-for-all", "ici");
    made_for_all.audience.reserved_for = vec![Situation::Ase, Situation::Refugie, Situation::Qpv];
    made_for_all.audience.welcomes = vec![Situation::Decrochage];
    let data = dataset(vec![made_for_all, needs_two]);
    let fragment = "territoire=ici&besoin=scolarite&besoin=orientation&situation=ase&situation=refugie&situation=qpv&situation=decrochage";
    let results = find(&answers(fragment), &data);
    assert_eq!(results.fits[0].programme.id, "needs-two");
    assert_eq!(results.fits[0].rank, Rank { needs: 2, made_for: 0, welcomed: 0, sure: true });
    assert_eq!(lead(&answers(fragment), &results), Some(Lead::Needs(vec![Need::Orientation])));
    assert!(ranking_words(&answers(fragment), &results).is_some_and(|w| w.text.contains("choisir ses études") && !w.tells));

    // Same needs: made for the situation, then welcoming it, then the rest, alphabetical last.
    let mut made_for = programme("z-made-for", "ici");
    made_for.audience.reserved_for = vec![Situation::Qpv];
    let mut welcomes = programme("y-welcomes", "ici");
    welcomes.audience.welcomes = vec![Situation::Qpv];
    let data = dataset(vec![programme("b-plain", "ici"), welcomes, made_for, programme("a-plain", "ici")]);
    let order = ids(&data, "territoire=ici&situation=qpv");
    assert_eq!(order, ["z-made-for", "y-welcomes", "a-plain", "b-plain"]);
    assert_eq!(lead(&answers("territoire=ici&situation=qpv"), &find(&answers("territoire=ici&situation=qpv"), &data)), Some(Lead::MadeFor(Situation::Qpv)));

    // A condition to check comes after an equal programme the young person surely fits.
    let mut unsure = programme("a-unsure", "ici");
    unsure.audience.reserved_for = vec![Situation::Qpv];
    let data = dataset(vec![unsure, programme("b-sure", "ici")]);
    let results = find(&answers("territoire=ici&incertain=qpv"), &data);
    assert_eq!(ids(&data, "territoire=ici&incertain=qpv"), ["b-sure", "a-unsure"]);
    assert_eq!(lead(&answers("territoire=ici&incertain=qpv"), &results), Some(Lead::Sure));
    let tie = dataset(vec![programme("b", "ici"), programme("a", "ici")]);
    assert_eq!(lead(&answers("territoire=ici"), &find(&answers("territoire=ici"), &tie)), Some(Lead::Tie));
}

#[test]
fn a_situation_and_its_je_ne_sais_pas_exclude_each_other() {
    let mut a = Answers::default();
    a.set_unsure(Situation::Qpv, true);
    assert_eq!((a.situations.clone(), a.unsure.clone()), (vec![], vec![Situation::Qpv]));
    a.set_situation(Situation::Qpv, true);
    assert_eq!((a.situations.clone(), a.unsure.clone()), (vec![Situation::Qpv], vec![]));
    a.set_unsure(Situation::Qpv, true);
    assert_eq!((a.situations.clone(), a.unsure.clone()), (vec![], vec![Situation::Qpv]));
    // Only where one can be unsure: whether one's street is a quartier prioritaire.
    a.set_unsure(Situation::Ase, true);
    assert!(!a.unsure.contains(&Situation::Ase));
    assert_eq!(Situation::ALL.iter().filter(|s| s.unsure_label().is_some()).count(), 1);
    // The fragment holds the same rule.
    let (read, _) = Answers::from_fragment("situation=qpv&incertain=qpv");
    assert_eq!((read.situations, read.unsure), (vec![Situation::Qpv], vec![]));
}

#[test]
fn every_page_is_found_at_its_path_with_or_without_a_trailing_slash() {
    use domain::routes::Page;
    for page in Page::ALL {
        assert_eq!(Page::at(&page.path()), Some(page));
        assert_eq!(Page::at(&format!("{}/", page.path())), Some(page), "{page:?} behind a host that adds a slash");
    }
    assert_eq!(Page::at("/resultats/"), Some(Page::Results));
    assert_eq!(Page::at("/data/index.json"), None);
    assert_eq!(Page::Home.path(), "/");
}

#[test]
fn an_embedded_footer_speaks_only_of_the_host_s_territory() {
    use domain::summary::sources_line;
    let mut data = dataset(Vec::new());
    data.territories[0].area = "Communauté urbaine de Dunkerque".into();
    data.territories[1].area = "Cité éducative de Roubaix".into();
    assert_eq!(sources_line(&data, Some("ici")), "Informations tirées de la brochure du Collectif Mentorat : Communauté urbaine de Dunkerque.");
    assert!(sources_line(&data, None).contains("Dunkerque, Cité éducative de Roubaix"));
    assert!(!sources_line(&data, Some("lille")).contains("Roubaix"));
}

#[test]
fn every_question_but_the_age_offers_its_answers_and_ticking_one_keeps_the_rules() {
    let territories = vec![("roubaix".to_owned(), "Roubaix".to_owned())];
    for question in Question::ALL {
        let groups = question.choice_groups(territories.clone());
        assert_eq!(groups.is_empty(), question == Question::Age, "{question:?}");
        for group in &groups {
            assert!(!group.options.is_empty(), "{question:?} {}", group.key);
            // Every answer offered reads back once picked, in the fragment too.
            for (id, _) in &group.options {
                let mut a = Answers::default();
                a.pick(group.key, id, true);
                assert_eq!(a.picked(group.key), vec![id.clone()], "{}={id}", group.key);
                let (back, problems) = Answers::from_fragment(&a.to_fragment());
                assert!(problems.is_empty() && back.picked(group.key) == vec![id.clone()], "{}={id}", group.key);
            }
        }
        let multiple: Vec<bool> = groups.iter().map(|g| g.multiple).collect();
        let expected: &[bool] = match question {
            Question::Age => &[],
            Question::Besoin => &[true],
            Question::Situation => &[true, true],
            _ => &[false],
        };
        assert_eq!(multiple, expected, "{question:?}");
    }
    // Picking goes through the rules: a situation ticked is no longer « je ne sais pas ».
    let mut a = Answers::default();
    a.pick("incertain", "qpv", true);
    a.pick("situation", "qpv", true);
    assert_eq!((a.picked("situation"), a.picked("incertain")), (vec!["qpv".to_owned()], Vec::<String>::new()));
    a.pick("besoin", "orientation", true);
    a.pick("besoin", "orientation", false);
    assert!(a.needs.is_empty());
    a.pick("etape", "inconnue", true);
    a.pick("situation", "inconnue", true);
    assert_eq!((a.stage, a.situations.len()), (None, 1), "an unknown id changes nothing");
}
