//! Evidence, not invention: every excerpt backing a fact the matching uses is found, whitespace
//! normalised, in the brochure it names (the seeds in `../shared/seeds/`).

mod common;

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_excerpt_is_in_its_brochure() {
    let seeds = common::root().join("../shared/seeds");
    if !seeds.is_dir() {
        println!("skipped: {} is absent, excerpts were not checked", seeds.display());
        return;
    }
    let dataset = common::shipped();
    let mut checked = 0;
    let mut missing = Vec::new();
    for p in &dataset.programmes {
        for e in &p.evidence {
            let source = dataset.sources.iter().find(|s| s.id == e.source).expect("validated source");
            let brochure = std::fs::read_to_string(seeds.join(&source.file)).expect("brochure file");
            if !normalise(&brochure).contains(&normalise(&e.excerpt)) {
                missing.push(format!("{} {:?}: « {} » not in {}", p.id, e.fact, e.excerpt, source.file));
            }
            checked += 1;
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    assert!(checked >= 16 * 2, "only {checked} excerpts");
}
