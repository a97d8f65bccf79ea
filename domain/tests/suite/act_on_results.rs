//! What a young person does with the results, on the shipped data: keep programmes in the link,
//! share the safer link, see why a kept programme no longer fits; and the counsellors' directory.

use crate::common;

use domain::answers::{Answers, Sort};
use domain::directory::rows;
use domain::matching::{unmet, Filter};
use domain::reasons::no_longer;
use domain::share::{share_url, shared_answers, telling, unknown_kept, what_it_says, ShareChoice, Tells};

fn programme(id: &str) -> &'static domain::dataset::Programme {
    common::shipped().programmes.iter().find(|p| p.id == id).expect("a shipped programme")
}

#[test]
fn kept_programmes_live_in_the_link_and_clearing_empties_them() {
    let mut a = common::answers("territoire=roubaix&age=16");
    a.keep("afev-roubaix", true);
    a.keep("proxite-roubaix", true);
    a.keep("afev-roubaix", true);
    a.selection_only = true;
    assert_eq!(a.to_fragment(), "territoire=roubaix&age=16&garde=proxite-roubaix&garde=afev-roubaix&vue=selection");
    assert_eq!(Answers::from_fragment(&a.to_fragment()).0, a);
    let cleared = a.without_kept();
    assert!(cleared.kept.is_empty() && !cleared.selection_only);
    a.keep("proxite-roubaix", false);
    a.keep("afev-roubaix", false);
    assert!(!a.selection_only, "nothing kept, nothing to select");
    let (_, problems) = Answers::from_fragment("garde=Afev%20Roubaix&vue=tout&tri=prix");
    assert_eq!(problems.len(), 3, "{problems:?}");
}

#[test]
fn the_safer_link_says_no_situation_no_language_and_leaves_out_what_tells_one() {
    let dataset = common::shipped();
    let own = common::answers(
        "question=situation&age=16&etape=lycee-techno&situation=ase&incertain=qpv&langue=uk&garde=telemaque-dunkerque&garde=les-ombres-dunkerque",
    );
    let safer = shared_answers(&own, Some("dunkerque"), &ShareChoice::default(), dataset);
    assert_eq!(
        share_url("https://mentorat.exemple.fr/app/", &safer),
        "https://mentorat.exemple.fr/app/resultats#territoire=dunkerque&age=16&etape=lycee-techno&garde=telemaque-dunkerque"
    );
    let tells = telling(&own.kept, Some("dunkerque"), dataset);
    assert_eq!(tells.iter().map(|t| t.association.as_str()).collect::<Vec<_>>(), ["Les Ombres"]);
    let chosen = ShareChoice { everything: false, telling_kept_in: vec!["les-ombres-dunkerque".into()] };
    assert_eq!(shared_answers(&own, Some("dunkerque"), &chosen, dataset).kept, ["telemaque-dunkerque", "les-ombres-dunkerque"]);
    let whole = shared_answers(&own, Some("dunkerque"), &ShareChoice { everything: true, ..ShareChoice::default() }, dataset);
    let url = share_url("https://mentorat.exemple.fr/app", &whole);
    for part in ["situation=ase", "incertain=qpv", "langue=uk", "garde=les-ombres-dunkerque"] {
        assert!(url.contains(part), "{part} in {url}");
    }
    assert!(!url.contains("question=") && !url.contains('?'), "{url}");
    // What it says, before anything is sent.
    let said = what_it_says(&safer, dataset, None).join(" | ");
    assert!(said.contains("Dunkerque · 16 ans") && said.contains("Télémaque"), "{said}");
    assert!(!said.contains("Aide sociale"), "{said}");
    assert!(what_it_says(&whole, dataset, None).join(" ").contains("Aide sociale à l'enfance"));
}

// Security review, finding 1: the safer link and its QR code carried the commune.
#[test]
fn the_safer_link_never_carries_the_commune_and_the_full_link_says_it_does() {
    let dataset = common::shipped();
    let own = common::answers("territoire=dunkerque&commune=59271&age=16&etape=lycee-techno");
    let safer = shared_answers(&own, Some("dunkerque"), &ShareChoice::default(), dataset);
    assert_eq!(safer.commune, None);
    assert!(!share_url("https://a.fr", &safer).contains("commune="));
    assert!(!what_it_says(&safer, dataset, Some("Grande-Synthe")).join(" ").contains("Grande-Synthe"));
    let whole = shared_answers(&own, Some("dunkerque"), &ShareChoice { everything: true, ..ShareChoice::default() }, dataset);
    assert!(share_url("https://a.fr", &whole).contains("commune=59271"));
    let said = what_it_says(&whole, dataset, Some("Grande-Synthe")).join(" | ");
    assert!(said.contains("Ta commune : Grande-Synthe"), "{said}");
}

