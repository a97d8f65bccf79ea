//! Evidence, not invention: every excerpt backing a fact the matching uses, for the programmes and
//! the territories' default ages and the regions' contacts, is found, whitespace normalised, in the brochure it names (the
//! seeds in `../shared/seeds/`). Without the brochures this test fails: it never skips.

use crate::common;

use domain::dataset::Evidence;

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_excerpt_is_in_its_brochure() {
    let seeds = common::root().join("../shared/seeds");
    assert!(seeds.is_dir(), "the brochures are missing: {} (the checkout must sit beside shared/)", seeds.display());
    let dataset = common::shipped();
    let entries = dataset
        .territories
        .iter()
        .map(|t| (&t.id, &t.evidence))
        .chain(dataset.regions.iter().map(|r| (&r.code, &r.evidence)))
        .chain(dataset.programmes.iter().map(|p| (&p.id, &p.evidence)));
    let mut checked = 0;
    let mut missing = Vec::new();
    for (id, evidence) in entries {
        for Evidence { fact, source, excerpt } in evidence {
            let source = dataset.sources.iter().find(|s| s.id == *source).expect("validated source");
            let path = seeds.join(&source.file);
            let brochure = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if !normalise(&brochure).contains(&normalise(excerpt)) {
                missing.push(format!("{id} {fact:?}: « {excerpt} » not in {}", source.file));
            }
            checked += 1;
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    assert!(checked >= 2 + 16 * 3, "only {checked} excerpts");
}
