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
        // `char::is_whitespace` beyond ASCII, spelled out (no table search).
        '\u{85}'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Replace::Space,
        c if c.is_ascii() => {
            if c.is_whitespace() {
                Replace::Space
            } else {
                Replace::Keep
            }
        }
        // Outside the table's range (curly double quotes, Arabic, Cyrillic): no search.
        c if !('\u{c0}'..='\u{21b}').contains(&c) => Replace::Keep,
        c => match FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
            Ok(i) => Replace::Text(FOLD[i].1),
            Err(_) => Replace::Keep,
        },
    }
}

/// Whether an ASCII byte is of the space class: whitespace (`u8::is_ascii_whitespace`: space,
/// tab, line feed, form feed, carriage return) or `-`. A run of space-class characters becomes
/// one space.
#[inline]
fn space_class(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'-'
}

/// Sixteen bytes of text as the normalized copy has them, as far as that goes byte for byte:
/// the bytes are written to `out` (space-class bytes made spaces, `` ` `` made `'`; meaningful
/// up to the stop), and the stop is returned, the first byte that is not ASCII or that is of
/// the space class right after another (`space`: the byte before the chunk is of the space
/// class), with whether the byte before the stop is of the space class. Up to the stop the
/// copy has the text's length, so the offset map goes on unchanged.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn chunk16_bytes(chunk: &[u8; 16], space: bool, out: &mut [u8; 16]) -> (usize, bool) {
    *out = *chunk;
    let mut prev = space;
    for (k, o) in out.iter_mut().enumerate() {
        let b = *o;
        let class = b < 0x80 && space_class(b);
        if b >= 0x80 || (class && prev) {
            return (k, prev);
        }
        if class {
            *o = b' ';
        } else if b == b'`' {
            *o = b'\'';
        }
        prev = class;
    }
    (16, prev)
}

/// [`chunk16_bytes`] with SSE2 (part of every x86-64): a few instructions for sixteen bytes,
/// fewer where they are plain ASCII and spaces (most chunks of news text). Returns masks (bit
/// `k` for byte `k`): the bytes that stop the copy, and the bytes of the space class (the
/// stop is the first bit of the first, [`chunk16_bytes`]'s flag the bit before it in the
/// second).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
#[allow(unused_unsafe)]
fn chunk16(chunk: &[u8; 16], space: bool, out: &mut [u8; 16]) -> (u32, u32) {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128,
        _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_storeu_si128,
        _mm_sub_epi8, _mm_xor_si128,
    };
    // SAFETY: SSE2 is in the x86-64 baseline; the unaligned load and stores touch exactly the
    // sixteen bytes of `chunk` and `out`.
    let (class, high) = unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let byte = |b: u8| _mm_set1_epi8(b as i8);
        // Signed: bytes below `!`, and bytes from 0x80 up (negative); less the spaces, and
        // with dashes and ticks, these are the bytes that are not copied as they are (one
        // mask to test where plain ASCII and spaces need no other).
        let blank = _mm_cmpeq_epi8(v, byte(b' '));
        let other = _mm_or_si128(
            _mm_xor_si128(_mm_cmpgt_epi8(byte(b'!'), v), blank),
            _mm_or_si128(_mm_cmpeq_epi8(v, byte(b'-')), _mm_cmpeq_epi8(v, byte(b'`'))),
        );
        if _mm_movemask_epi8(other) == 0 {
            // Plain ASCII and spaces: copied as they are.
            _mm_storeu_si128(out.as_mut_ptr().cast(), v);
            (_mm_movemask_epi8(blank) as u32, 0)
        } else {
            // Tab, line feed, vertical tab, form feed, carriage return (9..=13), less the
            // vertical tab (no ASCII whitespace).
            let u = _mm_sub_epi8(v, byte(9));
            let controls = _mm_andnot_si128(
                _mm_cmpeq_epi8(v, byte(11)),
                _mm_cmpeq_epi8(_mm_min_epu8(u, byte(4)), u),
            );
            let to_space = _mm_or_si128(controls, _mm_cmpeq_epi8(v, byte(b'-')));
            let class = _mm_or_si128(to_space, _mm_cmpeq_epi8(v, byte(b' ')));
            let tick = _mm_and_si128(_mm_cmpeq_epi8(v, byte(b'`')), byte(b'`' ^ b'\''));
            let spaced = _mm_or_si128(
                _mm_andnot_si128(to_space, v),
                _mm_and_si128(to_space, byte(b' ')),
            );
            _mm_storeu_si128(out.as_mut_ptr().cast(), _mm_xor_si128(spaced, tick));
            (_mm_movemask_epi8(class) as u32, _mm_movemask_epi8(v) as u32)
        }
    };
    (high | (class & ((class << 1) | u32::from(space))), class)
}

