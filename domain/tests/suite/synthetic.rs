//! The generated dataset the benchmarks use is valid, varied, and matched by the same rules.

use domain::dataset::parse_dataset;
use domain::matching::find;
use domain::synthetic;

#[test]
fn generated_dataset_reads_back_whole() {
    let generated = synthetic::dataset(500, 42);
    let dataset = parse_dataset(&synthetic::dataset_json(&generated)).expect("valid file");
    assert!(dataset.rejected.is_empty(), "{:?}", dataset.rejected.first());
    assert_eq!(dataset, generated);
    assert_eq!(synthetic::dataset(500, 42), generated, "the same seed gives the same data");
}

#[test]
fn generated_answers_find_some_programmes_and_respect_the_filters() {
    let dataset = synthetic::dataset(2_000, 42);
    let mut matched = 0;
    for answers in synthetic::answers(50, 7) {
        let results = find(&answers, &dataset);
        matched += results.fits.len();
        for fit in &results.fits {
            assert_eq!(Some(&fit.programme.territory), answers.territory.as_ref());
            assert!(fit.programme.audience.stages.contains(&answers.stage.unwrap()));
        }
    }
    assert!(matched > 50, "the generated data is varied enough to match: {matched}");
}
