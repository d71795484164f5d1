//! Matching normalization: a copy of the text in which typographic variants look alike, with a
//! map back to the original byte offsets.
//!
//! - apostrophes `’ ‘ ʼ ´ ′ \`` → `'`;
//! - hyphens and dashes (`-`, U+2010–U+2015, U+2212) and every run of whitespace (including
//!   NBSP and line breaks) → one space, so "Tehrik-i-Taliban" matches "Tehrik i Taliban";
//! - Latin letters with diacritics → their base letters ("Türkiye" matches "Turkiye");
//! - everything else is copied unchanged. Case is kept; a lower-cased copy of the same length
//!   is what the trie is searched in, and case rules are checked per match on the kept case.
//!
//! The normalized text is valid UTF-8: whole characters are replaced by ASCII or copied.

/// Folding of Latin letters with diacritics (sorted by char for binary search).
const FOLD: &[(char, &str)] = &[
    ('À', "A"),
    ('Á', "A"),
    ('Â', "A"),
    ('Ã', "A"),
    ('Ä', "A"),
    ('Å', "A"),
    ('Æ', "AE"),
    ('Ç', "C"),
    ('È', "E"),
    ('É', "E"),
    ('Ê', "E"),
    ('Ë', "E"),
    ('Ì', "I"),
    ('Í', "I"),
    ('Î', "I"),
    ('Ï', "I"),
    ('Ð', "D"),
    ('Ñ', "N"),
    ('Ò', "O"),
    ('Ó', "O"),
    ('Ô', "O"),
    ('Õ', "O"),
    ('Ö', "O"),
    ('Ø', "O"),
    ('Ù', "U"),
    ('Ú', "U"),
    ('Û', "U"),
    ('Ü', "U"),
    ('Ý', "Y"),
    ('ß', "ss"),
    ('à', "a"),
    ('á', "a"),
    ('â', "a"),
    ('ã', "a"),
    ('ä', "a"),
    ('å', "a"),
    ('æ', "ae"),
    ('ç', "c"),
    ('è', "e"),
    ('é', "e"),
    ('ê', "e"),
    ('ë', "e"),
    ('ì', "i"),
    ('í', "i"),
    ('î', "i"),
    ('ï', "i"),
    ('ð', "d"),
    ('ñ', "n"),
    ('ò', "o"),
    ('ó', "o"),
    ('ô', "o"),
    ('õ', "o"),
    ('ö', "o"),
    ('ø', "o"),
    ('ù', "u"),
    ('ú', "u"),
    ('û', "u"),
    ('ü', "u"),
    ('ý', "y"),
    ('ÿ', "y"),
    ('Ā', "A"),
    ('ā', "a"),
    ('Ă', "A"),
    ('ă', "a"),
    ('Ą', "A"),
    ('ą', "a"),
    ('Ć', "C"),
    ('ć', "c"),
    ('Č', "C"),
    ('č', "c"),
    ('Ď', "D"),
    ('ď', "d"),
    ('Đ', "D"),
    ('đ', "d"),
    ('Ē', "E"),
    ('ē', "e"),
    ('Ė', "E"),
    ('ė', "e"),
    ('Ę', "E"),
    ('ę', "e"),
    ('Ě', "E"),
    ('ě', "e"),
    ('Ğ', "G"),
    ('ğ', "g"),
    ('Ī', "I"),
    ('ī', "i"),
    ('İ', "I"),
    ('ı', "i"),
    ('Ł', "L"),
    ('ł', "l"),
    ('Ń', "N"),
    ('ń', "n"),
    ('Ň', "N"),
    ('ň', "n"),
    ('Ō', "O"),
    ('ō', "o"),
    ('Ő', "O"),
    ('ő', "o"),
    ('Œ', "OE"),
    ('œ', "oe"),
    ('Ř', "R"),
    ('ř', "r"),
    ('Ś', "S"),
    ('ś', "s"),
    ('Ş', "S"),
    ('ş', "s"),
    ('Š', "S"),
    ('š', "s"),
    ('Ţ', "T"),
    ('ţ', "t"),
    ('Ť', "T"),
    ('ť', "t"),
    ('Ū', "U"),
    ('ū', "u"),
    ('Ů', "U"),
    ('ů', "u"),
    ('Ű', "U"),
    ('ű', "u"),
    ('Ź', "Z"),
    ('ź', "z"),
    ('Ż', "Z"),
    ('ż', "z"),
    ('Ž', "Z"),
    ('ž', "z"),
    ('Ș', "S"),
    ('ș', "s"),
    ('Ț', "T"),
    ('ț', "t"),
];

