//! Native benchmark of the matching and of reading the dataset, on generated datasets of growing
//! size, to show the time per match grows linearly. `cargo run --release --example bench`
//! (scripts/bench runs it, and the same measure in the browser).

use std::hint::black_box;
use std::time::Instant;

use domain::dataset::parse_dataset;
use domain::matching::find;
use domain::synthetic;

fn main() {
    println!("native (release), matching on generated datasets, 200 varied answers each");
    println!("{:>8} {:>10} {:>12} {:>14} {:>12} {:>10}", "programs", "matched", "µs/match", "ns/programme", "parse ms", "file MB");
    for n in [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000] {
        let dataset = synthetic::dataset(n, 42);
        let questions = synthetic::answers(200, 7);
        let mut matched = 0;
        let start = Instant::now();
        for answers in &questions {
            matched += black_box(find(answers, &dataset)).fits.len();
        }
        let per_match = start.elapsed().as_secs_f64() / questions.len() as f64;
        let json = synthetic::dataset_json(&dataset);
        let start = Instant::now();
        let parsed = black_box(parse_dataset(&json)).map(|d| d.programmes.len()).unwrap_or(0);
        let parse = start.elapsed().as_secs_f64();
        assert_eq!(parsed, n, "every generated programme is valid");
        println!(
            "{n:>8} {:>10} {:>12.1} {:>14.1} {:>12.1} {:>10.1}",
            matched / questions.len(),
            per_match * 1e6,
            per_match * 1e9 / n as f64,
            parse * 1e3,
            json.len() as f64 / 1e6
        );
    }
}
