//! Changes to a file that keep every other byte: the corrected file differs from the one opened
//! only in the values changed (key order, indentation and everything else as written), so that
//! the publisher reviews a diff of exactly those values.

use super::position::{member_span, span_of, Step};

/// One change to a file: a value set (replaced where it is, added to its object where it is
/// not), or a field removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The value at the path, as JSON (`quoted`, `list_like`, a number).
    Set(Vec<Step>, String),
    Remove(Vec<Step>),
}

/// Why a change cannot be made: the path is not in the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("le champ à changer n'est pas dans le fichier")]
pub struct NotInFile;

/// A text as a JSON string: quotes, backslashes and control characters escaped, every other
/// character as is (the files are UTF-8).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A list of JSON values written as the list it replaces was: one item a line, indented as its
/// first item and closed as it was closed, or on one line.
pub fn list_like(original: &str, items: &[String]) -> String {
    let indent = |from: &str| from.chars().take_while(|c| *c == ' ' || *c == '\t').collect::<String>();
    let lines: Vec<&str> = original.lines().collect();
    match (lines.get(1), lines.last()) {
        (Some(first_item), Some(closing)) if lines.len() > 2 && !items.is_empty() => {
            let (item, close) = (indent(first_item), indent(closing));
            let body: Vec<String> = items.iter().map(|i| format!("{item}{i}")).collect();
            format!("[\n{}\n{close}]", body.join(",\n"))
        }
        _ => format!("[{}]", items.join(", ")),
    }
}

/// The file with a change made, every other byte kept.
pub fn apply(text: &str, change: &Change) -> Result<String, NotInFile> {
    match change {
        Change::Set(steps, json) => match span_of(text, steps) {
            Some(span) => Ok(format!("{}{json}{}", &text[..span.start], &text[span.end..])),
            None => add(text, steps, json),
        },
        Change::Remove(steps) => {
            let (Some(Step::Key(key)), parent) = (steps.last(), &steps[..steps.len().saturating_sub(1)]) else { return Err(NotInFile) };
            let member = member_span(text, parent, key).ok_or(NotInFile)?;
            let before = text[..member.start].trim_end();
            if let Some(comma) = before.strip_suffix(',') {
                // Not the first member: its comma and the space before it go with it.
                Ok(format!("{comma}{}", &text[member.end..]))
            } else {
                // The first: the comma after it, and the space up to the next member, go with it.
                let after = text[member.end..].trim_start();
                let after = after.strip_prefix(',').map(str::trim_start).unwrap_or(after);
                let gap = &text[before.len()..member.start];
                Ok(format!("{before}{gap}{after}"))
            }
        }
    }
}

/// A field added to its object, after the object's last field and indented as it; an object
/// written on one line gets it on that line.
fn add(text: &str, steps: &[Step], json: &str) -> Result<String, NotInFile> {
    let (Some(Step::Key(key)), parent) = (steps.last(), &steps[..steps.len().saturating_sub(1)]) else { return Err(NotInFile) };
    let object = span_of(text, parent).ok_or(NotInFile)?;
    let inside = &text[object.start..object.end];
    if !inside.starts_with('{') {
        return Err(NotInFile);
    }
    let closing = object.start + inside.rfind('}').ok_or(NotInFile)?;
    let last_end = object.start + text[object.start..closing].trim_end().len();
    let member = format!("{}: {json}", quoted(key));
    if last_end == object.start + 1 {
        return Ok(format!("{}{member}{}", &text[..last_end], &text[last_end..]));
    }
    let newline = if inside.contains("\r\n") { "\r\n" } else { "\n" };
    let separator = if inside.contains('\n') { format!(",{newline}{}", member_indent(text, object.start, last_end)) } else { ", ".to_owned() };
    Ok(format!("{}{separator}{member}{}", &text[..last_end], &text[last_end..]))
}