/// What a non-ASCII character becomes in the normalized copy.
enum Replace {
    Space,
    Text(&'static str),
    Keep,
}

fn replace(c: char) -> Replace {
    match c {
        '’' | '‘' | 'ʼ' | '´' | '′' | '`' => Replace::Text("'"),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Replace::Space,
        c if c.is_whitespace() => Replace::Space,
        c => match FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
            Ok(i) => Replace::Text(FOLD[i].1),
            Err(_) => Replace::Keep,
        },
    }
}

/// The normalized text and, for each of its bytes, the original byte offset it came from (for
/// replaced characters: the start of the original character).
#[derive(Default)]
pub struct Normalized {
    pub bytes: Vec<u8>,
    /// `bytes` with ASCII letters in lower case (same length): what the trie is searched in.
    pub lower: Vec<u8>,
    pub map: Vec<u32>,
}

impl Normalized {
    /// Normalizes `text` into this buffer (reusing its allocation). Texts of 4 GiB or more are
    /// not normalized (the map is 32-bit): the buffer is left empty.
    pub fn fill(&mut self, text: &str) {
        self.bytes.clear();
        self.lower.clear();
        self.map.clear();
        if text.len() >= u32::MAX as usize {
            return;
        }
        self.bytes.reserve(text.len());
        self.map.reserve(text.len());
        let raw = text.as_bytes();
        let mut i = 0;
        let mut space = false;
        while i < raw.len() {
            let b = raw[i];
            // Fast path: a run of ASCII bytes copied as they are.
            let run = raw[i..]
                .iter()
                .take_while(|&&c| c < 0x80 && c != b'-' && c != b'`' && !c.is_ascii_whitespace())
                .count();
            if run > 0 {
                self.bytes.extend_from_slice(&raw[i..i + run]);
                self.map.extend(i as u32..(i + run) as u32);
                space = false;
                i += run;
                continue;
            }
            if b < 0x80 {
                if b == b'-' || b.is_ascii_whitespace() {
                    if !space {
                        self.bytes.push(b' ');
                        self.map.push(i as u32);
                        space = true;
                    }
                } else {
                    self.bytes.push(if b == b'`' { b'\'' } else { b });
                    self.map.push(i as u32);
                    space = false;
                }
                i += 1;
                continue;
            }
            // Non-ASCII: decode one char (text is valid UTF-8, `i` is on a boundary).
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            let len = c.len_utf8();
            match replace(c) {
                Replace::Space => {
                    if !space {
                        self.bytes.push(b' ');
                        self.map.push(i as u32);
                        space = true;
                    }
                }
                Replace::Text(s) => {
                    for &r in s.as_bytes() {
                        self.bytes.push(r);
                        self.map.push(i as u32);
                    }
                    space = false;
                }
                Replace::Keep => {
                    for k in 0..len {
                        self.bytes.push(raw[i + k]);
                        self.map.push((i + k) as u32);
                    }
                    space = false;
                }
            }
            i += len;
        }
        self.lower.clear();
        self.lower
            .extend(self.bytes.iter().map(u8::to_ascii_lowercase));
    }

    /// The normalized text as a string.
    pub fn as_str(&self) -> &str {
        // Whole characters are replaced by ASCII or copied, so this is always valid UTF-8.
        std::str::from_utf8(&self.bytes).unwrap_or("")
    }

    /// The original byte range of normalized range `ns..ne` (non-empty, not ending in a space).
    pub fn original(&self, text: &str, ns: usize, ne: usize) -> (usize, usize) {
        let start = self.map[ns] as usize;
        let mut end = self.map[ne - 1] as usize + 1;
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        (start, end)
    }
}

/// Normalizes a gazetteer name the way texts are normalized, trimmed.
pub fn pattern(name: &str) -> String {
    let plain = name.bytes().all(|b| {
        b.is_ascii_alphanumeric() || matches!(b, b' ' | b'.' | b'\'' | b',' | b'(' | b')' | b'&')
    }) && !name.contains("  ");
    if plain {
        return name.trim().to_string();
    }
    let mut n = Normalized::default();
    n.fill(name);
    n.as_str().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table_is_sorted() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn variants_normalize_alike_and_map_back() {
        assert_eq!(
            pattern("Tehrik-i-Taliban  Pakistan"),
            "Tehrik i Taliban Pakistan"
        );
        assert_eq!(
            pattern("People’s Liberation Army"),
            "People's Liberation Army"
        );
        assert_eq!(pattern("Türkiye"), "Turkiye");
        let text = "in Türkiye’s\r\n capital";
        let mut n = Normalized::default();
        n.fill(text);
        assert_eq!(n.as_str(), "in Turkiye's capital");
        let at = n.as_str().find("Turkiye").unwrap();
        let (s, e) = n.original(text, at, at + 7);
        assert_eq!(&text[s..e], "Türkiye");
    }
}
