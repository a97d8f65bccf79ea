//! Which files of the split dataset a page needs: the index (`data/index.json`, the territories
//! and the regions) always; the programmes of one territory (`data/<id>.json`) once the
//! territory is known; every territory's only where the page lists programmes of all of them.
//! The home page needs no territory file, so a national dataset makes no first visit heavier.

use super::answers::Answers;
use super::routes::Page;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Needed {
    /// The index alone.
    Index,
    /// The index and this territory's programmes.
    Territory(String),
    /// The index, this territory's programmes, and the territories of the programmes kept from
    /// other territories (« Ma sélection » shows every kept programme, « Partager » lists them):
    /// their ids end with their territory's (`Dataset::territory_of_programme`), found once the
    /// index is read. A programme kept in the page's territory changes nothing here, so keeping
    /// one never reloads the data (the focus stays on its button).
    WithKept(String, Vec<String>),
    /// The index, and this territory's programmes if they can be had: a question screen reads
    /// them ahead, so that the results are drawn at once and work offline; without them (offline,
    /// never read) the questions still work.
    Ahead(String),
    /// The index and every territory's programmes.
    All,
}

/// What a page needs, by its address: the host's preset territory wins, then the link's
/// `territoire=` (the young person's path and the volunteers' write it alike).
pub fn needed(page: Option<Page>, fragment: &str, preset: Option<&str>) -> Needed {
    let answers = Answers::from_fragment(fragment).0;
    let outside = answers.territory.is_none() && answers.commune.is_some();
    let territory = preset.map(str::to_owned).or(answers.territory);
    match (page, territory) {
        // A commune in no territory: the honest page needs no programme.
        (Some(_), None) if outside => Needed::Index,
        // A town's embed preset to its territory: its programmes are read ahead from the home page,
        // so that they are stored for offline use from the first visit.
        (Some(Page::Home), _) if preset.is_some() => Needed::Ahead(preset.unwrap_or_default().to_owned()),
        (Some(Page::Home | Page::EmbedGuide | Page::Accessibility | Page::DataKeepers) | None, _) => Needed::Index,
        (Some(Page::Questionnaire | Page::Volunteer), Some(id)) => Needed::Ahead(id),
        (Some(Page::Results), Some(id)) => {
            let own = format!("-{id}");
            let elsewhere: Vec<String> = answers.kept.into_iter().filter(|kept| !kept.ends_with(&own)).collect();
            if elsewhere.is_empty() { Needed::Territory(id) } else { Needed::WithKept(id, elsewhere) }
        }
        (Some(_), Some(id)) => Needed::Territory(id),
        (Some(Page::Questionnaire | Page::Volunteer), None) => Needed::Index,
        (Some(Page::Results | Page::VolunteerResults | Page::Directory), None) => Needed::All,
    }
}
