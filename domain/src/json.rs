//! A small JSON reader for the dataset: a tree of values, with errors that say where (line and
//! column) in French. Written for this app instead of `serde_json`: serde's code, monomorphised for
//! every type of the schema, weighed about 30 KB of the wasm, and this file does the one thing the
//! app needs. Strings without escapes borrow the text (no copy); numbers keep their digits and are
//! read by the schema (`Json::uint`), which only has whole, positive numbers.

use std::borrow::Cow;

/// A JSON value. Objects keep their keys in order, as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// The number as written (`42`, `-1.5e3`): the schema decides what it may be.
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// How deep arrays and objects may nest: the dataset needs 5; a hostile file must not exhaust
/// the stack.
const MAX_DEPTH: usize = 64;

impl<'a> Json<'a> {
    /// Reads a whole JSON text. The error says what is wrong and where.
    pub fn parse(text: &'a str) -> Result<Json<'a>, String> {
        let mut parser = Parser { text, bytes: text.as_bytes(), at: 0 };
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.at < parser.bytes.len() {
            return Err(parser.error("texte en trop après la fin"));
        }
        Ok(value)
    }

    /// The value of a key of an object (the first, if written twice).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole, positive number (no sign, fraction or exponent), if it is one.
    pub fn uint(&self) -> Option<u64> {
        match self {
            Json::Number(digits) if digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse().ok(),
            _ => None,
        }
    }

    /// What kind of value this is, in words (for « un texte est attendu, pas un nombre »).
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "un booléen",
            Json::Number(_) => "un nombre",
            Json::String(_) => "un texte",
            Json::Array(_) => "une liste",
            Json::Object(_) => "un objet",
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, what: &str) -> String {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        format!("{what}, ligne {line}, colonne {column}")
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        self.skip_space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("trop de niveaux imbriqués"));
        }
        self.skip_space();
        match self.bytes.get(self.at) {
            None => Err(self.error("fin du texte inattendue")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.word(),
        }
    }

    fn word(&mut self) -> Result<Json<'a>, String> {
        for (word, value) in [("true", Json::Bool(true)), ("false", Json::Bool(false)), ("null", Json::Null)] {
            if self.bytes[self.at..].starts_with(word.as_bytes()) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.error("valeur inattendue"))
    }

    fn number(&mut self) -> Result<Json<'a>, String> {
        let start = self.at;
        let digits = |p: &mut Parser| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at > from
        };
        if self.bytes[self.at] == b'-' {
            self.at += 1;
        }
        let whole_start = self.at;
        if !digits(self) || (self.bytes[whole_start] == b'0' && self.at - whole_start > 1) {
            return Err(self.error("nombre invalide"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("nombre invalide"));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("nombre invalide"));
            }
        }
        Ok(Json::Number(&self.text[start..self.at]))
    }

    fn string(&mut self) -> Result<Cow<'a, str>, String> {
        self.at += 1; // the opening quote
        let start = self.at;
        // Most strings have no escape: borrow them.
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'"' => {
                    self.at += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
                }
                b'\\' => break,
                0..=0x1f => return Err(self.error("caractère de contrôle dans un texte")),
                _ => self.at += 1,
            }
        }
        let mut owned = String::from(&self.text[start..self.at]);
        loop {
            match self.bytes.get(self.at) {
                None => return Err(self.error("texte non terminé")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(owned));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("échappement invalide")),
                    };
                    self.at += 1;
                    owned.push(escaped);
                }
                Some(0..=0x1f) => return Err(self.error("caractère de contrôle dans un texte")),
                Some(_) => {
                    // Copy the whole UTF-8 character (the text is valid UTF-8).
                    let rest = &self.text[self.at..];
                    let c = rest.chars().next().ok_or_else(|| self.error("texte non terminé"))?;
                    owned.push(c);
                    self.at += c.len_utf8();
                }
            }
        }
    }

    /// `\uXXXX`, and its low surrogate when it is a high one. Leaves `at` on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let hex = |p: &mut Parser| -> Result<u32, String> {
            let digits = p.text.get(p.at + 1..p.at + 5).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
            let code = digits.and_then(|d| u32::from_str_radix(d, 16).ok()).ok_or_else(|| p.error("échappement \\u invalide"))?;
            p.at += 4;
            Ok(code)
        };
        let first = hex(self)?;
        let code = if (0xD800..0xDC00).contains(&first) && self.bytes.get(self.at + 1..self.at + 3) == Some(&b"\\u"[..]) {
            self.at += 2;
            let second = hex(self)?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("échappement \\u invalide"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("échappement \\u invalide"))
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("« , » ou « ] » attendu")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, String> {
        self.at += 1;
        let mut fields = Vec::new();
        self.skip_space();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error("nom de champ attendu"));
            }
            let key = self.string()?;
            self.expect(b':', "« : » attendu")?;
            fields.push((key, self.value(depth + 1)?));
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                _ => return Err(self.error("« , » ou « } » attendu")),
            }
        }
    }
}
