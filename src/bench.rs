//! The matching benchmark in the browser (`cargo feature bench`, run by `scripts/bench`): the same
//! generated dataset as `examples/bench.rs`, timed with `performance.now()` in the wasm.

use wasm_bindgen::prelude::*;

use domain::dataset::parse_dataset;
use domain::matching::find;
use domain::synthetic;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_default()
}

/// Times full matches over `n` generated programmes; returns one JSON line of figures.
#[wasm_bindgen]
pub fn bench_matching(n: usize, rounds: usize) -> String {
    let dataset = synthetic::dataset(n, 42);
    let questions = synthetic::answers(rounds.max(1), 7);
    let mut matched = 0;
    let start = now();
    for answers in &questions {
        matched += find(answers, &dataset).fits.len();
    }
    let per_match_ms = (now() - start) / questions.len() as f64;
    let json = synthetic::dataset_json(&dataset);
    let start = now();
    let parsed = parse_dataset(&json).map(|d| d.programmes.len()).unwrap_or(0);
    let parse_ms = now() - start;
    format!(
        "{{\"programmes\":{n},\"rounds\":{},\"matched_per_round\":{},\"ms_per_match\":{per_match_ms},\"parse_ms\":{parse_ms},\"parsed\":{parsed},\"bytes\":{}}}",
        questions.len(),
        matched / questions.len(),
        json.len()
    )
}
