//! What the host page or a link configures, in the query string (never the young person's answers).
//!
//! `?embed=1&territoire=dunkerque&couleur=%23005a9c&langue=fr`

use super::answers::is_id;
use super::i18n::Language;
use super::url_text::{decode, decoded_pairs, Expected, UrlProblem};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// Inside a host's page: the app's own header is hidden.
    pub embed: bool,
    /// A territory preset by the host; its question is skipped and it wins over the fragment.
    pub territory: Option<String>,
    /// The host's accent colour.
    pub accent: Option<Colour>,
    /// The language the host starts the app in (`src/lang.js` reads it before the first paint;
    /// the young person's own choice wins).
    pub language: Option<Language>,
}

/// A colour given as `#rgb` or `#rrggbb`; nothing else gets near the page's CSS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Colour {
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            3 => {
                let d: Vec<u8> = hex.chars().map(|c| c.to_digit(16).unwrap_or(0) as u8 * 17).collect();
                Some(Colour { r: d[0], g: d[1], b: d[2] })
            }
            6 => Some(Colour { r: channel(&hex[0..2])?, g: channel(&hex[2..4])?, b: channel(&hex[4..6])? }),
            _ => None,
        }
    }

    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour, darkened until it reads at AA contrast (4.5:1) as text on white: links and
    /// outlines use it, so a light host colour (a yellow) stays readable.
    pub fn readable_on_white(self) -> Colour {
        let white = Colour { r: 255, g: 255, b: 255 };
        let mut colour = self;
        while colour.contrast(white) < 4.5 {
            let darker = |c: u8| (f64::from(c) * 0.9).floor() as u8;
            colour = Colour { r: darker(colour.r), g: darker(colour.g), b: darker(colour.b) };
        }
        colour
    }

    /// Black or white, whichever reads better on this colour (always at least 4.5:1 for one of them).
    pub fn text_on(self) -> Colour {
        let black = Colour { r: 0, g: 0, b: 0 };
        let white = Colour { r: 255, g: 255, b: 255 };
        if self.contrast(black) >= self.contrast(white) {
            black
        } else {
            white
        }
    }
}

/// A channel's light, linear (WCAG's sRGB curve): `((c + 0.055) / 1.055)^2.4` above the toe.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.03928 {
        c / 12.92
    } else {
        let x = (c + 0.055) / 1.055;
        x * x * two_fifths_power(x)
    }
}

/// `x^0.4` for `x` in (0, 1], with square roots only: 0.4 is 0.0110 0110 0110… in binary, so it is
/// the product of the roots `x^(1/2^k)` for k = 2, 3, 6, 7, 10, 11… (24 of them: the relative error
/// stays under 1e-6). Why not `powf`: it brought libm's `pow` into the wasm, for this one curve.
fn two_fifths_power(x: f64) -> f64 {
    let (mut root, mut product) = (x, 1.0);
    for k in 1..=24 {
        root = root.sqrt();
        if k % 4 == 2 || k % 4 == 3 {
            product *= root;
        }
    }
    product
}

impl Config {
    /// Reads a query string (with or without `?`). Unknown or malformed keys are reported, not fatal.
    pub fn from_query(query: &str) -> (Config, Vec<UrlProblem>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        for (key, value) in decoded_pairs(query, '?') {
            let bad = |expected: Expected| UrlProblem::bad_value(key, &value, expected);
            match key {
                "embed" => match value.as_str() {
                    "1" => config.embed = true,
                    "0" => config.embed = false,
                    _ => problems.push(bad(Expected::Binary)),
                },
                "territoire" if is_id(&value) => config.territory = Some(value),
                "territoire" => problems.push(bad(Expected::Territory)),
                "couleur" => match Colour::parse(&value) {
                    Some(c) => config.accent = Some(c),
                    None => problems.push(bad(Expected::Colour)),
                },
                // The language the host starts the app in: src/lang.js reads it before the first
                // paint (the young person's own choice, in the fragment, wins).
                "langue" if Language::from_id(&value).is_some() => config.language = Language::from_id(&value),
                "langue" => problems.push(bad(Expected::one_of(Language::ALL.iter().map(|l| l.id())))),
                _ => problems.push(UrlProblem::UnknownKey { key: decode(key) }),
            }
        }
        (config, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_channel_is_lit_as_the_srgb_curve_says() {
        for channel in 0..=255u8 {
            let c = f64::from(channel) / 255.0;
            let curve = if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
            let ours = linear(channel);
            assert!((ours - curve).abs() <= 1e-6 * curve.max(1e-9), "channel {channel}: {ours} against {curve}");
        }
    }
}
