//! Quotation marks: one linear scan finds every mark, classifies it by its neighbours (opening,
//! closing, either, or an apostrophe), and pairs marks into quotation candidates inside one
//! block (a paragraph, or a line of a paragraph whose lines are separate sentences).
//!
//! Pairing rules (the choices for malformed text are here, in one place):
//! - Double marks (“ ” " '' „ « ») pair with each other; single marks (‘ ’ ' ‹ ›) pair only
//!   outside a double quotation (inside one they are nested quotes and belong to its content).
//! - A double quotation opened with a straight mark may contain one nested double quotation
//!   in curly marks (and vice versa); it is part of the outer content, not a quotation of its own.
//! - An opening mark of the same style while a quotation is open means the earlier mark was
//!   stray (a missing closing mark of a name, as in `the “Warrior-VIII exercise … “with the aim
//!   …,”`): the quotation restarts at the later mark.
//! - A quotation still open at the end of its block never runs on: if the next block opens
//!   with a quotation mark, it is the news convention for a quote of several paragraphs, and each
//!   paragraph is one quotation (unclosed) ending at its block's end; otherwise it ends at the
//!   block's end when it opened a sentence or followed a colon or comma, and is dropped as a stray
//!   mark elsewhere.

use std::ops::Range;

use super::lexicon::LEADING_APOSTROPHE_WORDS;

/// What a mark can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Open,
    Close,
    Either,
    Apostrophe,
}

/// Typographic family of a double mark: a nested quotation uses another family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Straight,
    Curly,
    Guillemet,
}

/// One quotation mark in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub at: usize,
    pub len: usize,
    pub double: bool,
    pub family: Family,
    pub role: Role,
}

impl Mark {
    pub fn end(&self) -> usize {
        self.at + self.len
    }
}

/// A paired (or bounded) quotation before attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub open: Mark,
    /// The closing mark, or None when the quotation ends at its block's end.
    pub close: Option<Mark>,
    /// Index of the block it lies in.
    pub block: usize,
    /// Continues the quotation of the previous block (multi-paragraph convention).
    pub continues: bool,
    /// Whether it is delimited by single marks.
    pub single: bool,
}

impl Candidate {
    /// Byte range of the whole quotation, marks included.
    pub fn span(&self, blocks: &[Range<usize>]) -> Range<usize> {
        match self.close {
            Some(c) => self.open.at..c.end(),
            None => self.open.at..blocks[self.block].end,
        }
    }

    /// Byte range of the content between the marks.
    pub fn content(&self, blocks: &[Range<usize>]) -> Range<usize> {
        match self.close {
            Some(c) => self.open.end()..c.at,
            None => self.open.end()..blocks[self.block].end,
        }
    }
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '/' | '“' | '‘' | '"' | '\'' | '«' | '‹' | '„'
                )
        }
    }
}

fn is_close_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | '»'
                        | '›'
                        | '*'
                )
        }
    }
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// The word (ASCII letters) starting at `at`, lower-cased into `buf`.
fn word_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let n = rest
        .bytes()
        .take(8)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    &rest[..n]
}

