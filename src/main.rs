//! The young person's app: home, questions, results (`pages::young`), with its own French texts.

use trouve_ton_mentor::app::start;
use domain::i18n::{FRENCH_YOUNG, T};
use domain::dataset::Reading;
use domain::routes::App;
use trouve_ton_mentor::pages::young;

fn main() {
    start(App::Young, young, &FRENCH_YOUNG, T::FooterPrivacy, Reading::YOUNG);
}
