//! Where a field is in a file: the line a coordinator's editor shows. Read only by the data keepers'
//! page (the `keepers` feature): the app's reader keeps no positions, so that the young person's
//! wasm carries none of this.

/// One step of a path into a JSON text: a key of an object, or an item of a list (from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Item(usize),
}

/// The steps of a field path as the reader names it: `contact.emails[1]`, `audience.ages`, or `.`
/// for the entry itself.
pub fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Step::Key(key.to_owned()));
        }
        for index in pieces {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Step::Item(i));
            }
        }
    }
    out
}

/// The line (from 1) of the value at `steps` in a JSON text; if a step is not in the text (a field
/// left out), the line of the deepest value that is, so the coordinator sees where to add it.
pub fn line_of(text: &str, steps: &[Step]) -> usize {
    let at = deepest(text.as_bytes(), steps);
    1 + text.as_bytes()[..at].iter().filter(|b| **b == b'\n').count()
}

/// The byte offset of the deepest value of `steps` found in the text.
fn deepest(bytes: &[u8], steps: &[Step]) -> usize {
    let mut walk = Walk { bytes, at: 0 };
    walk.space();
    let mut found = walk.at;
    for step in steps {
        let inside = match step {
            Step::Key(key) => walk.key(key.as_bytes()),
            Step::Item(index) => walk.item(*index),
        };
        if inside.is_none() {
            break;
        }
        found = walk.at;
    }
    found
}

/// The bytes of the value at `steps` (`start..end`), if every step is in the text.
pub fn span_of(text: &str, steps: &[Step]) -> Option<std::ops::Range<usize>> {
    let mut walk = Walk { bytes: text.as_bytes(), at: 0 };
    walk.space();
    for step in steps {
        match step {
            Step::Key(key) => walk.key(key.as_bytes())?,
            Step::Item(index) => walk.item(*index)?,
        }
    }
    walk.space();
    let start = walk.at;
    walk.skip()?;
    Some(start..walk.at)
}

/// The bytes of a member `"key": value` of the object at `steps`, from the key's opening quote to
/// the value's end, if the object has that key.
pub fn member_span(text: &str, steps: &[Step], key: &str) -> Option<std::ops::Range<usize>> {
    let object = span_of(text, steps)?;
    let mut walk = Walk { bytes: text.as_bytes(), at: object.start };
    walk.eat(b'{')?;
    loop {
        walk.space();
        let start = walk.at;
        let name = walk.string()?;
        let wanted = name == key.as_bytes();
        walk.eat(b':')?;
        walk.skip()?;
        if wanted {
            return Some(start..walk.at);
        }
        walk.eat(b',')?;
    }
}

/// A cursor over a JSON text that skips values without reading them. It assumes nothing of the
/// text: on anything unexpected a step is simply not found.
struct Walk<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Walk<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.space();
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    /// A string, the cursor on its opening quote: its bytes as written (escapes kept).
    fn string(&mut self) -> Option<&[u8]> {
        self.eat(b'"')?;
        let start = self.at;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        self.bytes.get(start..self.at - 1)
    }

    /// Skips one value, however deep, with no recursion.
    fn skip(&mut self) -> Option<()> {
        self.space();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                        }
                        b'{' | b'[' => {
                            depth += 1;
                            self.at += 1;
                        }
                        b'}' | b']' => {
                            depth -= 1;
                            self.at += 1;
                            if depth == 0 {
                                return Some(());
                            }
                        }
                        _ => self.at += 1,
                    }
                }
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.at += 1;
                }
                Some(())
            }
        }
    }

    /// Moves to the value of `key` in the object at the cursor.
    fn key(&mut self, key: &[u8]) -> Option<()> {
        self.eat(b'{')?;
        loop {
            self.space();
            let name = self.string()?;
            let wanted = name == key;
            self.eat(b':')?;
            self.space();
            if wanted {
                return Some(());
            }
            self.skip()?;
            self.eat(b',')?;
        }
    }

    /// Moves to the item `index` of the list at the cursor.
    fn item(&mut self, index: usize) -> Option<()> {
        self.eat(b'[')?;
        for _ in 0..index {
            self.skip()?;
            self.eat(b',')?;
        }
        self.space();
        (self.peek() != Some(b']')).then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": \"x,]}\\\"\",\n  \"b\": [1, {\"c\": [true,\n  null]}],\n  \"d\": {\n    \"e\": 5\n  }\n}\n";

    fn line(path: &str) -> usize {
        line_of(TEXT, &steps(path))
    }

    #[test]
    fn paths_read_as_steps() {
        let key = |k: &str| Step::Key(k.to_owned());
        assert_eq!(steps("contact.emails[1]"), vec![key("contact"), key("emails"), Step::Item(1)]);
        assert_eq!(steps("evidence[0].excerpt"), vec![key("evidence"), Step::Item(0), key("excerpt")]);
        assert_eq!(steps("."), vec![]);
    }

    #[test]
    fn finds_the_line_of_a_value_past_strings_and_lists() {
        assert_eq!(line("a"), 2);
        assert_eq!(line("b[1].c[1]"), 4);
        assert_eq!(line("d.e"), 6);
        assert_eq!(line("d"), 5);
    }

    #[test]
    fn a_value_not_there_gives_the_deepest_that_is() {
        assert_eq!(line("d.missing"), 5);
        assert_eq!(line("b[7]"), 3);
        assert_eq!(line("missing.e"), 1);
    }
}