/// [`chunk16_bytes`] where there is no faster way, as masks (see the x86-64 version).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn chunk16(chunk: &[u8; 16], space: bool, out: &mut [u8; 16]) -> (u32, u32) {
    let (k, _) = chunk16_bytes(chunk, space, out);
    let class = chunk.iter().enumerate().fold(0, |m, (j, &b)| {
        m | (u32::from(b < 0x80 && space_class(b)) << j)
    });
    (if k < 16 { 1 << k } else { 0 }, class)
}

/// Records a breakpoint for normalized offset `at` standing for original offset `orig` unless
/// the run of the last breakpoint reaches it (`delta`: its original minus normalized offset).
#[inline]
fn mark(breaks: &mut Vec<(u32, u32)>, delta: &mut u32, at: usize, orig: usize) {
    let (at, orig) = (at as u32, orig as u32);
    if orig.wrapping_sub(at) != *delta {
        breaks.push((at, orig));
        *delta = orig.wrapping_sub(at);
    }
}

/// Copies `raw` from `i` into `out` from `at` sixteen bytes at a time (the last few padded
/// with zeros, which never stop the copy) while the copy keeps the text's length: up to the
/// first stop ([`chunk16_bytes`]) or the end. `space`: whether the last byte read is of the
/// space class.
#[inline(always)]
fn copy_chunks(raw: &[u8], out: &mut [u8], i: &mut usize, at: &mut usize, space: &mut bool) {
    let chunks = raw.get(*i..).unwrap_or_default().chunks_exact(16);
    let tail = chunks.remainder();
    let dsts = out.get_mut(*at..).unwrap_or_default().chunks_exact_mut(16);
    for (chunk, dst) in chunks.zip(dsts) {
        let (Ok(chunk), Ok(dst)) = (chunk.try_into(), dst.try_into()) else {
            return;
        };
        let (stop, class) = chunk16(chunk, *space, dst);
        if stop != 0 {
            let k = stop.trailing_zeros() as usize;
            if k > 0 {
                *space = class >> (k - 1) & 1 != 0;
                *i += k;
                *at += k;
            }
            return;
        }
        *space = class >> 15 != 0;
        *i += 16;
        *at += 16;
    }
    // The last bytes, padded (`out` has sixteen bytes of room past the text's length).
    let len = tail.len();
    let Some(dst) = out
        .get_mut(*at..*at + 16)
        .and_then(|d| <&mut [u8; 16]>::try_from(d).ok())
    else {
        return;
    };
    if len == 0 {
        return;
    }
    let mut padded = [0u8; 16];
    padded[..len].copy_from_slice(tail);
    let (stop, class) = chunk16(&padded, *space, dst);
    let k = if stop == 0 {
        len
    } else {
        stop.trailing_zeros() as usize
    };
    if k > 0 {
        *space = class >> (k - 1) & 1 != 0;
        *i += k;
        *at += k;
    }
}

