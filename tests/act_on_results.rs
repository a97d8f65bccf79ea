//! What a young person does with the results, on the shipped data: keep programmes in the link,
//! share the safer link, see why a kept programme no longer fits; and the counsellors' directory.

mod common;

use trouve_ton_mentor::domain::answers::{Answers, Sort};
use trouve_ton_mentor::domain::directory::rows;
use trouve_ton_mentor::domain::matching::{unmet, Filter};
use trouve_ton_mentor::domain::share::{share_url, shared_answers, telling, what_it_says, ShareChoice};

fn programme(id: &str) -> &'static trouve_ton_mentor::domain::dataset::Programme {
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
    let tells = telling(&own, dataset);
    assert_eq!(tells.iter().map(|t| t.association.as_str()).collect::<Vec<_>>(), ["Les Ombres"]);
    let chosen = ShareChoice { everything: false, reserved_kept_in: vec!["les-ombres-dunkerque".into()] };
    assert_eq!(shared_answers(&own, Some("dunkerque"), &chosen, dataset).kept, ["telemaque-dunkerque", "les-ombres-dunkerque"]);
    let whole = shared_answers(&own, Some("dunkerque"), &ShareChoice { everything: true, ..ShareChoice::default() }, dataset);
    let url = share_url("https://mentorat.exemple.fr/app", &whole);
    for part in ["situation=ase", "incertain=qpv", "langue=uk", "garde=les-ombres-dunkerque"] {
        assert!(url.contains(part), "{part} in {url}");
    }
    assert!(!url.contains("question=") && !url.contains('?'), "{url}");
    // What it says, before anything is sent.
    let said = what_it_says(&safer, dataset).join(" | ");
    assert!(said.contains("Dunkerque · 16 ans") && said.contains("Télémaque"), "{said}");
    assert!(!said.contains("Aide sociale"), "{said}");
    assert!(what_it_says(&whole, dataset).join(" ").contains("Aide sociale à l'enfance"));
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