// Security review, finding 7: a kept id of another territory, or one that no territory knows,
// went through the safer link unseen.
#[test]
fn kept_programmes_of_another_territory_are_listed_as_telling_and_unknown_ids_are_reported() {
    let dataset = common::shipped();
    let own = common::answers("territoire=dunkerque&age=20&etape=recherche-emploi&garde=duo-for-a-job-roubaix&garde=telemaque-dunkerque&garde=anaf-roubaix&garde=nulle-part");
    let tells = telling(&own.kept, Some("dunkerque"), dataset);
    assert_eq!(
        tells.iter().map(|t| (t.programme.as_str(), &t.tells)).collect::<Vec<_>>(),
        [
            ("duo-for-a-job-roubaix", &Tells::Situation(domain::vocabulary::Situation::Refugie)),
            ("anaf-roubaix", &Tells::Elsewhere { territory: "Roubaix".into() }),
        ]
    );
    assert!(tells[1].words().contains("Roubaix"), "{}", tells[1].words());
    let safer = shared_answers(&own, Some("dunkerque"), &ShareChoice::default(), dataset);
    assert_eq!(safer.kept, ["telemaque-dunkerque"], "the safer link carries only what it listed");
    let chosen = ShareChoice { everything: false, telling_kept_in: vec!["anaf-roubaix".into(), "nulle-part".into()] };
    assert_eq!(shared_answers(&own, Some("dunkerque"), &chosen, dataset).kept, ["telemaque-dunkerque", "anaf-roubaix"]);
    let whole = shared_answers(&own, Some("dunkerque"), &ShareChoice { everything: true, ..ShareChoice::default() }, dataset);
    assert!(!whole.kept.contains(&"nulle-part".to_owned()), "an id no territory knows is in no link");
    let problems = unknown_kept(&own, dataset);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].to_string().contains("garde"), "{}", problems[0]);
    assert_eq!(dataset.territory_of_programme("anaf-roubaix").map(|t| t.id.as_str()), Some("roubaix"));
    assert_eq!(dataset.territory_of_programme("nulle-part"), None);
}

#[test]
fn a_kept_programme_that_no_longer_fits_says_which_answers() {
    let dataset = common::shipped();
    let a = common::answers("territoire=roubaix&age=16&etape=lycee-pro");
    assert_eq!(unmet(&a, dataset, programme("afev-roubaix")), []);
    assert_eq!(unmet(&a, dataset, programme("duo-for-a-job-roubaix")), [Filter::Age, Filter::Stage, Filter::Reserved]);
    assert_eq!(unmet(&a, dataset, programme("les-ombres-dunkerque"))[0], Filter::Territory);
}

#[test]
fn the_directory_lists_a_territory_filters_like_a_counsellor_and_sorts() {
    let dataset = common::shipped();
    let ids = |fragment: &str| rows(dataset, &common::answers(fragment)).iter().map(|r| r.programme.id.clone()).collect::<Vec<_>>();
    let roubaix = ids("territoire=roubaix");
    assert_eq!(roubaix.len(), dataset.programmes.iter().filter(|p| p.territory == "roubaix").count());
    assert!(roubaix.contains(&"face-roubaix".to_owned()), "with no situation, the reserved ones are listed too");
    let names: Vec<&str> = rows(dataset, &common::answers("territoire=roubaix")).iter().map(|r| r.programme.association.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "by name");
    let by_age = rows(dataset, &Answers { sort: Some(Sort::Age), ..common::answers("territoire=roubaix") });
    assert!(by_age.windows(2).all(|w| w[0].ages.min <= w[1].ages.min), "by the youngest age taken");
    assert_eq!(ids("territoire=dunkerque&situation=ase"), ["les-ombres-dunkerque"]);
    assert!(ids("territoire=roubaix&age=32").iter().all(|id| id == "duo-for-a-job-roubaix"));
    assert!(!ids("territoire=roubaix&etape=ecole&modalite=presentiel").contains(&"anaf-roubaix".to_owned()));
    assert!(ids("").len() > roubaix.len(), "every territory when none is named");
}

