//! What a municipal webmaster copies into their page: the snippets the « Intégrer » page writes.

use super::config::Colour;
use super::url_text::encode;

/// Where the embedded app opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartPage {
    Home,
    Questionnaire,
}

impl StartPage {
    pub const ALL: [StartPage; 2] = [StartPage::Home, StartPage::Questionnaire];

    pub fn id(self) -> &'static str {
        match self {
            StartPage::Home => "accueil",
            StartPage::Questionnaire => "questionnaire",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StartPage::Home => "La page d'accueil (ce qu'est un mentor)",
            StartPage::Questionnaire => "Directement la première question",
        }
    }

    pub fn from_id(id: &str) -> Option<StartPage> {
        StartPage::ALL.into_iter().find(|p| p.id() == id)
    }

    fn path(self) -> &'static str {
        match self {
            StartPage::Home => "",
            StartPage::Questionnaire => "questionnaire",
        }
    }
}

/// The settings of the generator form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The app's address with its public path and a trailing slash (`https://exemple.fr/mentorat/`).
    pub app_url: String,
    pub territory: Option<String>,
    pub colour: Option<Colour>,
    pub start: StartPage,
}

/// A fixed height for the plain `<iframe>` (without the script, the frame cannot follow its content).
pub const PLAIN_IFRAME_HEIGHT: u32 = 900;

/// What the frame may do: run the app and its worker, answer its questions (each question is a
/// form, handled in the page; the app's CSP sends no form anywhere), open the associations' sites
/// and e-mails in a new tab. No top navigation, no downloads.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

impl EmbedOptions {
    /// The embedded app's address: configuration in the query, never answers.
    pub fn iframe_src(&self) -> String {
        let mut query = vec!["embed=1".to_owned()];
        if let Some(t) = &self.territory {
            query.push(format!("territoire={}", encode(t)));
        }
        if let Some(c) = self.colour {
            query.push(format!("couleur={}", encode(&c.css())));
        }
        format!("{}{}?{}", self.app_url, self.start.path(), query.join("&"))
    }

    /// The recommended snippet: a placeholder and the host script, which sizes the frame.
    pub fn script_snippet(&self) -> String {
        let mut attributes = vec![format!("data-trouve-ton-mentor=\"{}\"", escape_attribute(&self.app_url))];
        if let Some(t) = &self.territory {
            attributes.push(format!("data-territoire=\"{}\"", escape_attribute(t)));
        }
        if let Some(c) = self.colour {
            attributes.push(format!("data-couleur=\"{}\"", c.css()));
        }
        if self.start != StartPage::Home {
            attributes.push(format!("data-page=\"{}\"", self.start.id()));
        }
        format!(
            "<div {}></div>\n<script src=\"{}embed.js\" defer></script>",
            attributes.join(" "),
            escape_attribute(&self.app_url)
        )
    }

    /// The plain snippet, for sites that cannot add a script: a fixed height, scrolling inside.
    pub fn iframe_snippet(&self) -> String {
        format!(
            "<iframe src=\"{}\" title=\"Trouve ton mentor : trouver un programme de mentorat\" \
             width=\"100%\" height=\"{PLAIN_IFRAME_HEIGHT}\" style=\"border:0;max-width:100%\" loading=\"lazy\" \
             referrerpolicy=\"no-referrer\" sandbox=\"{SANDBOX}\"></iframe>",
            escape_attribute(&self.iframe_src())
        )
    }
}
