//! Speaking the young person's language in the browser: the one `src/lang.js` chose before the
//! first paint, its texts downloaded before the app is drawn, and `<html lang dir>`. A page speaks
//! one language: choosing another draws the page again (`LanguageSwitch`). The texts and their
//! rules are the domain's (`domain::i18n`, `domain::programme_texts`).

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::requests::download;
use domain::i18n::{language, read_texts, speak, t, Language, T};
use domain::programme_texts::{add_shown, read_programme_texts, show};
use domain::routes::App;

#[wasm_bindgen(module = "/src/requests.js")]
extern "C" {
    fn one_of_all(urls: js_sys::Array, wanted: u32) -> js_sys::Promise;
}

thread_local! {
    /// The language chosen that could not be read.
    static FAILED: Cell<Option<Language>> = const { Cell::new(None) };
    /// The territories whose translations are shown.
    static READ: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Where a language's interface texts are for an app, under the public path (written by the
/// build, scripts/translations.mjs): the young person's leave out the adults' pages' texts; the
/// other apps read every text.
pub fn texts_url(base: &str, app: App, language: Language) -> String {
    let folder = if app == App::Young { "" } else { "adultes/" };
    format!("{base}/i18n/{folder}{}.json", language.id())
}

/// Where a language's translations of the dataset's texts are, split like the dataset: the
/// index's (`index`) and each territory's.
pub fn programme_texts_url(base: &str, language: Language, file: &str) -> String {
    format!("{base}/data/i18n/{}/{file}.json", language.id())
}

/// The language `src/lang.js` chose before the first paint (`<html lang>`): the one place where
/// the order of the choices is decided.
fn chosen_before_paint() -> Language {
    let lang = document().document_element().and_then(|root| root.get_attribute("lang"));
    lang.and_then(|id| Language::from_id(&id)).unwrap_or_default()
}


/// Speaks the language chosen before the first paint, downloading its texts, then the programmes'
/// (French is compiled in). Without the interface texts (no network on a first visit, a broken
/// file), the app speaks French and says why (`language_failed`); without the programmes' texts,
/// they show in French.
pub async fn speak_chosen(base: &str, app: App) {
    let chosen = chosen_before_paint();
    if chosen != Language::Fr {
        match download(&texts_url(base, app, chosen)).await.and_then(|text| read_texts(&text)) {
            Ok(texts) => {
                speak(chosen, texts);
                let programmes = download(&programme_texts_url(base, chosen, "index")).await;
                if let Ok(read) = programmes.and_then(|text| read_programme_texts(&text, chosen)) {
                    show(Some(read));
                }
            }
            Err(_) => FAILED.with(|failed| failed.set(Some(chosen))),
        }
    }
    mark_document(language());
}

/// Reads a territory's translations in the language spoken, once a page (`loading`) reads its
/// programmes; without them (no network, a broken file), its programmes show in French. The same
/// file of every other language is requested too, in a fixed order (`src/lang.js` does the same
/// for a deep link): the host never learns which language is read.
pub async fn speak_territory(base: &str, id: &str) {
    let spoken = language();
    if spoken == Language::Fr || READ.with(|read| read.borrow().iter().any(|r| r == id)) {
        return;
    }
    let translated = Language::ALL.into_iter().filter(|l| *l != Language::Fr);
    let urls: js_sys::Array = translated.clone().map(|l| JsValue::from(programme_texts_url(base, l, id))).collect();
    let wanted = translated.clone().position(|l| l == spoken).unwrap_or_default() as u32;
    let text = JsFuture::from(one_of_all(urls, wanted)).await.ok().and_then(|t| t.as_string()).ok_or_else(String::new);
    if let Ok(read) = text.and_then(|text| read_programme_texts(&text, spoken)) {
        READ.with(|r| r.borrow_mut().push(id.to_owned()));
        add_shown(read);
    }
}

/// When the language chosen could not be read (the app then speaks French): that language and
/// why, in it. The route shell carries the sentence in every language (scripts/route-shells.mjs)
/// and src/lang.js keeps the chosen one on `<html data-load-language>`; a page without it says
/// it in French.
pub fn language_failed() -> Option<(Language, String)> {
    let chosen = FAILED.with(Cell::get)?;
    let said = document().document_element().and_then(|root| root.get_attribute("data-load-language"));
    Some(match said {
        Some(text) if !text.is_empty() => (chosen, text),
        _ => (Language::Fr, t(T::LoadLanguage).to_owned()),
    })
}

/// `<html lang dir>` for the language spoken, so that screen readers pronounce it and the layout
/// mirrors in Arabic.
fn mark_document(language: Language) {
    if let Some(root) = document().document_element().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.set_attribute("lang", language.id());
        root.set_dir(language.dir());
    }
}
