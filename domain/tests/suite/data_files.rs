//! Which files of the split dataset each page downloads: the index always, a territory's file
//! once the territory is known, every territory's only where all are listed.

use domain::data_files::{needed, Needed};
use domain::routes::Page;

#[test]
fn each_page_downloads_only_what_it_shows() {
    let one = |id: &str| Needed::Territory(id.into());
    assert_eq!(needed(Some(Page::Home), "", None), Needed::Index, "the home page: no territory file");
    assert_eq!(needed(Some(Page::Home), "territoire=roubaix", None), Needed::Index);
    assert_eq!(needed(Some(Page::Questionnaire), "question=territoire", None), Needed::Index);
    assert_eq!(needed(Some(Page::Questionnaire), "question=age&territoire=dunkerque", None), Needed::Ahead("dunkerque".into()), "read ahead");
    assert_eq!(needed(Some(Page::Results), "territoire=dunkerque&commune=59271&age=16", None), one("dunkerque"));
    assert_eq!(needed(Some(Page::Results), "age=16", None), Needed::All, "every territory's programmes are listed");
    assert_eq!(needed(Some(Page::Results), "commune=59599", None), Needed::Index, "the honest page lists no programme");
    assert_eq!(needed(Some(Page::Directory), "", None), Needed::All);
    assert_eq!(needed(Some(Page::Directory), "territoire=roubaix&tri=age", None), one("roubaix"));
    assert_eq!(needed(Some(Page::VolunteerResults), "territoire=roubaix&profil=retraite", None), one("roubaix"));
    assert_eq!(needed(Some(Page::Volunteer), "question=profil", None), Needed::Index);
    // The host's preset wins, as it does for the territory shown.
    assert_eq!(needed(Some(Page::Results), "territoire=roubaix", Some("dunkerque")), one("dunkerque"));
    assert_eq!(needed(Some(Page::Accessibility), "", None), Needed::Index);
    // A town's embed preset to its territory reads it ahead from its home page (stored offline).
    assert_eq!(needed(Some(Page::Home), "", Some("dunkerque")), Needed::Ahead("dunkerque".into()));
    assert_eq!(needed(None, "territoire=roubaix", None), Needed::Index, "a page not found");
    // Programmes kept in the page's territory need nothing more: keeping one reloads nothing.
    assert_eq!(needed(Some(Page::Results), "territoire=roubaix&garde=afev-roubaix", None), one("roubaix"));
    // Security review, finding 7: one kept in another territory is read with its territory's file.
    assert_eq!(
        needed(Some(Page::Results), "territoire=dunkerque&garde=telemaque-dunkerque&garde=duo-for-a-job-roubaix&vue=selection", None),
        Needed::WithKept("dunkerque".into(), vec!["duo-for-a-job-roubaix".into()])
    );
}
