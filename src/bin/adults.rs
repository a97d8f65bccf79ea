//! The adults' app: the volunteers' path and the counsellors' directory (`pages::adults`), a wasm
//! of its own that the young person's pages never download.

use trouve_ton_mentor::app::start;
use domain::i18n::{FRENCH, T};
use domain::dataset::Reading;
use domain::routes::App;
use trouve_ton_mentor::pages::adults;

fn main() {
    start(App::Adults, adults, &FRENCH, T::VolunteerFooterPrivacy, Reading::WHOLE);
}