fn classify_single(text: &str, at: usize, len: usize) -> Role {
    // Most single marks are apostrophes between ASCII letters ("don't", "Pakistan’s"):
    // answered from the two bytes around the mark, with no character decoded.
    let bytes = text.as_bytes();
    if at > 0
        && bytes[at - 1].is_ascii_alphanumeric()
        && bytes.get(at + len).is_some_and(u8::is_ascii_alphanumeric)
    {
        return Role::Apostrophe;
    }
    let prev = prev_char(text, at);
    let next = next_char(text, at + len);
    let prev_alnum = prev.is_some_and(char::is_alphanumeric);
    let next_alnum = next.is_some_and(char::is_alphanumeric);
    if prev_alnum && next_alnum {
        return Role::Apostrophe; // don't, Pakistan’s
    }
    let l = is_open_context(prev);
    let r = is_close_context(next);
    if l && next.is_some_and(|c| c.is_ascii_digit()) {
        // ’90s, '05
        let digits = text[at + len..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 2 {
            return Role::Apostrophe;
        }
    }
    if l && next_alnum {
        let word = word_at(text, at + len);
        let after = text[at + len + word.len()..].chars().next();
        if LEADING_APOSTROPHE_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            && (word != "n" && word != "N" || matches!(after, Some('\'' | '’')))
            && !matches!(after, Some(c) if c.is_alphanumeric())
        {
            return Role::Apostrophe; // ’em, rock 'n' roll
        }
        return Role::Open;
    }
    if prev_alnum && r {
        // plural possessive: the countries’ leaders; but "had 'admitted to the facts' but
        // denied" closes the single quotation its sentence opened.
        if matches!(prev, Some('s')) && next.is_some_and(char::is_whitespace) {
            let after = text[at + len..].trim_start().chars().next();
            if after.is_some_and(char::is_lowercase) && !single_open_before(text, at) {
                return Role::Apostrophe;
            }
        }
        // the n' of rock 'n' roll
        if matches!(prev, Some('n' | 'N'))
            && prev_char(text, at - 1).is_some_and(|c| c == '\'' || c == '’')
        {
            return Role::Apostrophe;
        }
        return Role::Close;
    }
    match (l, r) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Whether the nearest single mark before `at` in its sentence (within `OPEN_LOOKBACK` bytes,
/// past apostrophes between letters) opens a quotation: a space or an opening bracket before
/// it, a letter after it ("the suspect had 'admitted to the facts' but"). Then an "s'" before a
/// lower-case word closes it rather than marking a plural possessive.
fn single_open_before(text: &str, at: usize) -> bool {
    const OPEN_LOOKBACK: usize = 160;
    let lo = at.saturating_sub(OPEN_LOOKBACK);
    let chars = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(i, _)| i >= lo);
    for (i, c) in chars {
        match c {
            '.' | '?' | '!' | '"' | '“' | '”' | '\n' => return false,
            '\'' | '‘' | '’' => {
                let before = prev_char(text, i);
                let after = next_char(text, i + c.len_utf8());
                let letters = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                if letters(before) && letters(after) {
                    continue; // don't, Pakistan’s
                }
                return is_open_context(before) && letters(after);
            }
            _ => {}
        }
    }
    false
}

fn classify_double(text: &str, at: usize, len: usize, natural: Role) -> Role {
    let prev = prev_char(text, at);
    let next = next_char(text, at + len);
    let l = is_open_context(prev);
    let r = is_close_context(next);
    match natural {
        Role::Open if r && !l => Role::Close,
        Role::Close if l && !r => Role::Open,
        Role::Either => match (l, r) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            (false, false) if prev.is_some_and(|c| matches!(c, '.' | ',' | '!' | '?')) => {
                Role::Close
            }
            _ => Role::Either,
        },
        role => role,
    }
}

/// The bytes that may open a quotation mark: `"`, `'`, 0xE2 (“ ” ‘ ’ „ ‹ ›) and 0xC2 (« »).
fn is_mark_lead(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xE2 | 0xC2)
}

/// Bit `i` set for every byte `i` of `block` that [`is_mark_lead`] accepts, byte by byte.
fn mark_lead_bits_scalar(block: &[u8]) -> u64 {
    block
        .iter()
        .enumerate()
        .fold(0, |bits, (i, &b)| bits | u64::from(is_mark_lead(b)) << i)
}

