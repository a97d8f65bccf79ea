//! The `key=value&key=value` text shared by the query string and the fragment, and what can be
//! wrong with it.

use std::fmt;

use super::i18n::{t, tf, Slot, T};

/// How many of a link's problems are listed; the rest are counted.
pub const PROBLEMS_SHOWN: usize = 5;

/// Something in a link the app could not use. It is shown on the page; the rest still works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    UnknownKey { key: String },
    BadValue { key: String, value: String, expected: Expected },
}

/// What a value of the link should have been, said in the young person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// One of these ids.
    OneOf(Vec<String>),
    Age { min: u8, max: u8 },
    Territory,
    Commune,
    Programme,
    Hours,
    Months,
    /// No more kept programmes than this.
    KeptMax(usize),
    Binary,
    Colour,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::OneOf(ids) => f.write_str(&tf(T::ExpectedOneOf, &[(Slot::Values, &ids.join(", "))])),
            Expected::Age { min, max } => {
                f.write_str(&tf(T::ExpectedAge, &[(Slot::Min, &min.to_string()), (Slot::Max, &max.to_string())]))
            }
            Expected::Territory => f.write_str(t(T::ExpectedTerritory)),
            Expected::Commune => f.write_str(t(T::ExpectedCommune)),
            Expected::Programme => f.write_str(t(T::ExpectedProgramme)),
            Expected::Hours => f.write_str(t(T::ExpectedHours)),
            Expected::Months => f.write_str(t(T::ExpectedMonths)),
            Expected::KeptMax(max) => f.write_str(&tf(T::ExpectedKeptMax, &[(Slot::Max, &max.to_string())])),
            Expected::Binary => f.write_str(t(T::ExpectedBinary)),
            Expected::Colour => f.write_str(t(T::ExpectedColour)),
        }
    }
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::UnknownKey { key } => f.write_str(&tf(T::LinkUnknownKey, &[(Slot::Key, &shorten(key))])),
            UrlProblem::BadValue { key, value, expected } => f.write_str(&tf(
                T::LinkBadValue,
                &[(Slot::Key, &shorten(key)), (Slot::Value, &shorten(value)), (Slot::Expected, &expected.to_string())],
            )),
        }
    }
}

impl UrlProblem {
    pub fn bad_value(key: &str, value: &str, expected: Expected) -> UrlProblem {
        UrlProblem::BadValue { key: key.to_owned(), value: value.to_owned(), expected }
    }
}

impl Expected {
    /// One of the ids of a closed list.
    pub fn one_of<'a>(ids: impl Iterator<Item = &'a str>) -> Expected {
        Expected::OneOf(ids.map(str::to_owned).collect())
    }
}

/// The `key=value` pairs of a query (`?…`) or fragment (`#…`), values decoded.
pub fn decoded_pairs(text: &str, lead: char) -> impl Iterator<Item = (&str, String)> {
    pairs(text.strip_prefix(lead).unwrap_or(text)).map(|(key, raw)| (key, decode(raw)))
}

/// What is echoed back from a link: a link can hold anything, and the page that shows it may be a
/// town's. At most `ECHOED` characters, without control characters or those that change the
/// direction of the text around them (U+202E would reorder a sentence): enough to recognise a
/// typo, too little for a message (« Appelle le 06… »).
fn shorten(text: &str) -> String {
    let shown: Vec<char> = text.chars().filter(|c| !c.is_control() && !is_bidi_control(*c)).collect();
    if shown.len() <= ECHOED {
        shown.into_iter().collect()
    } else {
        format!("{}…", shown[..ECHOED].iter().collect::<String>())
    }
}

/// How many characters of a link's text a problem shows.
pub const ECHOED: usize = 12;

/// The characters that set or isolate a direction (Unicode's bidi controls and marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The `key=value` pairs of a query or fragment, in order; empty pieces are skipped.
pub fn pairs(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split('&').filter(|piece| !piece.is_empty()).map(|piece| piece.split_once('=').unwrap_or((piece, "")))
}

/// Percent-decoding (and `+` as space); invalid sequences are kept as written.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The same fragment with another value for one key (every other pair kept as written): how the
/// language switch changes the language on any page, whatever its answers are.
pub fn with_pair(fragment: &str, key: &str, value: &str) -> String {
    let kept = pairs(fragment.strip_prefix('#').unwrap_or(fragment)).filter(|(k, _)| *k != key);
    let mut parts: Vec<String> = kept.map(|(k, v)| if v.is_empty() { k.to_owned() } else { format!("{k}={v}") }).collect();
    parts.push(format!("{key}={}", encode(value)));
    parts.join("&")
}

/// The keys of a fragment that say where one is (the question on screen, « Ma sélection »), not
/// what one answered.
const PLACE_KEYS: [&str; 2] = ["question", "vue"];

/// The fragment to show after Back or Forward: the answers as they were last written (`latest`),
/// on the screen the history entry names (its `question` and `vue`). A history entry keeps the
/// answers as they were when it was left; the browser's Back must not take back what was
/// answered since (a box ticked, a programme kept, a language chosen).
pub fn after_traversal(latest: &str, entry: &str) -> String {
    let own = |text: &str| text.strip_prefix('#').unwrap_or(text).to_owned();
    let (latest, entry) = (own(latest), own(entry));
    let place = pairs(&entry).filter(|(k, _)| PLACE_KEYS.contains(k));
    let answers = pairs(&latest).filter(|(k, _)| !PLACE_KEYS.contains(k));
    let parts: Vec<String> = place.chain(answers).map(|(k, v)| if v.is_empty() { k.to_owned() } else { format!("{k}={v}") }).collect();
    parts.join("&")
}
