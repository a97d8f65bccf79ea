//! The interface's words in the young person's language: French (default), English, Arabic and
//! Ukrainian, listed once in `i18n/languages.json` (`build.rs` writes the `Language` enum of it).
//!
//! The keys are written once, in `i18n/fr.json`; `build.rs` turns them into the `T` enum and
//! compiles the French texts in (French is there with the first paint, and is what a missing or
//! unreadable translation falls back to). The other languages are downloaded only when chosen:
//! `scripts/translations.mjs` writes `i18n/<lang>.json` into the build as a list in the order of
//! the keys, headed by the keys' fingerprint, so the wasm carries no key names and a file from
//! another build is never read against the wrong keys. Plural forms follow each language's rules
//! (`Language::plural`), with the number written in Latin digits in every language.

use std::cell::Cell;

use super::json::Json;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// A plural category of the Unicode CLDR rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] =
        [Category::Zero, Category::One, Category::Two, Category::Few, Category::Many, Category::Other];

    pub fn id(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

impl Language {
    pub fn from_id(id: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.id() == id)
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The plural categories a translation into this language must give.
    pub fn categories(self) -> &'static [Category] {
        match self {
            Language::Fr | Language::En => &[Category::One, Category::Other],
            Language::Uk => &[Category::One, Category::Few, Category::Many, Category::Other],
            Language::Ar => &Category::ALL,
        }
    }

    /// The plural category of a whole number (CLDR rules for cardinals).
    pub fn plural(self, n: u64) -> Category {
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Language::Fr if n <= 1 => Category::One,
            Language::En if n == 1 => Category::One,
            Language::Fr | Language::En => Category::Other,
            Language::Uk if n10 == 1 && n100 != 11 => Category::One,
            Language::Uk if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Category::Few,
            Language::Uk => Category::Many,
            Language::Ar => match n {
                0 => Category::Zero,
                1 => Category::One,
                2 => Category::Two,
                _ if (3..=10).contains(&n100) => Category::Few,
                _ if (11..=99).contains(&n100) => Category::Many,
                _ => Category::Other,
            },
        }
    }

}

/// One text of the interface: a sentence, or the forms of a sentence that counts something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Text(&'static str),
    Plural(&'static [(Category, &'static str)]),
}

impl Entry {
    /// The form for `n`: its category's, else `other`'s.
    fn form(self, language: Language, n: u64) -> &'static str {
        match self {
            Entry::Text(text) => text,
            Entry::Plural(forms) => {
                let wanted = language.plural(n);
                let find = |c: Category| forms.iter().find(|(k, _)| *k == c).map(|(_, text)| *text);
                find(wanted).or_else(|| find(Category::Other)).unwrap_or_default()
            }
        }
    }
}

thread_local! {
    static CURRENT: Cell<(Language, &'static [Entry])> = const { Cell::new((Language::Fr, &[])) };
    /// The French texts of this app (`use_french`): the young person's app leaves out the adults'.
    static OWN_FRENCH: Cell<&'static [Entry]> = const { Cell::new(&[]) };
}

/// The French texts this app compiles in: `FRENCH_YOUNG` for the young person's, `FRENCH` for
/// the adults' (each app's `main` says which, so that the other table is left out of its wasm).
/// Until then (the native tests), every French text.
pub fn use_french(texts: &'static [Entry]) {
    OWN_FRENCH.with(|own| own.set(texts));
}

fn own_french() -> &'static [Entry] {
    let own = OWN_FRENCH.with(Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    let own = if own.is_empty() { &FRENCH[..] } else { own };
    own
}

/// The language the interface speaks now.
pub fn language() -> Language {
    CURRENT.with(|c| c.get().0)
}

/// Makes the interface speak a language whose texts were read by `read_texts` (French needs none).
pub fn speak(language: Language, texts: &'static [Entry]) {
    CURRENT.with(|c| c.set((language, texts)));
}

/// Back to French, the texts compiled in.
pub fn speak_french() {
    speak(Language::Fr, own_french());
}

fn entry(key: T) -> (Language, Entry) {
    CURRENT.with(|c| {
        let (language, texts) = c.get();
        match texts.get(key as usize) {
            Some(found) => (language, *found),
            None => (Language::Fr, own_french()[key as usize]),
        }
    })
}

/// A text of the interface, in the language spoken now.
#[inline(never)]
pub fn t(key: T) -> &'static str {
    let (language, found) = entry(key);
    found.form(language, 2)
}

/// A text that counts something, in the form the number asks for, with `{n}` replaced by it.
#[inline(never)]
pub fn plural(key: T, n: u64) -> String {
    let (language, found) = entry(key);
    found.form(language, n).replace(Slot::N.written(), &n.to_string())
}

/// The French text, whatever language the interface speaks: for what is written to an
/// association, which reads French (the pre-filled e-mail).
pub fn french(key: T) -> &'static str {
    own_french()[key as usize].form(Language::Fr, 2)
}

