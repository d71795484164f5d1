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

/// Bytes copied unchanged in the ASCII fast path: ASCII except whitespace, `-` and `` ` ``.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = !(c.is_ascii_whitespace() || c == b'-' || c == b'`');
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `w` is zero (exact for "any", SWAR).
#[inline]
fn any_zero(w: u64) -> bool {
    w.wrapping_sub(ONES) & !w & HIGHS != 0
}

/// The high bit of every byte of `w` that equals `b`, and of no other (exact per byte).
#[inline]
fn eq_mask(w: u64, b: u8) -> u64 {
    let t = w ^ (ONES * u64::from(b));
    !(((t & !HIGHS).wrapping_add(!HIGHS)) | t | !HIGHS)
}

/// Whether the eight bytes of `w` (little-endian) are all copied unchanged by the fast path of
/// [`Normalized::fill`]: ASCII from `!` up, no `-` or `` ` ``, and single spaces between such
/// bytes (a space first only when `lead_space` says the byte before is plain; never last).
/// Rare plain control bytes fail here and take the byte loop.
#[inline]
fn plain8(w: u64, lead_space: bool) -> bool {
    if w & HIGHS != 0
        || any_zero(w ^ (ONES * u64::from(b'-')))
        || any_zero(w ^ (ONES * u64::from(b'`')))
    {
        return false;
    }
    let spaces = eq_mask(w, b' ');
    // Any byte below `!` once spaces are made `!`: a line break, tab or control byte
    // (`x - 0x21` borrows into the high bit of such a byte; exact for "any" on ASCII bytes).
    let lifted = w | (spaces >> 7);
    if lifted.wrapping_sub(ONES * 0x21) & !lifted & HIGHS != 0 {
        return false;
    }
    let first_ok = lead_space || spaces & 0x80 == 0;
    first_ok && spaces & (spaces >> 8) == 0 && spaces >> 63 == 0
}

/// [`plain8`] for sixteen bytes, with SSE2 (part of every x86-64): about a quarter of the
/// instructions per byte. A space may also come last when `next_plain` says the byte after the
/// chunk is plain and no space (a sixth of the chunks of news text end in a space: they took
/// the eight-byte and byte loops).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn plain16(chunk: &[u8; 16], lead_space: bool, next_plain: bool) -> bool {
    use std::arch::x86_64::{
        _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    let (ok, spaces) = unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let byte = |b: u8| _mm_set1_epi8(b as i8);
        let space = _mm_cmpeq_epi8(v, byte(b' '));
        // Signed: `!` to DEL; bytes from 0x80 up are negative.
        let graphic = _mm_cmpgt_epi8(v, byte(b' '));
        let dash_or_tick =
            _mm_or_si128(_mm_cmpeq_epi8(v, byte(b'-')), _mm_cmpeq_epi8(v, byte(b'`')));
        let ok = _mm_andnot_si128(dash_or_tick, _mm_or_si128(graphic, space));
        (
            _mm_movemask_epi8(ok) as u32,
            _mm_movemask_epi8(space) as u32,
        )
    };
    ok == 0xffff
        && (lead_space || spaces & 1 == 0)
        && spaces & (spaces >> 1) == 0
        && (next_plain || spaces >> 15 == 0)
}

/// The normalized text and the map back to original byte offsets.
///
/// The map is sparse: a list of breakpoints `(normalized offset, original offset)`; between two
/// breakpoints every normalized byte maps to the original byte one after the previous one's
/// (runs of copied text). Replaced characters map every byte they produce to the start of the
/// original character.
#[derive(Default)]
pub struct Normalized {
    text: String,
    breaks: Vec<(u32, u32)>,
}