/// [`mark_lead_bits_scalar`] of a 64-byte block with AVX2: four compares per 32 bytes.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn mark_lead_bits_avx2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256,
        _mm256_set1_epi8,
    };
    let half = |at: usize| {
        // SAFETY: `at` is 0 or 32, so the unaligned load reads 32 bytes inside `block`; AVX2
        // is there (the caller's contract).
        unsafe {
            let v = _mm256_loadu_si256(block.as_ptr().add(at).cast());
            let is = |b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
            let straight = _mm256_or_si256(is(b'"'), is(b'\''));
            let lead = _mm256_or_si256(is(0xE2), is(0xC2));
            _mm256_movemask_epi8(_mm256_or_si256(straight, lead)) as u32
        }
    };
    u64::from(half(0)) | u64::from(half(32)) << 32
}

/// Every quotation mark of `text`, in order. Linear: one pass over the bytes.
pub fn scan(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    // Room for a mark per ~128 bytes (news text with quotations and apostrophes), so that the
    // vector is not regrown twice per document.
    let mut marks = Vec::with_capacity(text.len() / 128 + 8);
    // Marks start with '"', '\'', 0xE2 (“ ” ‘ ’ „ ‹ ›) or 0xC2 (« »): the candidate bytes of
    // each 64-byte block come off one mask, so the cost is per candidate (an apostrophe, a
    // dash), not a search call per candidate.
    #[cfg(target_arch = "x86_64")]
    let avx2 = std::arch::is_x86_feature_detected!("avx2");
    let lead_bits = |block: &[u8]| -> u64 {
        #[cfg(target_arch = "x86_64")]
        if avx2 {
            if let Ok(block) = <&[u8; 64]>::try_from(block) {
                debug_assert!(std::arch::is_x86_feature_detected!("avx2"));
                // SAFETY: AVX2 was detected on this CPU just above.
                return unsafe { mark_lead_bits_avx2(block) };
            }
        }
        mark_lead_bits_scalar(block)
    };
    let mut i = 0;
    for (block_index, block) in bytes.chunks(64).enumerate() {
        let base = block_index * 64;
        let mut bits = lead_bits(block);
        while bits != 0 {
            let at = base + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            // A byte inside the mark just read (the second `'` of `''`).
            if at < i {
                continue;
            }
            if let Some(mark) = mark_at(text, at) {
                i = at + mark.len;
                marks.push(mark);
            }
        }
    }
    marks
}

/// The quotation mark whose first byte is `bytes[i]` (a byte [`is_mark_lead`] accepts), if
/// one starts there.
#[inline]
fn mark_at(text: &str, i: usize) -> Option<Mark> {
    let bytes = text.as_bytes();
    let (len, double, family, natural) = match bytes[i] {
        b'"' => (1, true, Family::Straight, Role::Either),
        b'\'' if bytes.get(i + 1) == Some(&b'\'') => (2, true, Family::Straight, Role::Either),
        b'\'' => (1, false, Family::Straight, Role::Either),
        0xC2 => match bytes.get(i + 1) {
            Some(0xAB) => (2, true, Family::Guillemet, Role::Open),
            Some(0xBB) => (2, true, Family::Guillemet, Role::Close),
            _ => return None,
        },
        _ => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x9C)) => (3, true, Family::Curly, Role::Open),
            (Some(0x80), Some(0x9E)) => (3, true, Family::Curly, Role::Open),
            (Some(0x80), Some(0x9D)) => (3, true, Family::Curly, Role::Close),
            (Some(0x80), Some(0x98)) => (3, false, Family::Curly, Role::Open),
            (Some(0x80), Some(0x99)) => (3, false, Family::Curly, Role::Either),
            (Some(0x80), Some(0xB9)) => (3, false, Family::Guillemet, Role::Open),
            (Some(0x80), Some(0xBA)) => (3, false, Family::Guillemet, Role::Close),
            _ => return None,
        },
    };
    let role = if double {
        classify_double(text, i, len, natural)
    } else {
        match (family, natural) {
            (Family::Guillemet, role) => role,
            (_, Role::Open) => match classify_single(text, i, len) {
                Role::Apostrophe => Role::Apostrophe,
                Role::Close => Role::Close,
                _ => Role::Open,
            },
            _ => classify_single(text, i, len),
        }
    };
    Some(Mark {
        at: i,
        len,
        double,
        family,
        role,
    })
}