/// A text with its `{name}` placeholders filled in.
#[inline(never)]
pub fn fill(text: &str, values: &[(Slot, &str)]) -> String {
    let mut out = text.to_owned();
    for (slot, value) in values {
        out = out.replace(slot.written(), value);
    }
    out
}

/// A value set inside a sentence of the language spoken. In a language read right to left it is
/// isolated for direction (U+2068 … U+2069): a phone number keeps its order (« الهاتف: 06 36 15 26
/// 43 » was printed « 43 26 15 36 06 »), and a Latin name does not pull the words after it into
/// its own direction.
pub fn isolated(value: &str) -> String {
    // A lone number (« 3 » of « السؤال 3 من 6 ») keeps its place without one.
    let number = value.bytes().all(|b| b.is_ascii_digit());
    if language().is_right_to_left() && !number {
        format!("\u{2068}{value}\u{2069}")
    } else {
        value.to_owned()
    }
}

/// Parts shown one after the other (« Roubaix · 16 ans · … »), each isolated for direction.
pub fn parts_line(parts: &[String]) -> String {
    parts.iter().map(|part| isolated(part)).collect::<Vec<_>>().join(" · ")
}

/// `t(key)` with its placeholders filled in, each value isolated for direction (`isolated`).
/// In debug builds (the native tests), a placeholder the key's text does not have fails.
#[inline(never)]
pub fn tf(key: T, values: &[(Slot, &str)]) -> String {
    debug_assert!(
        values.iter().all(|(slot, _)| SLOTS[key as usize].contains(slot)),
        "{key:?} has the placeholders {:?}, not {:?}",
        SLOTS[key as usize],
        values.iter().map(|(slot, _)| *slot).collect::<Vec<_>>()
    );
    let values: Vec<(Slot, String)> = values.iter().map(|(slot, value)| (*slot, isolated(value))).collect();
    let values: Vec<(Slot, &str)> = values.iter().map(|(slot, value)| (*slot, value.as_str())).collect();
    fill(t(key), &values)
}

/// Reads a language's file written by `scripts/translations.mjs`: the keys' fingerprint, then one
/// text (or plural forms) per key. The texts are kept for the life of the page (a language is
/// read at most once). A file made for other keys is refused whole; an entry that cannot be read
/// falls back to French.
pub fn read_texts(text: &str) -> Result<&'static [Entry], String> {
    let root = Json::parse(text)?;
    let Json::Array(items) = root else { return Err("une liste est attendue".into()) };
    let Some((fingerprint, items)) = items.split_first() else { return Err("le fichier est vide".into()) };
    if fingerprint.as_str() != Some(FINGERPRINT) {
        return Err("ce fichier a été écrit pour une autre version de l'application".into());
    }
    if items.len() != KEYS.len() {
        return Err(format!("{} textes au lieu de {}", items.len(), KEYS.len()));
    }
    let keep = |text: &str| -> &'static str { Box::leak(text.to_owned().into_boxed_str()) };
    let entries: Vec<Entry> = items
        .iter()
        .zip(own_french().iter())
        .map(|(item, french)| match item {
            Json::String(text) => Entry::Text(keep(text)),
            Json::Object(forms) => {
                let forms: Vec<(Category, &'static str)> = forms
                    .iter()
                    .filter_map(|(k, v)| Some((Category::ALL.into_iter().find(|c| c.id() == k)?, keep(v.as_str()?))))
                    .collect();
                if forms.is_empty() {
                    *french
                } else {
                    Entry::Plural(Box::leak(forms.into_boxed_slice()))
                }
            }
            _ => *french,
        })
        .collect();
    Ok(Box::leak(entries.into_boxed_slice()))
}

/// « a », « a et b », « a, b et c », with the language's words.
pub fn join_words<S: AsRef<str>>(words: &[S]) -> String {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{}{}{}", init.join(t(T::ListSeparator)), t(T::ListLast), last),
    }
}

/// « 2026-11-23 » as « 23 novembre 2026 » in the language spoken (digits stay Latin); anything
/// else as it is.
pub fn date(text: &str) -> String {
    const MONTHS: [T; 12] = [
        T::Month1,
        T::Month2,
        T::Month3,
        T::Month4,
        T::Month5,
        T::Month6,
        T::Month7,
        T::Month8,
        T::Month9,
        T::Month10,
        T::Month11,
        T::Month12,
    ];
    let parts: Vec<&str> = text.split('-').collect();
    match parts.as_slice() {
        [year, month, day] => match (month.parse::<usize>(), day.parse::<u8>()) {
            (Ok(m @ 1..=12), Ok(d)) => {
                tf(T::DateFormat, &[(Slot::Day, &d.to_string()), (Slot::Month, t(MONTHS[m - 1])), (Slot::Year, year)])
            }
            _ => text.to_owned(),
        },
        _ => text.to_owned(),
    }
}
