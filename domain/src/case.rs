//! Upper and lower case for the scripts of the app's languages: Latin (French, English, the
//! dataset's names), Cyrillic (Ukrainian); Arabic has no case. Any other letter stays as it is.
//!
//! Why not `char::to_lowercase`: it brings the whole of Unicode's case tables into the wasm
//! (24 KB, 6.7 KB brotli, on every path), for letters no text of the app has. The tests compare
//! these with the standard library's, letter by letter, over every block they cover.

/// A letter in lower case (`'É'` → `'é'`); a letter whose lower case is two letters stays as it is.
pub fn lower(c: char) -> char {
    let code = c as u32;
    let to = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => code + 0x20,
        // Latin Extended-A: each capital is followed by its small letter, in two runs shifted by one.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 1 => code + 1,
        0x178 => 0xff,
        0x400..=0x40f => code + 0x50,
        0x410..=0x42f => code + 0x20,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f if code % 2 == 0 => code + 1,
        0x4c0 => 0x4cf,
        0x4c1..=0x4ce if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(to).unwrap_or(c)
}

/// A letter in upper case (`'é'` → `'É'`); a letter whose capital is two letters (`'ß'`) stays.
pub fn upper(c: char) -> char {
    let code = c as u32;
    let to = match code {
        0x61..=0x7a | 0xe0..=0xf6 | 0xf8..=0xfe => code - 0x20,
        0xb5 => 0x39c,
        0xff => 0x178,
        0x131 => 0x49,
        0x17f => 0x53,
        0x101..=0x12f | 0x133..=0x137 | 0x14b..=0x177 if code % 2 == 1 => code - 1,
        0x13a..=0x148 | 0x17a..=0x17e if code % 2 == 0 => code - 1,
        0x430..=0x44f => code - 0x20,
        0x450..=0x45f => code - 0x50,
        0x461..=0x481 | 0x48b..=0x4bf | 0x4d1..=0x52f if code % 2 == 1 => code - 1,
        0x4cf => 0x4c0,
        0x4c2..=0x4ce if code % 2 == 0 => code - 1,
        _ => code,
    };
    char::from_u32(to).unwrap_or(c)
}

/// A text in lower case.
pub fn lowered(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// A text with its first letter in capital (« Tu habites à Roubaix »).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| std::iter::once(upper(c)).chain(chars).collect()).unwrap_or_default()
}

/// A text as it reads inside a sentence: its first letter in lower case (« une année scolaire »).
pub fn in_sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| std::iter::once(lower(c)).chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's mapping when it is one letter, else the letter itself.
    fn single(mut mapped: impl Iterator<Item = char>, c: char) -> char {
        match (mapped.next(), mapped.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    }

    /// The blocks covered: Basic Latin, Latin-1, Latin Extended-A, Cyrillic and its Supplement.
    fn covered() -> impl Iterator<Item = char> {
        (0u32..0x180).chain(0x400..0x530).filter_map(char::from_u32)
    }

    #[test]
    fn every_letter_of_the_covered_blocks_is_cased_as_the_standard_library_does() {
        for c in covered() {
            assert_eq!(lower(c), single(c.to_lowercase(), c), "lower({c:?} U+{:04X})", c as u32);
            assert_eq!(upper(c), single(c.to_uppercase(), c), "upper({c:?} U+{:04X})", c as u32);
        }
    }

    #[test]
    fn a_letter_outside_them_stays_as_it_is() {
        for c in ['Σ', 'σ', 'ا', 'ب', '中', 'Ա', '\u{1e9e}', '😀'] {
            assert_eq!((lower(c), upper(c)), (c, c), "{c:?}");
        }
    }

    #[test]
    fn texts_of_each_language_are_capitalised_and_put_in_a_sentence() {
        assert_eq!(capitalise("école primaire"), "École primaire");
        assert_eq!(capitalise("œuvre"), "Œuvre");
        assert_eq!(capitalise("ґанок і їжа"), "Ґанок і їжа");
        assert_eq!(capitalise("يساعدك"), "يساعدك");
        assert_eq!(capitalise(""), "");
        assert_eq!(in_sentence("Une année scolaire"), "une année scolaire");
        assert_eq!(in_sentence("Єдиний рік"), "єдиний рік");
        assert_eq!(lowered("LYCÉE PROFESSIONNEL ÀÇÈÙŸ"), "lycée professionnel àçèùÿ");
    }
}