/// Whether three bytes are a curly double quote (U+201C, U+201D), which normalization keeps.
#[inline]
fn is_curly_double_quote(bytes: &[u8]) -> bool {
    matches!(bytes, [0xe2, 0x80, 0x9c | 0x9d])
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
        self.breaks.clear();
        let mut out = std::mem::take(&mut self.text).into_bytes();
        if text.is_empty() || text.len() >= u32::MAX as usize {
            out.clear();
            self.text = String::from_utf8(out).unwrap_or_default();
            return;
        }
        let raw = text.as_bytes();
        let n = raw.len();
        // Written by index: the copy is never longer than the text read so far (every
        // replacement is at most as long as its character), and chunks are written whole (16
        // bytes) before the end is cut. Bytes past the end are left from the last text.
        if out.len() < n + 16 {
            out.resize(n + 16, 0);
        }
        // The first character always writes something, mapped to 0.
        self.breaks.push((0, 0));
        let mut delta = 0u32;
        let (mut i, mut at) = (0, 0);
        // Whether the last character read is of the space class (a space ends the copy).
        let mut space = false;
        while i < n {
            // Sixteen bytes at a time while the copy keeps the text's length.
            let (mut i0, mut at0) = (i, at);
            loop {
                copy_chunks(raw, &mut out, &mut i, &mut at, &mut space);
                if i >= n {
                    break;
                }
                // Taken here without leaving the loop (each stop cost a restart): a run of
                // space-class bytes that ends in this chunk before plain ASCII (the blank line
                // between paragraphs), and a curly double quote (kept as it is).
                if let Some(run) = self.space_run(raw, i) {
                    if at > at0 {
                        mark(&mut self.breaks, &mut delta, at0, i0);
                    }
                    i += run;
                    mark(&mut self.breaks, &mut delta, at, i);
                    (i0, at0) = (i, at);
                    space = true;
                    continue;
                }
                if let Some(quote) = raw.get(i..i + 3).filter(|q| is_curly_double_quote(q)) {
                    // The quote maps to itself: the run goes on (its breakpoint, if new, is
                    // the run's start, as the byte-wise path would record it).
                    mark(&mut self.breaks, &mut delta, at0, i0);
                    if let Some(dst) = out.get_mut(at..at + 3) {
                        dst.copy_from_slice(quote);
                    }
                    i += 3;
                    at += 3;
                    space = false;
                    continue;
                }
                break;
            }
            if at > at0 {
                // The run copied goes on from `i0` (after a replacement, a new breakpoint).
                mark(&mut self.breaks, &mut delta, at0, i0);
            }
            let Some(&b) = raw.get(i) else {
                break;
            };
            let mut put = |bytes: &[u8], orig: usize| {
                for &r in bytes {
                    mark(&mut self.breaks, &mut delta, at, orig);
                    if let Some(o) = out.get_mut(at) {
                        *o = r;
                    }
                    at += 1;
                }
            };
            if b < 0x80 {
                if space_class(b) {
                    if !space {
                        put(b" ", i);
                        space = true;
                    }
                } else {
                    put(&[if b == b'`' { b'\'' } else { b }], i);
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
                        put(b" ", i);
                        space = true;
                    }
                }
                Replace::Text(s) => {
                    put(s.as_bytes(), i);
                    space = false;
                }
                Replace::Keep => {
                    // A run of the text: one breakpoint at most.
                    mark(&mut self.breaks, &mut delta, at, i);
                    for (o, &r) in out.iter_mut().skip(at).zip(&raw[i..i + len]) {
                        *o = r;
                    }
                    at += len;
                    space = false;
                }
            }
            i += len;
        }
        out.truncate(at);
        debug_assert!(std::str::from_utf8(&out).is_ok());
        // SAFETY: `out[..at]` holds only ASCII bytes (a chunk's bytes count up to its stop,
        // which is at or before its first byte from 0x80 up; replacements are ASCII) and whole
        // characters copied from `text` (decoded at a char boundary, copied with their
        // `len_utf8` bytes): valid UTF-8. (Checking it took ~1 instruction a byte.)
        self.text = unsafe { String::from_utf8_unchecked(out) };
    }

    /// At a stop on a space-class byte after another: the length of the run of space-class
    /// bytes from `i` when an ASCII byte of another class follows it within sixteen bytes
    /// (`None` otherwise: the byte-wise path takes it).
    #[inline]
    fn space_run(&self, raw: &[u8], i: usize) -> Option<usize> {
        let window = raw.get(i..)?;
        let run = window
            .iter()
            .take(16)
            .take_while(|&&b| b < 0x80 && space_class(b))
            .count();
        (run > 0
            && window
                .get(run)
                .is_some_and(|&b| b < 0x80 && !space_class(b)))
        .then_some(run)
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
        // Most ranges lie in one run of copied text (no breakpoint after `ns` up to the last
        // byte): the end follows from the start.
        let last = ne - 1;
        let mut end = match self.breaks.get(*hint + 1) {
            Some(&(next, _)) if next as usize <= last => self.orig_from(last, hint) + 1,
            _ => start + (last - ns) + 1,
        };
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

/// The bytes a name may have for [`pattern`] to leave it as it is (ASCII letters and digits,
/// space, `.`, `'`, `,`, `(`, `)`, `&`).
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || matches!(c, b' ' | b'.' | b'\'' | b',' | b'(' | b')' | b'&');
        b += 1;
    }
    t
};