// The UX walk (issue 25): the phone numbers the data has reached only the counsellors' table.
#[test]
fn a_card_shows_an_email_and_a_phone_number_when_the_data_has_them_else_the_website() {
    use domain::contact::{on_card, ways, Way};
    let dataset = common::shipped();
    let answers = common::answers("territoire=roubaix&age=16");
    let card = |id: &str| on_card(&ways(dataset.programme(id).expect(id), &answers));
    for id in ["proxite-roubaix", "duo-for-a-job-roubaix"] {
        let shown = card(id);
        assert!(matches!(shown.as_slice(), [Way::Email { .. }, Way::Phone { .. }]), "{id}: {shown:?}");
    }
    assert!(matches!(card("la-cle-roubaix").as_slice(), [Way::Website { .. }]), "no e-mail, no phone: the website");
    assert!(matches!(card("afev-roubaix").as_slice(), [Way::Email { .. }]), "no phone: the e-mail alone");
}

// The UX walk (issue 25): the printed list named no territory, date or source.
#[test]
fn the_printed_list_names_its_areas_the_source_the_day_checked_and_the_day_printed() {
    use domain::directory::print_title;
    let dataset = common::shipped();
    let one = print_title(dataset, Some("dunkerque"), "2026-12-03");
    assert!(one.contains("Communauté urbaine de Dunkerque") && !one.contains("Roubaix"), "{one}");
    assert!(one.contains("le Collectif Mentorat, données vérifiées le ") && one.ends_with("Liste imprimée le 3 décembre 2026."), "{one}");
    let every = print_title(dataset, None, "2026-12-03");
    assert!(every.contains("Cité éducative de Roubaix") && every.contains("Communauté urbaine de Dunkerque"), "{every}");
}

// The walk at 360×740, finding 17: « 5–30 ans » beside « études supérieures » (Article 1) read as
// the programme's own ages; they are the territory's, for programmes that state none.
#[test]
fn the_directory_shows_the_territorys_ages_as_the_territorys() {
    use domain::directory::{ages_words, rows};
    let listed = rows(common::shipped(), &domain::answers::Answers::default());
    let words = |id: &str| ages_words(listed.iter().find(|r| r.programme.id == id).unwrap());
    assert_eq!(words("article-1-dunkerque"), "Âge non précisé (sur le territoire\u{a0}: 5–30 ans)");
    assert_eq!(words("les-ombres-dunkerque"), "14–21 ans");
    assert_eq!(words("face-roubaix"), "à partir de 14 ans");
}

// A kept programme that a changed answer leaves out of the results says which answers, in the
// order they are checked; one of another territory says where it is instead.
#[test]
fn a_kept_programme_no_longer_listed_says_which_answers_or_where_it_is() {
    let dataset = common::shipped();
    assert_eq!(no_longer(&[Filter::Age, Filter::Stage], dataset, "roubaix"), "Ne correspond plus à tes réponses\u{a0}: Âge et Étape.");
    assert_eq!(no_longer(&[Filter::Territory, Filter::Age], dataset, "dunkerque"), "Ce programme est à Dunkerque.");
    assert_eq!(no_longer(&[Filter::Territory], dataset, "inconnu"), "Ce programme est à inconnu.");
}

// Both paths offer the territories the same way: each by its id, named with its area.
#[test]
fn the_territory_question_offers_each_territory_with_its_area() {
    let options = domain::choices::territory_options(common::shipped());
    assert_eq!(
        options,
        [
            ("roubaix".to_owned(), "Roubaix (Cité éducative de Roubaix)".to_owned()),
            ("dunkerque".to_owned(), "Dunkerque (Communauté urbaine de Dunkerque)".to_owned()),
        ]
    );
}

/// « Signaler une information fausse »: an e-mail to the territory's Collectif Mentorat that
/// names the programme, when it was checked and the data's date, and nothing of who writes.
#[test]
fn a_report_names_the_programme_its_check_and_the_data_and_nothing_of_the_person() {
    use domain::contact::report_mailto;
    use domain::url_text::decode;
    let p = programme("afev-roubaix");
    let shipped = common::shipped();
    let collectif = &shipped.territory("roubaix").unwrap().collectif_email;
    let link = report_mailto(collectif, p, &shipped.updated);
    let (to, query) = link.strip_prefix("mailto:").unwrap().split_once('?').unwrap();
    assert_eq!(to, collectif);
    let (subject, body) = query.split_once("&body=").unwrap();
    let (subject, body) = (decode(subject.strip_prefix("subject=").unwrap()), decode(body));
    assert_eq!(subject, format!("Information à corriger : Afev (afev-roubaix), vérifié le {}, données du {}", p.checked, shipped.updated));
    assert_eq!(body, "Ce qui serait juste :\n\n");
}