/// Blocks: paragraphs, split at line breaks that also end sentences (a paragraph of one
/// sentence per line), so a stray mark on one line cannot pair with a mark on the next.
pub fn blocks(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut s = 0;
    for p in paragraphs {
        let mut start = p.start;
        for i in memchr::memchr_iter(b'\n', text[p.clone()].as_bytes()) {
            let nl = p.start + i;
            while s < sentences.len() && sentences[s].end <= nl {
                s += 1;
            }
            let inside_sentence = s < sentences.len() && sentences[s].start < nl;
            if !inside_sentence {
                let piece = trim(text, start..nl);
                if !piece.is_empty() {
                    out.push(piece);
                }
                start = nl + 1;
            }
        }
        let piece = trim(text, start..p.end);
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// Splits blocks where a paragraph break was lost: text that joined a quote of several
/// paragraphs into one line ("… ashamed. "However, I want …") has, while a double quotation is
/// open, an opening mark of the same family right after a sentence end and a space, before a
/// capital. The news convention left the earlier paragraph open; splitting the block there
/// lets [`pair`] read the quote as it reads one with its line breaks. Only a quotation that
/// opened a clause (block start, after a colon, comma or sentence end) counts, so a stray mark
/// before a name (`the “Warrior-VIII exercise`) never splits anything.
pub fn split_run_on_paragraphs(
    text: &str,
    marks: &[Mark],
    blocks: Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut m = 0;
    for block in blocks {
        while m < marks.len() && marks[m].at < block.start {
            m += 1;
        }
        let mut start = block.start;
        let mut open: Option<Mark> = None;
        while m < marks.len() && marks[m].end() <= block.end {
            let mark = marks[m];
            m += 1;
            if !mark.double || mark.role == Role::Apostrophe {
                continue;
            }
            match open {
                None if mark.role != Role::Close => open = Some(mark),
                None => {}
                Some(o) if o.family != mark.family => {} // nested
                Some(o) if mark.role == Role::Open => {
                    if lost_paragraph_break(text, mark)
                        && opens_clause(text, &(start..block.end), o.at)
                    {
                        let piece = trim(text, start..mark.at);
                        if !piece.is_empty() {
                            out.push(piece);
                        }
                        start = mark.at;
                    }
                    open = Some(mark);
                }
                Some(_) => open = None,
            }
        }
        out.push(start..block.end);
    }
    out
}

/// `. “Next` / `? "Next`: a sentence end, one or two spaces, the mark, a capital.
fn lost_paragraph_break(text: &str, mark: Mark) -> bool {
    let before = &text[..mark.at];
    let trimmed = before.trim_end_matches(' ');
    (1..=2).contains(&(before.len() - trimmed.len()))
        && trimmed.ends_with(['.', '?', '!'])
        && next_char(text, mark.end()).is_some_and(char::is_uppercase)
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Whether a quotation that opens at `at` (in `block`) is at a place a quotation may open
/// without ever closing: the block start, or after a colon or comma.
fn opens_clause(text: &str, block: &Range<usize>, at: usize) -> bool {
    let before = text[block.start..at].trim_end();
    before.is_empty() || before.ends_with([':', ',']) || before.ends_with(['.', '?', '!'])
}

/// Pairs the marks into candidates, block by block. Linear in the number of marks.
pub fn pair(text: &str, marks: &[Mark], blocks: &[Range<usize>]) -> Vec<Candidate> {
    // A closed candidate takes two marks: room for those at once rather than a regrowth or
    // two per document (a quotation left open may still grow it).
    let mut out = Vec::with_capacity(marks.len() / 2 + 4);
    let mut m = 0;
    let mut continuing = false;
    for (b, block) in blocks.iter().enumerate() {
        while m < marks.len() && marks[m].at < block.start {
            m += 1;
        }
        let first = m;
        // Up to two open double marks (outer, nested) and one open single mark.
        let mut stack: [Option<Mark>; 2] = [None, None];
        let mut single: Option<Mark> = None;
        let mut block_continues = false;
        while m < marks.len() && marks[m].end() <= block.end {
            let mark = marks[m];
            m += 1;
            if mark.role == Role::Apostrophe {
                continue;
            }
            if mark.double {
                let depth = stack.iter().flatten().count();
                let role = match mark.role {
                    Role::Either if depth > 0 => Role::Close,
                    Role::Either => Role::Open,
                    r => r,
                };
                match role {
                    Role::Open => {
                        if m - 1 == first && continuing && mark.at == block.start {
                            block_continues = true;
                        }
                        match depth {
                            0 => stack[0] = Some(mark),
                            1 if stack[0].is_some_and(|o| o.family != mark.family) => {
                                stack[1] = Some(mark)
                            }
                            1 => {
                                stack[0] = Some(mark);
                                single = None;
                            }
                            _ => stack[1] = Some(mark),
                        }
                    }
                    _ => {
                        if depth == 2 {
                            stack[1] = None; // closes the nested quotation
                        } else if let Some(open) = stack[0].take() {
                            if single.is_some_and(|s| s.at < open.at) {
                                // a double quotation inside a single one: nested, dropped
                            } else {
                                out.push(Candidate {
                                    open,
                                    close: Some(mark),
                                    block: b,
                                    continues: block_continues && open.at == block.start,
                                    single: false,
                                });
                            }
                        }
                    }
                }
            } else {
                if stack[0].is_some() {
                    continue; // nested single marks belong to the double quotation
                }
                match mark.role {
                    Role::Open => single = Some(mark),
                    Role::Close | Role::Either => {
                        if let Some(open) = single.take() {
                            out.push(Candidate {
                                open,
                                close: Some(mark),
                                block: b,
                                continues: false,
                                single: true,
                            });
                        } else if mark.role == Role::Either {
                            single = Some(mark);
                        }
                    }
                    Role::Apostrophe => {}
                }
            }
        }
        // A quotation left open at the block's end.
        continuing = false;
        if let Some(open) = stack[0] {
            let next_opens = blocks.get(b + 1).is_some_and(|next| {
                marks[m..]
                    .iter()
                    .find(|k| k.role != Role::Apostrophe)
                    .is_some_and(|k| k.at == next.start && k.double && k.role != Role::Close)
            });
            if next_opens || opens_clause(text, block, open.at) {
                let content = &text[open.end()..block.end];
                if !content.trim().is_empty() {
                    out.push(Candidate {
                        open,
                        close: None,
                        block: b,
                        continues: block_continues && open.at == block.start,
                        single: false,
                    });
                    continuing = next_opens;
                }
            }
        }
        while m < marks.len() && marks[m].at < block.end {
            m += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let marks = scan(text);
        let whole: Range<usize> = 0..text.len();
        let blocks = std::slice::from_ref(&whole);
        pair(text, &marks, blocks)
            .iter()
            .map(|c| &text[c.span(blocks)])
            .collect()
    }

    /// The scan before the block masks: every byte tried in turn.
    fn scan_byte_by_byte(text: &str) -> Vec<Mark> {
        let mut marks = Vec::new();
        let mut i = 0;
        while i < text.len() {
            match mark_at(text, i).filter(|_| is_mark_lead(text.as_bytes()[i])) {
                Some(mark) => {
                    i += mark.len;
                    marks.push(mark);
                }
                None => i += 1,
            }
        }
        marks
    }

    #[test]
    fn block_mask_scan_agrees_with_the_byte_loop() {
        let mut texts = crate::testutil::seed_and_hard_files();
        let pieces = [
            "“",
            "”",
            "‘",
            "’",
            "„",
            "‹",
            "›",
            "«",
            "»",
            "\"",
            "'",
            "''",
            "—",
            "–",
            "…",
            "é",
            "\u{a0}",
            " ",
            "\n",
            "a",
            "Z",
            "9",
            ",",
            ".",
            "don",
            "t",
            "\u{c2}\u{a0}",
            "€",
        ];
        let mut rng = crate::testutil::Xorshift(13);
        for _ in 0..300 {
            let n = rng.below(200);
            texts.push(rng.concat(&pieces, n));
        }
        for text in &texts {
            assert_eq!(scan(text), scan_byte_by_byte(text), "{text:?}");
            for block in text.as_bytes().chunks(64) {
                let expected = mark_lead_bits_scalar(block);
                #[cfg(target_arch = "x86_64")]
                if let Ok(full) = <&[u8; 64]>::try_from(block) {
                    if std::arch::is_x86_feature_detected!("avx2") {
                        // SAFETY: AVX2 was detected on this CPU just above.
                        assert_eq!(unsafe { mark_lead_bits_avx2(full) }, expected);
                    }
                }
                assert_eq!(
                    expected.count_ones() as usize,
                    block.iter().filter(|&&b| is_mark_lead(b)).count()
                );
            }
        }
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let text = "Pakistan’s army, the ’90s, rock 'n' roll, don't, the countries’ leaders";
        let roles: Vec<Role> = scan(text).iter().map(|m| m.role).collect();
        assert!(roles.iter().all(|r| *r == Role::Apostrophe), "{roles:?}");
    }

    #[test]
    fn pairs_curly_straight_and_mixed_marks() {
        assert_eq!(
            quotes("He said “a” and \"b\" then \"c,” x"),
            ["“a”", "\"b\"", "\"c,”"]
        );
        assert_eq!(quotes("«Да» said"), ["«Да»"]);
        assert_eq!(quotes("''We won,'' he said."), ["''We won,''"]);
    }

    #[test]
    fn single_marks_nested_inside_double_are_content() {
        assert_eq!(
            quotes("“Russia’s ‘victory’ came at a cost,” he said."),
            ["“Russia’s ‘victory’ came at a cost,”"]
        );
        assert_eq!(quotes("It’s ‘in Their Heads.’"), ["‘in Their Heads.’"]);
    }

    #[test]
    fn a_repeated_opening_mark_restarts_the_quotation() {
        let text = "the “Warrior-VIII exercise will run until mid-December “with the aim … to act,” according to media.";
        assert_eq!(quotes(text), ["“with the aim … to act,”"]);
    }

    #[test]
    fn nested_double_of_another_style_stays_inside() {
        let text = "\"The question: “Do you agree?” Forty-three, yes.\"";
        assert_eq!(quotes(text), [text]);
    }

    #[test]
    fn unclosed_mark_is_bounded_by_its_block() {
        let text = "He said: “We will act.\n\nNext paragraph “stray here.";
        let marks = scan(text);
        let seg = crate::segment::Segmentation::new(text);
        let blocks = blocks(text, &seg.paragraphs, &seg.sentences);
        let found: Vec<&str> = pair(text, &marks, &blocks)
            .iter()
            .map(|c| &text[c.span(&blocks)])
            .collect();
        assert_eq!(found, ["“We will act."]);
    }

    #[test]
    fn multi_paragraph_quote_is_one_quotation_per_paragraph() {
        let text = "“First part.\n\n“Second part,” he said.";
        let marks = scan(text);
        let seg = crate::segment::Segmentation::new(text);
        let blocks = blocks(text, &seg.paragraphs, &seg.sentences);
        let found = pair(text, &marks, &blocks);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].span(&blocks)], "“First part.");
        assert!(found[0].close.is_none());
        assert!(found[1].continues);
        assert_eq!(&text[found[1].span(&blocks)], "“Second part,”");
    }
}
