//! The data keepers' app: `/donnees`, where a coordinator checks a territory's file (`pages::keepers`),
//! a wasm of its own that the young person's pages never download.

use trouve_ton_mentor::app::start;
use domain::i18n::{FRENCH, T};
use domain::dataset::Reading;
use domain::routes::App;
use trouve_ton_mentor::pages::keepers;

fn main() {
    start(App::Keepers, keepers, &FRENCH, T::VolunteerFooterPrivacy, Reading::WHOLE);
}