impl Normalized {
    /// Normalizes `text` into this buffer (reusing its allocation). Texts of 4 GiB or more are
    /// not normalized (the map is 32-bit): the buffer is left empty.
    pub fn fill(&mut self, text: &str) {
        self.text.clear();
        self.breaks.clear();
        if text.len() >= u32::MAX as usize {
            return;
        }
        self.text.reserve(text.len());
        let raw = text.as_bytes();
        let n = raw.len();
        let mut i = 0;
        let mut space = false;
        while i < n {
            // Fast path: a run of plain ASCII bytes, with single spaces between plain bytes,
            // copied as it is.
            let start = i;
            loop {
                // Sixteen, then eight bytes at a time while they are plain or single spaces
                // between plain bytes (the byte before `i` is plain whenever `i > start`).
                #[cfg(target_arch = "x86_64")]
                while let Some(chunk) = raw.get(i..i + 16) {
                    let mut w = [0u8; 16];
                    w.copy_from_slice(chunk);
                    let next_plain = raw.get(i + 16).is_some_and(|&b| PLAIN[usize::from(b)]);
                    if !plain16(&w, i > start, next_plain) {
                        break;
                    }
                    i += 16;
                }
                while let Some(chunk) = raw.get(i..i + 8) {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(chunk);
                    if !plain8(u64::from_le_bytes(w), i > start) {
                        break;
                    }
                    i += 8;
                }
                while i < n && PLAIN[raw[i] as usize] {
                    i += 1;
                }
                if i > start && i + 1 < n && raw[i] == b' ' && PLAIN[raw[i + 1] as usize] {
                    i += 1;
                    continue;
                }
                break;
            }
            if i > start {
                self.copy(&text[start..i], start);
                space = false;
                continue;
            }
            let b = raw[i];
            if b < 0x80 {
                if b == b'-' || b.is_ascii_whitespace() {
                    if !space {
                        self.replace(" ", i);
                        space = true;
                    }
                } else {
                    // '`' (every other ASCII byte is plain).
                    self.replace("'", i);
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
                        self.replace(" ", i);
                        space = true;
                    }
                }
                Replace::Text(s) => {
                    self.replace(s, i);
                    space = false;
                }
                Replace::Keep => {
                    self.copy(&text[i..i + len], i);
                    space = false;
                }
            }
            i += len;
        }
    }

    /// Appends `s`, copied from original offset `orig` on.
    fn copy(&mut self, s: &str, orig: usize) {
        self.mark(orig);
        self.text.push_str(s);
    }

    /// Appends `s`, every byte of which stands for the character at original offset `orig`.
    fn replace(&mut self, s: &str, orig: usize) {
        for k in 0..s.len() {
            self.mark(orig);
            self.text.push_str(&s[k..k + 1]);
        }
    }

    /// Records a breakpoint unless the next normalized byte already maps to `orig`.
    fn mark(&mut self, orig: usize) {
        let at = self.text.len() as u32;
        let orig = orig as u32;
        if self
            .breaks
            .last()
            .is_none_or(|&(n, o)| o.wrapping_add(at - n) != orig)
        {
            self.breaks.push((at, orig));
        }
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The original byte offset of normalized byte `ns`.
    #[cfg(test)]
    pub fn orig(&self, ns: usize) -> usize {
        let k = self.breaks.partition_point(|&(n, _)| n as usize <= ns);
        let (n, o) = self.breaks[k.saturating_sub(1)];
        o as usize + (ns - n as usize)
    }

    /// [`Normalized::orig`] for increasing offsets: `hint` is the breakpoint of the previous
    /// lookup (start with 0).
    pub fn orig_from(&self, ns: usize, hint: &mut usize) -> usize {
        let mut k = (*hint).min(self.breaks.len().saturating_sub(1));
        if self.breaks[k].0 as usize > ns {
            k = 0;
        }
        while k + 1 < self.breaks.len() && self.breaks[k + 1].0 as usize <= ns {
            k += 1;
        }
        *hint = k;
        let (n, o) = self.breaks[k];
        o as usize + (ns - n as usize)
    }

    /// The first normalized offset whose original offset is `orig` or more (the text's length
    /// if none): the inverse of [`Normalized::orig`], which never decreases.
    #[cfg(test)]
    pub fn at_or_after(&self, orig: usize) -> usize {
        self.at_or_after_from(orig, &mut 0)
    }

    /// [`Normalized::at_or_after`] for increasing offsets: `hint` is the breakpoint index of
    /// the previous lookup (start with 0); a smaller offset than the previous one searches
    /// from the start.
    pub fn at_or_after_from(&self, orig: usize, hint: &mut usize) -> usize {
        let mut k = (*hint).min(self.breaks.len());
        if k > 0 && self.breaks[k - 1].1 as usize >= orig {
            k = self.breaks.partition_point(|&(_, o)| (o as usize) < orig);
        }
        while self
            .breaks
            .get(k)
            .is_some_and(|&(_, o)| (o as usize) < orig)
        {
            k += 1;
        }
        *hint = k;
        let next = self.breaks.get(k).map_or(self.text.len(), |b| b.0 as usize);
        match k.checked_sub(1).map(|p| self.breaks[p]) {
            // Inside the run of the last breakpoint before, original offsets step by one.
            Some((n, o)) => (n as usize + (orig - o as usize)).min(next),
            None => next,
        }
    }

    /// The original byte range of normalized range `ns..ne` (non-empty, not ending in a space);
    /// `hint` as for [`Normalized::orig_from`] (ranges in increasing order are mapped in one
    /// walk over the breakpoints).
    pub fn original(&self, text: &str, ns: usize, ne: usize, hint: &mut usize) -> (usize, usize) {
        let start = self.orig_from(ns, hint);
        let mut end = self.orig_from(ne - 1, hint) + 1;
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        (start, end)
    }
}

