//! The snippets the « Intégrer » page writes for webmasters.

use trouve_ton_mentor::domain::config::{Colour, Config};
use trouve_ton_mentor::domain::embed::{EmbedOptions, StartPage, SANDBOX};

fn options() -> EmbedOptions {
    EmbedOptions {
        app_url: "https://mentorat.exemple.fr/mentorat/".into(),
        territory: Some("dunkerque".into()),
        colour: Colour::parse("#005a9c"),
        start: StartPage::Questionnaire,
    }
}

#[test]
fn iframe_src_carries_configuration_only_and_reads_back() {
    let src = options().iframe_src();
    assert_eq!(src, "https://mentorat.exemple.fr/mentorat/questionnaire?embed=1&territoire=dunkerque&couleur=%23005a9c");
    let query = src.split_once('?').unwrap().1;
    let (config, problems) = Config::from_query(query);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(config.embed);
    assert_eq!(config.territory.as_deref(), Some("dunkerque"));
    assert_eq!(config.accent, Colour::parse("#005a9c"));
    assert!(!src.contains('#'), "no fragment: answers are never preset by a host");
}

#[test]
fn script_snippet_names_the_app_and_its_settings() {
    let snippet = options().script_snippet();
    assert_eq!(
        snippet,
        "<div data-trouve-ton-mentor=\"https://mentorat.exemple.fr/mentorat/\" data-territoire=\"dunkerque\" \
         data-couleur=\"#005a9c\" data-page=\"questionnaire\"></div>\n\
         <script src=\"https://mentorat.exemple.fr/mentorat/embed.js\" defer></script>"
    );
}

#[test]
fn plain_iframe_has_a_title_a_height_and_the_sandbox() {
    let snippet = EmbedOptions { territory: None, colour: None, start: StartPage::Home, ..options() }.iframe_snippet();
    assert!(snippet.contains("src=\"https://mentorat.exemple.fr/mentorat/?embed=1\""), "{snippet}");
    assert!(snippet.contains("title=\"Trouve ton mentor"));
    assert!(snippet.contains("height=\"900\""));
    assert!(snippet.contains(&format!("sandbox=\"{SANDBOX}\"")));
    assert!(snippet.contains("referrerpolicy=\"no-referrer\""));
}

#[test]
fn attribute_values_are_escaped() {
    let snippet = EmbedOptions { app_url: "https://x.fr/\"><script>".into(), ..options() }.script_snippet();
    assert!(!snippet.contains("\"><script>"), "{snippet}");
}
