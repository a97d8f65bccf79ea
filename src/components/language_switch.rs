use leptos::ev::MouseEvent;
use leptos::prelude::*;
use crate::location::use_location;

use domain::i18n::{language, t, Language, T};
use domain::routes::Page;
use domain::url_text::with_pair;
use crate::state::{use_page, use_setup};

/// The four languages, each written in itself (« العربية », « Українська »), on every page and
/// first in the page after the skip link. The choice goes in the fragment (`langue=ar`), with the
/// answers, in the same entry of the history; the page is then drawn again in that language
/// (`src/lang.js` paints its shell at once), with the page, every answer and the question on
/// screen: they are all in the address. Drawing it again costs a reload once in a while, where
/// following the language in every view would cost the whole app's code for it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let setup = use_setup();
    let label = t(if setup.config.embed { T::LanguageLabelEmbedded } else { T::LanguageLabel });
    let location = use_location();
    let page = use_page();
    // Every pair of the fragment is kept as it is, whatever the page (a young person's answers or
    // a volunteer's): only `langue=` changes.
    let href = move |each: Language| {
        let page = page.get().unwrap_or(Page::Home);
        setup.href_with(page, &with_pair(&location.hash.get(), "langue", each.id()))
    };
    let links = Language::ALL
        .into_iter()
        .map(|each| {
            let (link, target) = (href.clone(), href.clone());
            let on_click = move |ev: MouseEvent| {
                ev.prevent_default();
                let location = window().location();
                let _ = location.replace(&target(each));
                let _ = location.reload();
            };
            let current = (language() == each).then_some("true");
            view! {
                <li>
                    <a href=move || link(each) hreflang=each.id() lang=each.id() dir=each.dir() aria-current=current on:click=on_click>
                        {each.own_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        // Inside a host's page (the « Intégrer » preview, a municipal site with its own language
        // switch), a name tells this switch from the host's.
        <nav class="languages" aria-label=label>
            <ul>{links}</ul>
        </nav>
    }
}