/// Whether a word starts with a capital letter ("Brigade", not "brigade").
pub fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A stable id part from a name: normalized, ASCII lower case, other characters `-`
/// ("Robert Hale Jr" -> "robert-hale-jr").
pub fn slug(name: &str) -> String {
    pattern(name)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Normalizes a gazetteer name the way texts are normalized, trimmed.
pub fn pattern(name: &str) -> String {
    let bytes = name.as_bytes();
    // (A byte-pair test for the double space: `str::contains` sets up a substring searcher per
    // call, and start-up calls this ~50,000 times.)
    let plain = bytes.iter().all(|&b| {
        b.is_ascii_alphanumeric() || matches!(b, b' ' | b'.' | b'\'' | b',' | b'(' | b')' | b'&')
    }) && !bytes.windows(2).any(|w| w == b"  ");
    if plain {
        return name.trim().to_string();
    }
    // One buffer per thread: start-up normalizes ~12,000 such names (two allocations and a
    // growth each with a fresh buffer).
    thread_local! {
        static BUFFER: std::cell::RefCell<Normalized> = std::cell::RefCell::default();
    }
    BUFFER.with(|n| match n.try_borrow_mut() {
        Ok(mut n) => {
            n.fill(name);
            n.as_str().trim().to_string()
        }
        Err(_) => {
            let mut n = Normalized::default();
            n.fill(name);
            n.as_str().trim().to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table_is_sorted() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// The normalization by definition, one character at a time, with a dense map.
    fn reference(text: &str) -> (String, Vec<usize>) {
        let (mut out, mut map) = (String::new(), Vec::new());
        let mut space = false;
        for (i, c) in text.char_indices() {
            let r = match c {
                '-' => Replace::Space,
                '`' => Replace::Text("'"),
                c if c.is_ascii() && !c.is_ascii_whitespace() => Replace::Keep,
                c if c.is_ascii() => Replace::Space,
                c => replace(c),
            };
            match r {
                Replace::Space if space => {}
                Replace::Space => {
                    out.push(' ');
                    map.push(i);
                    space = true;
                }
                Replace::Text(s) => {
                    out.push_str(s);
                    map.extend(std::iter::repeat_n(i, s.len()));
                    space = false;
                }
                Replace::Keep => {
                    out.push(c);
                    map.extend(i..i + c.len_utf8());
                    space = false;
                }
            }
        }
        (out, map)
    }

    #[test]
    fn sparse_map_agrees_with_the_definition() {
        let texts = [
            "",
            " ",
            "a b",
            "a  b - c\t\nd",
            "Tehrik-i-Taliban  Pakistan",
            "- x -",
            "Æsir Straße ’s `q` \u{a0}\u{2014} e\u{301}nd",
            "ab\u{b}c\u{1f}d x- -y  ",
            "«Да» 👩‍👩‍👧 Türkiye’s\r\n capital",
        ];
        // Longer texts, where the sixteen- and eight-byte paths run: words, single and double
        // spaces, line breaks, hyphens, curly quotes, at every alignment.
        let pieces = [
            "word", "Ab", "x", " ", " ", " ", "  ", "\n", "-", "’", "é", "`", ",", "1234567",
        ];
        let mut rng = crate::testutil::Xorshift(5);
        let long: Vec<String> = (0..3000)
            .map(|_| {
                (0..rng.below(60))
                    .map(|_| pieces[rng.below(pieces.len())])
                    .collect()
            })
            .collect();
        for text in texts.iter().copied().chain(long.iter().map(String::as_str)) {
            let (want, map) = reference(text);
            let mut n = Normalized::default();
            n.fill(text);
            assert_eq!(n.as_str(), want, "{text:?}");
            let mut hint = 0;
            for (ns, &o) in map.iter().enumerate() {
                assert_eq!(n.orig(ns), o, "{text:?} at {ns}");
                assert_eq!(n.orig_from(ns, &mut hint), o, "{text:?} at {ns}");
            }
            let mut hint = 0;
            for orig in 0..=text.len() + 1 {
                let want = map.iter().position(|&o| o >= orig).unwrap_or(map.len());
                assert_eq!(n.at_or_after(orig), want, "{text:?} at {orig}");
                assert_eq!(
                    n.at_or_after_from(orig, &mut hint),
                    want,
                    "{text:?} at {orig}"
                );
            }
            // Going back searches from the start.
            let mut hint = n.breaks.len();
            assert_eq!(n.at_or_after_from(0, &mut hint), n.at_or_after(0));
        }
    }

    /// The sixteen-byte test agrees with the rule, byte by byte: every byte value at every
    /// position, and pseudo-random chunks of spaces and bytes.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn sixteen_byte_test_agrees_with_the_byte_table() {
        let scalar = |c: &[u8; 16], lead: bool, next_plain: bool| {
            c.iter()
                .all(|&b| (PLAIN[b as usize] && b > b' ') || b == b' ')
                && (lead || c[0] != b' ')
                && (next_plain || c[15] != b' ')
                && c.windows(2).all(|p| p != b"  ")
        };
        let mut chunks = Vec::new();
        for pos in 0..16 {
            for b in 0..=255u8 {
                let mut c = *b"abcdefghijklmnop";
                c[pos] = b;
                chunks.push(c);
            }
        }
        let mut x: u32 = 7;
        for _ in 0..20_000 {
            let mut c = *b"Ab1.,x'Z(q)R;s!T";
            for byte in c.iter_mut() {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                match (x >> 16) % 8 {
                    0 | 1 => *byte = b' ',
                    2 => *byte = (x >> 8) as u8,
                    _ => {}
                }
            }
            chunks.push(c);
        }
        for c in &chunks {
            for (lead, next) in [(false, false), (true, false), (false, true), (true, true)] {
                assert_eq!(
                    plain16(c, lead, next),
                    scalar(c, lead, next),
                    "{c:?} {lead} {next}"
                );
            }
        }
    }

    #[test]
    fn eight_byte_test_agrees_with_the_byte_table() {
        // Every byte value at every position of a chunk of plain letters, and every
        // placement of up to three spaces, with and without a plain byte before the chunk.
        let scalar = |c: &[u8; 8], lead: bool| {
            c.iter()
                .all(|&b| (PLAIN[b as usize] && b > b' ') || b == b' ')
                && (lead || c[0] != b' ')
                && c[7] != b' '
                && c.windows(2).all(|p| p != b"  ")
        };
        let mut chunks = Vec::new();
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut c = *b"abcdefgh";
                c[pos] = b;
                chunks.push(c);
            }
        }
        for mask in 0u32..256 {
            if mask.count_ones() <= 3 {
                let mut c = *b"Ab1.,x'Z";
                for (k, byte) in c.iter_mut().enumerate() {
                    if mask & (1 << k) != 0 {
                        *byte = b' ';
                    }
                }
                chunks.push(c);
            }
        }
        for c in &chunks {
            for lead in [false, true] {
                assert_eq!(
                    plain8(u64::from_le_bytes(*c), lead),
                    scalar(c, lead),
                    "{c:?} {lead}"
                );
            }
        }
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
        let (s, e) = n.original(text, at, at + 7, &mut 0);
        assert_eq!(&text[s..e], "Türkiye");
    }
}