/// The indentation of the line where the object's last member begins: the line after the last
/// comma at the object's own depth (or after its brace).
fn member_indent(text: &str, object_start: usize, last_end: usize) -> String {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut member_start) = (0i32, false, object_start + 1);
    let mut i = object_start;
    while i < last_end {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => depth -= 1,
                b',' if depth == 1 => member_start = i + 1,
                _ => {}
            }
        }
        i += 1;
    }
    let rest = &text[member_start..last_end];
    let after_comma = rest.trim_start_matches([' ', '\t', '\r']);
    let first_line = after_comma.strip_prefix('\n').unwrap_or(after_comma);
    first_line.chars().take_while(|c| *c == ' ' || *c == '\t').collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keepers::position::steps;

    const TEXT: &str = "{\n  \"a\": {\n    \"emails\": [\n      \"x@y.fr\"\n    ],\n    \"n\": {\"min\": 5}\n  },\n  \"b\": 1\n}\n";

    fn set(path: &str, json: &str) -> String {
        apply(TEXT, &Change::Set(steps(path), json.into())).unwrap()
    }

    #[test]
    fn a_value_replaced_leaves_every_other_byte() {
        let changed = set("a.emails[0]", &quoted("z@y.fr"));
        assert_eq!(changed, TEXT.replace("x@y.fr", "z@y.fr"));
        assert_eq!(set("b", "2"), TEXT.replace("\"b\": 1", "\"b\": 2"));
    }

    #[test]
    fn a_list_is_written_as_it_was() {
        let original = &TEXT[span_of(TEXT, &steps("a.emails")).unwrap()];
        let list = list_like(original, &[quoted("x@y.fr"), quoted("w@y.fr")]);
        assert_eq!(list, "[\n      \"x@y.fr\",\n      \"w@y.fr\"\n    ]");
        assert_eq!(list_like(original, &[quoted("x@y.fr")]), original, "the same items, the same bytes");
        assert_eq!(list_like("[\"a\"]", &[quoted("a"), quoted("b")]), "[\"a\", \"b\"]");
    }

    #[test]
    fn a_field_is_added_after_the_last_and_indented_as_it() {
        assert_eq!(set("a.checked", &quoted("2026-12-04")), TEXT.replace("{\"min\": 5}\n  },", "{\"min\": 5},\n    \"checked\": \"2026-12-04\"\n  },"));
        assert_eq!(set("a.n.max", "9"), TEXT.replace("{\"min\": 5}", "{\"min\": 5, \"max\": 9}"));
        assert_eq!(apply(TEXT, &Change::Set(steps("nowhere.x"), "1".into())), Err(NotInFile));
    }

    #[test]
    fn a_field_removed_takes_its_comma() {
        let removed = apply(TEXT, &Change::Remove(steps("a.n"))).unwrap();
        assert_eq!(removed, TEXT.replace("    ],\n    \"n\": {\"min\": 5}\n", "    ]\n"));
        let first = apply(TEXT, &Change::Remove(steps("a.emails"))).unwrap();
        assert_eq!(first, TEXT.replace("\"emails\": [\n      \"x@y.fr\"\n    ],\n    ", ""));
        assert_eq!(apply(TEXT, &Change::Remove(steps("a.none"))), Err(NotInFile));
    }

    #[test]
    fn a_file_written_with_crlf_keeps_it() {
        let crlf = TEXT.replace('\n', "\r\n");
        let added = apply(&crlf, &Change::Set(steps("a.checked"), quoted("2026-12-04"))).unwrap();
        assert!(added.contains("{\"min\": 5},\r\n    \"checked\": \"2026-12-04\"\r\n  },"), "{added:?}");
    }

    #[test]
    fn quoted_text_reads_back_as_itself() {
        for text in ["plain", "« guillemets » \"et\" \\ barre", "ligne\nsuivante\u{1}"] {
            let json = quoted(text);
            assert_eq!(crate::json::Json::parse(&json).unwrap().as_str(), Some(text));
        }
    }
}
