//! The domain's tests, natively: one test binary (one link), a module per subject.

mod common;

mod act_on_results;
mod communes;
mod data_files;
mod dataset_fuzz;
mod dataset_validation;
mod evidence;
mod excerpts_apart;
mod young_reading;
mod json_reader;
#[cfg(feature = "keepers")]
mod keepers;
mod matching;
mod personas;
mod rules;
mod second_reading;
mod synthetic;
mod translations;
mod url_codec;
mod volunteer;