/// `name.trim()` when normalizing would not change `name`: only [`PLAIN`] bytes and no two
/// spaces in a row. One table lookup and one compare per byte (start-up asks this for
/// ~50,000 names; the two separate passes and `str::trim`'s decoding cost twice as much).
fn plain_trimmed(name: &str) -> Option<&str> {
    let mut after_space = false;
    for &b in name.as_bytes() {
        let space = b == b' ';
        if !PLAIN[usize::from(b)] || (space && after_space) {
            return None;
        }
        after_space = space;
    }
    // The only white space among the plain bytes is the space.
    Some(name.trim_matches(' '))
}

/// Normalizes a gazetteer name the way texts are normalized, trimmed.
pub fn pattern(name: &str) -> String {
    if let Some(plain) = plain_trimmed(name) {
        return plain.to_string();
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

/// For tests of the finders that look only at the word starts the entity scan hands them: the
/// original offsets of the normalized text's word starts (letters, digits, `_`) for which
/// `keep(normalized bytes, word start, word end)` holds.
#[cfg(test)]
pub fn scan_word_starts(text: &str, keep: impl Fn(&[u8], usize, usize) -> bool) -> Vec<usize> {
    let mut norm = Normalized::default();
    norm.fill(text);
    let hs = norm.as_str();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    hs.char_indices()
        .filter(|&(i, c)| word(c) && !hs[..i].chars().next_back().is_some_and(word))
        .filter(|&(i, _)| {
            let j = hs[i..].find(|c: char| !word(c)).map_or(hs.len(), |k| i + k);
            keep(hs.as_bytes(), i, j)
        })
        .map(|(i, _)| norm.orig(i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_the_old_two_pass_test() {
        fn reference(name: &str) -> Option<&str> {
            let bytes = name.as_bytes();
            let plain = bytes.iter().all(|&b| {
                b.is_ascii_alphanumeric()
                    || matches!(b, b' ' | b'.' | b'\'' | b',' | b'(' | b')' | b'&')
            }) && !bytes.windows(2).any(|w| w == b"  ");
            plain.then(|| name.trim())
        }
        let mut rng = crate::testutil::Xorshift(14);
        let alphabet = [
            " ", "  ", "a", "Z", "0", ".", "'", ",", "(", ")", "&", "-", "\t", "é", "\u{a0}", "’",
        ];
        for _ in 0..5000 {
            let len = rng.below(8);
            let name: String = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            assert_eq!(plain_trimmed(&name), reference(&name), "{name:?}");
        }
    }

    #[test]
    fn fold_table_is_sorted() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// `replace` spells out `char::is_whitespace` and skips the table search outside its
    /// range: the same answer as the plain rule for every char.
    #[test]
    fn replace_agrees_with_the_plain_rule() {
        let key = |r: Replace| match r {
            Replace::Space => " ",
            Replace::Text(s) => s,
            Replace::Keep => "keep",
        };
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let plain = match c {
                '’' | '‘' | 'ʼ' | '´' | '′' | '`' => Replace::Text("'"),
                '\u{2010}'..='\u{2015}' | '\u{2212}' => Replace::Space,
                c if c.is_whitespace() => Replace::Space,
                c => match FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
                    Ok(i) => Replace::Text(FOLD[i].1),
                    Err(_) => Replace::Keep,
                },
            };
            assert_eq!(key(replace(c)), key(plain), "{c:?}");
        }
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
            "word",
            "Ab",
            "x",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "-",
            "’",
            "é",
            "`",
            ",",
            "1234567",
            "\t",
            "\r\n",
            "\u{a0}",
            "—",
            "ا",
            "Æ",
            "ß",
            "\u{b}",
            "“",
            "abcdefghijklmno",
        ];
        let mut rng = crate::testutil::Xorshift(5);
        let long: Vec<String> = (0..3000)
            .map(|_| {
                let n = rng.below(60);
                rng.concat(&pieces, n)
            })
            .collect();
        for text in texts.iter().copied().chain(long.iter().map(String::as_str)) {
            let (want, map) = reference(text);
            let mut n = Normalized::default();
            n.fill(text);
            assert!(std::str::from_utf8(n.as_str().as_bytes()).is_ok());
            assert_eq!(n.as_str(), want, "{text:?}");
            // The breakpoints are the fewest: each starts a new run.
            assert!(
                n.breaks
                    .windows(2)
                    .all(|w| w[0].0 < w[1].0 && w[0].1.wrapping_add(w[1].0 - w[0].0) != w[1].1),
                "{text:?}"
            );
            let mut hint = 0;
            for (ns, &o) in map.iter().enumerate() {
                assert_eq!(n.orig(ns), o, "{text:?} at {ns}");
                assert_eq!(n.orig_from(ns, &mut hint), o, "{text:?} at {ns}");
            }
            // A range maps to the start of its first byte and past its last byte's character
            // (ranges in increasing order, as the scan asks; one run or several).
            let mut hint = 0;
            for ns in 0..map.len() {
                for ne in [ns + 1, ns + 3, ns + 9]
                    .into_iter()
                    .filter(|&e| e <= map.len())
                {
                    let mut end = n.orig(ne - 1) + 1;
                    while end < text.len() && !text.is_char_boundary(end) {
                        end += 1;
                    }
                    let want = (n.orig(ns), end);
                    assert_eq!(
                        n.original(text, ns, ne, &mut hint),
                        want,
                        "{text:?} {ns}..{ne}"
                    );
                }
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

    /// The sixteen-byte step agrees with the byte rule: every byte value at every position,
    /// and pseudo-random chunks of spaces, line breaks, hyphens, ticks and other bytes.
    #[test]
    fn sixteen_byte_step_agrees_with_the_byte_rule() {
        let mut chunks = Vec::new();
        for pos in 0..16 {
            for b in 0..=255u8 {
                let mut c = *b"abcdefghijklmnop";
                c[pos] = b;
                chunks.push(c);
            }
        }
        let mut x: u32 = 7;
        for _ in 0..40_000 {
            let mut c = *b"Ab1.,x'Z(q)R;s!T";
            for byte in c.iter_mut() {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                *byte = match (x >> 16) % 12 {
                    0 | 1 => b' ',
                    2 => b'\n',
                    3 => b'-',
                    4 => b'`',
                    5 => (x >> 8) as u8,
                    6 => (x >> 9) as u8 & 0x1f,
                    _ => *byte,
                };
            }
            chunks.push(c);
        }
        for c in &chunks {
            for space in [false, true] {
                let (mut want, mut got) = ([0u8; 16], [0u8; 16]);
                let (k, last) = chunk16_bytes(c, space, &mut want);
                let (stop, class) = chunk16(c, space, &mut got);
                let kk = stop.trailing_zeros().min(16) as usize;
                let last2 = if kk == 0 {
                    space
                } else {
                    class >> (kk - 1) & 1 != 0
                };
                assert_eq!((k, last), (kk, last2), "{c:?} {space}");
                assert_eq!(want[..k], got[..k], "{c:?} {space}");
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
