use leptos::prelude::*;

use domain::i18n::{t, tf, Slot, T};
use domain::routes::Page;
use domain::summary::sources_line;
use crate::loading::DatasetResource;
use crate::pwa::BUILD_LABEL;
use crate::state::{use_answers, use_setup};

/// Where the data comes from, and the promise that nothing leaves the device. Inside a host's
/// page it speaks only of the host's territory, and has no « Intégrer » link: that one is for
/// webmasters, not for the young person.
#[component]
pub fn SiteFooter(
    /// The promise that nothing leaves the device, in the app's voice (« tes » or « vos » réponses).
    privacy: T,
) -> impl IntoView {
    let setup = use_setup();
    let dataset = expect_context::<DatasetResource>();
    let none = use_answers().get_untracked().0.language_only();
    let embed = setup.config.embed;
    // Inside a host page, a name tells this footer from the host's own.
    let label = embed.then_some(t(T::FooterLabel));
    let territory = embed.then(|| setup.config.territory.clone()).flatten();
    let sources = move || {
        dataset
            .get()
            .and_then(Result::ok)
            .map(|d| sources_line(&d, territory.as_deref()))
            .unwrap_or_else(|| t(T::SourcesNone).to_owned())
    };
    view! {
        <footer class="site-footer" aria-label=label>
            <p class="footer-privacy">{t(privacy)}</p>
            <p data-testid="sources">{sources}</p>
            <ul class="footer-links">
                // Static pages (no app code): the browser loads them, the router does not.
                <li><a href=setup.href(Page::Accessibility, &none) rel="external">{t(T::FooterAccessibility)}</a></li>
                {(!embed).then(|| view! { <li><a href=setup.href(Page::Directory, &none)>{t(T::FooterDirectory)}</a></li> })}
                {(!embed).then(|| view! { <li><a href=setup.href(Page::EmbedGuide, &none) rel="external">{t(T::FooterEmbed)}</a></li> })}
            </ul>
            <p class="version">{tf(T::FooterVersion, &[(Slot::Label, BUILD_LABEL)])}</p>
        </footer>
    }
}
