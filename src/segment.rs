//! Paragraphs, sentences and word tokens, as byte ranges of the document text.
//!
//! Sentence splitting is rule based and tuned for news: a period ends a sentence unless it ends a
//! title ("Mr.", "Gen."), a month ("Nov."), an initial ("J.") or an abbreviation such as "U.S."
//! that is followed by something other than a typical sentence opener. Blank lines end
//! paragraphs. Within a paragraph a single line break also ends a sentence (headlines, one
//! paragraph per line), unless the paragraph looks hard-wrapped (most lines end mid-sentence, as
//! in wire copy wrapped at 70 columns); then line breaks are treated as spaces.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Words that are abbreviations when followed by a period and never end a sentence there (none
/// longer than six bytes).
const TITLES_AND_MONTHS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
    "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Insp", "Supt", "St",
    "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "vs", "etc", "approx", "Inc", "Corp", "Co", "Ltd", "Dept", "Univ", "Gov't", "al",
    "cf", "Vol", "pp", "Art", "Sec", "Fig",
];

/// Capitalized words that typically open a sentence: after an abbreviation like "U.S." they
/// signal that the abbreviation also ended the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "Officials",
    "According",
    "Earlier",
    "Later",
    "Last",
    "Since",
    "So",
    "Yet",
    "Both",
    "Neither",
    "No",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '*'];
const TERMINATORS: &[char] = &['.', '!', '?', '…'];

/// Paragraph and sentence boundaries of one text.
///
/// ```
/// use sitrep::segment::Segmentation;
/// let text = "Gen. Asim Munir met U.S. officials. They spoke.\n\nNext paragraph.";
/// let seg = Segmentation::new(text);
/// let sentences: Vec<&str> = seg.sentences.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(sentences, ["Gen. Asim Munir met U.S. officials.", "They spoke.", "Next paragraph."]);
/// assert_eq!(seg.paragraphs.len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Segmentation {
    /// Paragraphs (blank-line separated), trimmed of surrounding whitespace.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences in text order, trimmed, never crossing a paragraph boundary.
    pub sentences: Vec<Range<usize>>,
}

impl Segmentation {
    /// Segments `text`.
    pub fn new(text: &str) -> Self {
        let marks = Marks::new(text);
        let paragraphs = paragraphs_marked(text, &marks);
        // Room for a sentence per ~100 bytes of news text: the vector is not regrown per
        // document.
        let mut sentences = Vec::with_capacity(text.len() / 100 + 4);
        for paragraph in &paragraphs {
            split_paragraph(text, &marks, paragraph.clone(), &mut sentences);
        }
        Segmentation {
            paragraphs,
            sentences,
        }
    }

    /// Index of the sentence containing byte `pos`, or of the last sentence before it.
    pub fn sentence_index(&self, pos: usize) -> Option<usize> {
        index_at(&self.sentences, pos)
    }

    /// Index of the paragraph containing byte `pos`, or of the last paragraph before it.
    pub fn paragraph_index(&self, pos: usize) -> Option<usize> {
        index_at(&self.paragraphs, pos)
    }
}

fn index_at(ranges: &[Range<usize>], pos: usize) -> Option<usize> {
    let after = ranges.partition_point(|r| r.start <= pos);
    after.checked_sub(1)
}

/// Word tokens (and punctuation marks) of `text[range]`, as byte ranges of `text`.
///
/// ```
/// use sitrep::segment::tokens;
/// let text = "Kabul’s 2,400 troops.";
/// let words: Vec<&str> = tokens(text, 0..text.len()).map(|r| &text[r]).collect();
/// assert_eq!(words, ["Kabul’s", "2,400", "troops", "."]);
/// ```
pub fn tokens(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let base = range.start;
    text[range]
        .split_word_bound_indices()
        .filter(|(_, w)| !w.chars().all(char::is_whitespace))
        .map(move |(i, w)| base + i..base + i + w.len())
}

/// `range` without the whitespace at its ends (`str::trim`), or empty at its start.
fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let start = skip_spaces(text, range.start, range.end);
    if start == range.end {
        return range.start..range.start;
    }
    start..skip_spaces_back(text, start, range.end)
}

/// Where `text[from..to].trim_start()` starts: the first byte from `from` that does not
/// start a whitespace char. ASCII bytes are tested as bytes; `trim_start` decoded every
/// char, which the runs of spaces of wire tables made a large part of segmentation.
fn skip_spaces(text: &str, from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < to {
        let b = bytes[at];
        if b < 0x80 {
            if !is_ascii_space(b) {
                return at;
            }
            at += 1;
            continue;
        }
        match text[at..to].chars().next() {
            Some(c) if c.is_whitespace() => at += c.len_utf8(),
            _ => return at,
        }
    }
    to
}

/// Where `text[from..to].trim_end()` ends, [`skip_spaces`] from the end.
fn skip_spaces_back(text: &str, from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = to;
    while at > from {
        let b = bytes[at - 1];
        if b < 0x80 {
            if !is_ascii_space(b) {
                return at;
            }
            at -= 1;
            continue;
        }
        match text[from..at].chars().next_back() {
            Some(c) if c.is_whitespace() => at -= c.len_utf8(),
            _ => return at,
        }
    }
    from
}

/// Paragraphs of `text` (blank-line separated, trimmed): [`Segmentation::paragraphs`]
/// without the sentences.
///
/// ```
/// let text = "One. Two.\n\nThree.";
/// assert_eq!(sitrep::segment::paragraphs(text), [0..9, 11..17]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    paragraphs_marked(text, &Marks::new(text))
}

/// [`paragraphs`] with the text's line breaks read off `marks`.
fn paragraphs_marked(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    // Room for a paragraph per ~250 bytes of news text.
    let mut out = Vec::with_capacity(text.len() / 250 + 4);
    let mut start = 0;
    let mut line_start = 0;
    let push = |out: &mut Vec<Range<usize>>, range: Range<usize>| {
        let trimmed = trim_range(text, range);
        if !trimmed.is_empty() {
            out.push(trimmed);
        }
    };
    for i in SetBits::new(&marks.newlines) {
        if is_blank(&text[line_start..i]) {
            if line_start > start {
                push(&mut out, start..line_start);
            }
            start = i + 1;
        }
        line_start = i + 1;
    }
    push(&mut out, start..text.len());
    out
}

/// Whether `line` is empty or all whitespace (`line.trim().is_empty()`): a line that opens
/// with an ASCII byte that is no space is answered by that byte.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        None => true,
        Some(&b) if b < 0x80 && !is_ascii_space(b) => false,
        Some(_) => skip_spaces(line, 0, line.len()) == line.len(),
    }
}

/// The ASCII bytes `char::is_whitespace` accepts (tab, line feed, vertical tab, form feed,
/// carriage return, space).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Where the line breaks and the sentence terminators of a text are, one bit per byte, found
/// in one pass over its bytes (sixteen at a time): the paragraph, line and sentence splits read
/// them off instead of a `memchr` call per line and per sentence.
struct Marks {
    /// Bit `i % 64` of word `i / 64` set where byte `i` is a line feed.
    newlines: Vec<u64>,
    /// The same where a terminator starts: '.', '!', '?' or the first byte of '…'.
    stops: Vec<u64>,
}

impl Marks {
    fn new(text: &str) -> Marks {
        let bytes = text.as_bytes();
        let words = bytes.len().div_ceil(64);
        // Zeroed and assigned word by word: a `push` per word checked the capacity each time.
        let mut marks = Marks {
            newlines: vec![0; words],
            stops: vec![0; words],
        };
        #[cfg(target_arch = "x86_64")]
        if has_avx2() {
            // SAFETY: the CPU has AVX2 (`has_avx2`).
            unsafe { marks.fill_avx2(bytes) };
            return marks;
        }
        marks.fill(bytes);
        marks
    }

    /// Sets the marks of every 64-byte block of `bytes` (the last one padded).
    fn fill(&mut self, bytes: &[u8]) {
        for (k, block) in bytes.chunks(64).enumerate() {
            let (newlines, stops, a6) = block_marks(block);
            self.newlines[k] = newlines;
            self.stops[k] = stops;
            if a6 != 0 {
                self.add_ellipses(bytes, k * 64, a6);
            }
        }
    }

    /// [`Marks::fill`] with [`block_marks_avx2`] for the whole blocks: two 32-byte halves a
    /// block instead of four sixteen-byte chunks.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn fill_avx2(&mut self, bytes: &[u8]) {
        let mut blocks = bytes.chunks_exact(64);
        for (k, block) in blocks.by_ref().enumerate() {
            let Ok(block) = <&[u8; 64]>::try_from(block) else {
                continue;
            };
            // SAFETY: AVX2 is there (this function's contract).
            let (newlines, stops, a6) = unsafe { block_marks_avx2(block) };
            self.newlines[k] = newlines;
            self.stops[k] = stops;
            if a6 != 0 {
                self.add_ellipses(bytes, k * 64, a6);
            }
        }
        let tail = blocks.remainder();
        if !tail.is_empty() {
            let k = bytes.len() / 64;
            let (newlines, stops, a6) = block_marks(tail);
            self.newlines[k] = newlines;
            self.stops[k] = stops;
            if a6 != 0 {
                self.add_ellipses(bytes, k * 64, a6);
            }
        }
    }

    /// Marks the '…' (E2 80 A6) that end at the 0xA6 bytes `a6` of the block at `base`
    /// (0xA6 ends few other characters of news copy; E2 80 opens every curly quote and dash).
    fn add_ellipses(&mut self, bytes: &[u8], base: usize, a6: u64) {
        for at in SetBits::word(base, a6) {
            if at >= 2 && bytes[at - 2..at] == [0xE2, 0x80] {
                let start = at - 2;
                self.stops[start / 64] |= 1 << (start % 64);
            }
        }
    }
}

/// The line feeds, the ASCII terminators and the 0xA6 bytes of a block of at most 64 bytes, as
/// bit masks, sixteen bytes at a time with SSE2 (a partial block padded to a whole one).
#[cfg(target_arch = "x86_64")]
fn block_marks(block: &[u8]) -> (u64, u64, u64) {
    // The last, partial block of a text as a whole one padded with zeros (which mark
    // nothing): one vector pass instead of a byte loop.
    let mut padded = [0u8; 64];
    let block = match <&[u8; 64]>::try_from(block) {
        Ok(block) => block,
        Err(_) => {
            let len = block.len().min(64);
            padded[..len].copy_from_slice(&block[..len]);
            &padded
        }
    };
    let mut masks = (0, 0, 0);
    for (k, chunk) in block.chunks_exact(16).enumerate() {
        if let Ok(chunk) = <&[u8; 16]>::try_from(chunk) {
            let (newlines, stops, a6) = marks16(chunk);
            masks.0 |= u64::from(newlines) << (16 * k);
            masks.1 |= u64::from(stops) << (16 * k);
            masks.2 |= u64::from(a6) << (16 * k);
        }
    }
    masks
}

/// [`block_marks`] of a whole block with AVX2: two 32-byte halves instead of four sixteen-byte
/// chunks.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn block_marks_avx2(block: &[u8; 64]) -> (u64, u64, u64) {
    use std::arch::x86_64::{
        _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_set1_epi8, _mm256_setr_epi8, _mm256_shuffle_epi8,
    };
    let half = |at: usize| {
        // SAFETY: `at` is 0 or 32, so the unaligned load reads 32 bytes inside `block`; AVX2
        // is there (the caller's contract).
        unsafe {
            let v = _mm256_loadu_si256(block.as_ptr().add(at).cast());
            let eq = |b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
            // The terminators by their low nibble: '!' (0x21), '.' (0x2E), '?' (0x3F) are the
            // table's entries 1, 14 and 15; every other entry has another low nibble than its
            // index, so no byte equals it. One shuffle and compare instead of three compares
            // (whose `or`s LLVM turned into a bit-by-bit loop).
            let table = _mm256_setr_epi8(
                1, 0x21, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 0x2E, 0x3F, //
                1, 0x21, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 0x2E, 0x3F,
            );
            let nibbles = _mm256_and_si256(v, _mm256_set1_epi8(0x0F));
            let stops = _mm256_cmpeq_epi8(v, _mm256_shuffle_epi8(table, nibbles));
            (
                u64::from(_mm256_movemask_epi8(eq(b'\n')) as u32),
                u64::from(_mm256_movemask_epi8(stops) as u32),
                u64::from(_mm256_movemask_epi8(eq(0xA6)) as u32),
            )
        }
    };
    let (n0, s0, a0) = half(0);
    let (n1, s1, a1) = half(32);
    (n0 | n1 << 32, s0 | s1 << 32, a0 | a1 << 32)
}

/// Whether the CPU has AVX2, asked once per process (std caches the answer).
#[cfg(target_arch = "x86_64")]
fn has_avx2() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
}

/// [`block_marks`] byte by byte, where SSE2 is not known to be there.
#[cfg(not(target_arch = "x86_64"))]
fn block_marks(block: &[u8]) -> (u64, u64, u64) {
    block
        .iter()
        .enumerate()
        .fold((0, 0, 0), |(newlines, stops, a6), (i, &b)| {
            (
                newlines | u64::from(b == b'\n') << i,
                stops | u64::from(matches!(b, b'.' | b'!' | b'?')) << i,
                a6 | u64::from(b == 0xA6) << i,
            )
        })
}

/// [`block_marks`] of sixteen bytes, with SSE2 (part of every x86-64).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn marks16(chunk: &[u8; 16]) -> (u32, u32, u32) {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let stops = _mm_or_si128(_mm_or_si128(eq(b'.'), eq(b'!')), eq(b'?'));
        (
            _mm_movemask_epi8(eq(b'\n')) as u32,
            _mm_movemask_epi8(stops) as u32,
            _mm_movemask_epi8(eq(0xA6)) as u32,
        )
    }
}

/// The first set bit of `words` at or after `from` and before `end`.
fn next_mark(words: &[u64], from: usize, end: usize) -> Option<usize> {
    let mut w = from / 64;
    let mut bits = words.get(w)? & (u64::MAX << (from % 64));
    loop {
        if bits != 0 {
            let at = w * 64 + bits.trailing_zeros() as usize;
            return (at < end).then_some(at);
        }
        w += 1;
        if w * 64 >= end {
            return None;
        }
        bits = *words.get(w)?;
    }
}

/// The positions of the set bits of a bit vector, in order.
struct SetBits<'a> {
    words: &'a [u64],
    /// The position of bit 0 of `bits`.
    base: usize,
    bits: u64,
}

impl<'a> SetBits<'a> {
    fn new(words: &'a [u64]) -> Self {
        SetBits {
            words,
            base: 0,
            bits: 0,
        }
        .starting()
    }

    /// The set bits of one word whose bit 0 is at `base`.
    fn word(base: usize, bits: u64) -> SetBits<'static> {
        SetBits {
            words: &[],
            base,
            bits,
        }
    }

    /// Loads the first word (a `base` of 0 and no bits yet).
    fn starting(mut self) -> Self {
        if let Some((&first, rest)) = self.words.split_first() {
            self.bits = first;
            self.words = rest;
        }
        self
    }
}

impl Iterator for SetBits<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            let (&next, rest) = self.words.split_first()?;
            self.words = rest;
            self.bits = next;
            self.base += 64;
        }
        let at = self.base + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(at)
    }
}

fn ends_with_terminal(line: &str) -> bool {
    match line.as_bytes().last() {
        // What the general test below says for the common last bytes, without trimming.
        Some(b'.' | b'!' | b'?' | b':') => true,
        Some(b) if b.is_ascii_alphanumeric() => false,
        _ => line
            .trim_end()
            .trim_end_matches(CLOSERS)
            .ends_with(|c: char| TERMINATORS.contains(&c) || c == ':'),
    }
}

/// A paragraph is hard-wrapped when it has several lines (three or more) and most of those
/// before the last end mid-sentence.
fn is_hard_wrapped(text: &str, marks: &Marks, paragraph: Range<usize>) -> bool {
    let (mut inner, mut open) = (0, 0);
    let mut line_start = paragraph.start;
    while let Some(end) = next_mark(&marks.newlines, line_start, paragraph.end) {
        inner += 1;
        if !ends_with_terminal(&text[line_start..end]) {
            open += 1;
        }
        line_start = end + 1;
    }
    inner >= 2 && open * 10 >= inner * 6
}

fn split_paragraph(
    text: &str,
    marks: &Marks,
    paragraph: Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    if next_mark(&marks.newlines, paragraph.start, paragraph.end).is_none()
        || is_hard_wrapped(text, marks, paragraph.clone())
    {
        // One line (most paragraphs; `paragraphs` trimmed it and left no empty one), or lines
        // wrapped mid-sentence that read as one.
        split_sentences(text, marks, paragraph, out);
        return;
    }
    let (mut unit_start, mut line_start) = (paragraph.start, paragraph.start);
    loop {
        let line_break = next_mark(&marks.newlines, line_start, paragraph.end);
        if let Some(at) = line_break {
            let next_end =
                next_mark(&marks.newlines, at + 1, paragraph.end).unwrap_or(paragraph.end);
            if line_runs_on(&text[line_start..at], &text[at + 1..next_end]) {
                line_start = at + 1;
                continue;
            }
        }
        let trimmed = trim_range(text, unit_start..line_break.unwrap_or(paragraph.end));
        if !trimmed.is_empty() {
            split_sentences(text, marks, trimmed, out);
        }
        match line_break {
            Some(at) => (unit_start, line_start) = (at + 1, at + 1),
            None => return,
        }
    }
}

/// Whether a line break inside a paragraph that is not hard-wrapped is only a wrap: the line
/// ends mid-sentence and either the next line goes on in lower case ("the army\nwould attack")
/// or the line leaves a bracket open ("local time (0000\nGMT)"). A headline or a one-line
/// paragraph ends at its line break; neither opens a bracket it does not close nor is followed
/// by a lower-case word.
///
/// ```text
/// "He said the army" + "would attack."  → runs on
/// "Kabul attack"     + "Five people were killed." → ends
/// ```
fn line_runs_on(line: &str, next: &str) -> bool {
    if ends_with_terminal(line) {
        return false;
    }
    let lower_next = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let bytes = line.as_bytes();
    let open_bracket = || {
        let count = |b: u8| bytes.iter().filter(|&&x| x == b).count();
        count(b'(') > count(b')')
    };
    lower_next || open_bracket()
}

/// The terminator starting at byte `at`, if any ('.', '!', '?' or '…').
fn terminator_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes()[at] {
        b'.' => Some('.'),
        b'!' => Some('!'),
        b'?' => Some('?'),
        0xE2 if text[at..].starts_with('…') => Some('…'),
        _ => None,
    }
}

fn split_sentences(text: &str, marks: &Marks, unit: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = unit.start;
    let bytes = text.as_bytes();
    let mut at = unit.start;
    while let Some(found) = next_mark(&marks.stops, at, unit.end) {
        let Some(c) = terminator_at(text, found) else {
            at = found + 1;
            continue;
        };
        // Swallow repeated terminators and closing quotes/brackets: `?!”)`.
        let mut end = found + c.len_utf8();
        while let Some(len) = closer_len(text, end, unit.end) {
            end += len;
        }
        at = end;
        // Any Unicode space may follow the terminator: news copy often has a no-break space
        // (U+00A0) or a narrow one after a full stop.
        let spaced = end < unit.end
            && (bytes[end].is_ascii_whitespace()
                || (bytes[end] >= 0x80
                    && text[end..unit.end]
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace)));
        if !spaced {
            continue;
        }
        // The next word opens with the first character after the spaces.
        let rest = &text[skip_spaces(text, end, unit.end)..unit.end];
        if !opens_sentence(rest) {
            continue;
        }
        if c == '.' && !period_ends_sentence(&text[start..found], first_word(rest)) {
            continue;
        }
        let sentence = trim_range(text, start..end);
        if !sentence.is_empty() {
            out.push(sentence);
        }
        start = end;
    }
    let last = trim_range(text, start..unit.end);
    if !last.is_empty() {
        out.push(last);
    }
}

/// The length of the terminator or closing mark (`TERMINATORS`, `CLOSERS`) at byte `at`
/// of `text[..end]`, if one is there; an ASCII byte is answered without decoding.
fn closer_len(text: &str, at: usize, end: usize) -> Option<usize> {
    let b = *text.as_bytes()[..end].get(at)?;
    if b < 0x80 {
        return matches!(b, b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | b'*').then_some(1);
    }
    let c = text[at..end].chars().next()?;
    (TERMINATORS.contains(&c) || CLOSERS.contains(&c)).then(|| c.len_utf8())
}

/// The text up to the first whitespace (`rest.split(char::is_whitespace).next()`).
fn first_word(rest: &str) -> &str {
    let bytes = rest.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if is_ascii_space(b) {
                break;
            }
            at += 1;
            continue;
        }
        match rest[at..].chars().next() {
            Some(c) if !c.is_whitespace() => at += c.len_utf8(),
            _ => break,
        }
    }
    &rest[..at]
}

/// The text after the last whitespace, '(', '"' or '“' of `before` (the last piece of
/// `rsplit` at them), read backwards byte by byte over ASCII.
fn last_word(before: &str) -> &str {
    let bytes = before.as_bytes();
    let mut at = bytes.len();
    while at > 0 {
        let b = bytes[at - 1];
        if b < 0x80 {
            if is_ascii_space(b) || b == b'(' || b == b'"' {
                break;
            }
            at -= 1;
            continue;
        }
        match before[..at].chars().next_back() {
            Some(c) if !(c.is_whitespace() || c == '“') => at -= c.len_utf8(),
            _ => break,
        }
    }
    &before[at..]
}

/// Whether a word that opens with the first character of `word` may open a sentence.
fn opens_sentence(word: &str) -> bool {
    match word.as_bytes().first() {
        None => false,
        // `char::is_lowercase` of ASCII is a to z.
        Some(&b) if b < 0x80 => {
            !b.is_ascii_lowercase() && !matches!(b, b',' | b';' | b':' | b')' | b']')
        }
        Some(_) => word
            .chars()
            .next()
            .is_some_and(|c| !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']')),
    }
}

/// Decides whether the period after `before` (the sentence so far) ends the sentence.
fn period_ends_sentence(before: &str, next_word: &str) -> bool {
    let word = last_word(before);
    if word.is_empty() {
        return true;
    }
    // Asked at every period: a hashed set, not a scan of the list's 60 words.
    static TITLES: std::sync::OnceLock<crate::fxhash::FxHashSet<&str>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| TITLES_AND_MONTHS.iter().copied().collect());
    if word.len() <= 6 && titles.contains(word) {
        return false;
    }
    let opener = match next_word.as_bytes().first() {
        // No opening mark to trim (the common case) without `trim_start_matches`' decoding.
        Some(&b) if b < 0x80 && !matches!(b, b'"' | b'\'' | b'(') => next_word,
        _ => next_word.trim_start_matches(['"', '“', '\'', '‘', '(']),
    };
    let mut letters = word.chars();
    let single_initial =
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if single_initial {
        // "wrote on X. He said": a capital letter after a lower-case word, before a word that
        // opens sentences, is a name ("X", "Plan B"), not a person's initial ("by J. Smith").
        let previous = before[..before.len() - word.len()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        return !previous.is_empty()
            && previous.chars().all(|c| c.is_lowercase())
            && !matches!(opener, "A" | "I")
            && SENTENCE_OPENERS.contains(&opener);
    }
    // Dotted abbreviations: "U.S", "a.m", "U.N".
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        return SENTENCE_OPENERS.contains(&opener);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segmentation as it was before the line breaks and terminators were read off
    /// [`Marks`]: a `memchr` search per line and per sentence, kept to check the one-pass
    /// version against.
    mod reference {
        use super::super::{
            line_runs_on, opens_sentence, period_ends_sentence, terminator_at, trim_range, CLOSERS,
            TERMINATORS,
        };
        use std::ops::Range;

        pub(super) fn segmentation(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
            let paragraphs = paragraphs(text);
            let mut sentences = Vec::new();
            for paragraph in &paragraphs {
                split_paragraph(text, paragraph.clone(), &mut sentences);
            }
            (paragraphs, sentences)
        }

        fn ends_with_terminal(line: &str) -> bool {
            line.trim_end()
                .trim_end_matches(CLOSERS)
                .ends_with(|c: char| TERMINATORS.contains(&c) || c == ':')
        }

        fn is_hard_wrapped(lines: &[&str]) -> bool {
            if lines.len() < 3 {
                return false;
            }
            let inner = &lines[..lines.len() - 1];
            let open = inner.iter().filter(|l| !ends_with_terminal(l)).count();
            open * 10 >= inner.len() * 6
        }

        pub(in super::super) fn next_ellipsis(hay: &[u8]) -> Option<usize> {
            let mut from = 2;
            while let Some(i) = hay.get(from..).and_then(|rest| memchr::memchr(0xA6, rest)) {
                let end = from + i;
                if hay[end - 2..end] == [0xE2, 0x80] {
                    return Some(end - 2);
                }
                from = end + 1;
            }
            None
        }

        pub(super) fn paragraphs(text: &str) -> Vec<Range<usize>> {
            // Room for a paragraph per ~250 bytes of news text.
            let mut out = Vec::with_capacity(text.len() / 250 + 4);
            let mut start = 0;
            let mut line_start = 0;
            let push = |out: &mut Vec<Range<usize>>, range: Range<usize>| {
                let trimmed = trim_range(text, range);
                if !trimmed.is_empty() {
                    out.push(trimmed);
                }
            };
            for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
                let line = &text[line_start..i];
                if line.trim().is_empty() && line_start > start {
                    push(&mut out, start..line_start);
                    start = i + 1;
                } else if line.trim().is_empty() {
                    start = i + 1;
                }
                line_start = i + 1;
            }
            push(&mut out, start..text.len());
            out
        }

        fn split_paragraph(text: &str, paragraph: Range<usize>, out: &mut Vec<Range<usize>>) {
            let body = &text[paragraph.clone()];
            if memchr::memchr(b'\n', body.as_bytes()).is_none() {
                // One line (most paragraphs): what the loop below does for it, without the list.
                let trimmed = trim_range(text, paragraph);
                if !trimmed.is_empty() {
                    split_sentences(text, trimmed, out);
                }
                return;
            }
            // `body.split('\n')`, with the memchr crate's search (the standard library's is slower).
            let mut lines: Vec<&str> = Vec::new();
            let mut from = 0;
            for i in memchr::memchr_iter(b'\n', body.as_bytes()) {
                lines.push(&body[from..i]);
                from = i + 1;
            }
            lines.push(&body[from..]);
            if is_hard_wrapped(&lines) {
                split_sentences(text, paragraph, out);
                return;
            }
            let (mut unit_start, mut line_start) = (paragraph.start, paragraph.start);
            for (i, line) in lines.iter().enumerate() {
                let end = line_start + line.len();
                line_start = end + 1;
                if lines
                    .get(i + 1)
                    .is_some_and(|next| line_runs_on(line, next))
                {
                    continue;
                }
                let trimmed = trim_range(text, unit_start..end);
                unit_start = line_start;
                if !trimmed.is_empty() {
                    split_sentences(text, trimmed, out);
                }
            }
        }

        fn split_sentences(text: &str, unit: Range<usize>, out: &mut Vec<Range<usize>>) {
            let mut start = unit.start;
            let bytes = text.as_bytes();
            let mut at = unit.start;
            // Terminators are ASCII or '…': jump between them with memchr and memmem instead of
            // decoding every character. ('…' is searched whole: stopping at every 0xE2 byte stopped at
            // every curly quote and apostrophe of news copy.)
            // Both next candidates are kept until passed: an ellipsis after two periods is not
            // searched for again.
            let mut next_e2 = None;
            let mut next_ascii = None;
            while at < unit.end {
                let hay = &bytes[at..unit.end];
                if next_e2.is_none_or(|e| e < at) {
                    next_e2 = Some(next_ellipsis(hay).map_or(unit.end, |i| at + i));
                }
                if next_ascii.is_none_or(|e| e < at) {
                    next_ascii =
                        Some(memchr::memchr3(b'.', b'!', b'?', hay).map_or(unit.end, |i| at + i));
                }
                at = next_ascii
                    .unwrap_or(unit.end)
                    .min(next_e2.unwrap_or(unit.end));
                if at >= unit.end {
                    break;
                }
                let Some(c) = terminator_at(text, at) else {
                    at += 1;
                    continue;
                };
                // Swallow repeated terminators and closing quotes/brackets: `?!”)`.
                let mut end = at + c.len_utf8();
                while let Some(next) = text[end..unit.end].chars().next() {
                    if TERMINATORS.contains(&next) || CLOSERS.contains(&next) {
                        end += next.len_utf8();
                    } else {
                        break;
                    }
                }
                let terminator_at = at;
                at = end;
                // Any Unicode space may follow the terminator: news copy often has a no-break space
                // (U+00A0) or a narrow one after a full stop.
                let spaced = end < unit.end
                    && (bytes[end].is_ascii_whitespace()
                        || (bytes[end] >= 0x80
                            && text[end..unit.end]
                                .chars()
                                .next()
                                .is_some_and(char::is_whitespace)));
                if !spaced {
                    continue;
                }
                let rest = text[end..unit.end].trim_start();
                let next_word: &str = rest
                    .split(|ch: char| ch.is_whitespace())
                    .next()
                    .unwrap_or("");
                if !opens_sentence(next_word) {
                    continue;
                }
                if c == '.' && !period_ends_sentence(&text[start..terminator_at], next_word) {
                    continue;
                }
                let sentence = trim_range(text, start..end);
                if !sentence.is_empty() {
                    out.push(sentence);
                }
                start = end;
            }
            let last = trim_range(text, start..unit.end);
            if !last.is_empty() {
                out.push(last);
            }
        }
    }

    #[test]
    fn ellipsis_search_agrees_with_memmem() {
        // Pieces sharing the ellipsis's bytes ('¦' is C2 A6, curly quotes open with E2 80), at
        // every place of short texts.
        let pieces = [
            "…", "¦", "“", "”", "’", "—", "a", ".", "\u{2027}", "\u{20A6}",
        ];
        let mut rng = crate::testutil::Xorshift(0x1234_5678_9abc_def1);
        for _ in 0..20_000 {
            let n = rng.below(12);
            let text = rng.concat(&pieces, n);
            let bytes = text.as_bytes();
            for from in (0..=bytes.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    reference::next_ellipsis(&bytes[from..]),
                    memchr::memmem::find(&bytes[from..], "…".as_bytes()),
                    "{text:?} from {from}"
                );
            }
        }
    }

    /// The AVX2 masks against the SSE2 ones (and both against the bytes) on random blocks of
    /// every length up to 64 of the marked bytes and their neighbours.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_block_marks_agree_with_the_sse2_marks() {
        if !has_avx2() {
            return;
        }
        let alphabet = [
            b'.', b'!', b'?', b'\n', 0xA6, 0xE2, 0x80, b'a', b' ', 0, b'-', b'/', 0xA5,
        ];
        let mut rng = crate::testutil::Xorshift(0x0a5c_11e5_7a2b_0001);
        for round in 0..20_000 {
            // Half of the blocks whole (the AVX2 masks' only size), the rest of any length.
            let len = if round % 2 == 0 { 64 } else { rng.below(65) };
            let block: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let expected = block
                .iter()
                .enumerate()
                .fold((0, 0, 0), |(n, s, a), (i, &b)| {
                    (
                        n | u64::from(b == b'\n') << i,
                        s | u64::from(matches!(b, b'.' | b'!' | b'?')) << i,
                        a | u64::from(b == 0xA6) << i,
                    )
                });
            assert_eq!(block_marks(&block), expected, "{block:?}");
            if let Ok(whole) = <&[u8; 64]>::try_from(block.as_slice()) {
                // SAFETY: the CPU has AVX2 (checked above).
                assert_eq!(unsafe { block_marks_avx2(whole) }, expected, "{block:?}");
            }
        }
    }

    #[test]
    fn one_pass_segmentation_agrees_with_the_memchr_searches() {
        let check = |text: &str| {
            let seg = Segmentation::new(text);
            let (paragraphs, sentences) = reference::segmentation(text);
            assert_eq!(seg.paragraphs, paragraphs, "{text:?}");
            assert_eq!(seg.sentences, sentences, "{text:?}");
        };
        for text in crate::testutil::seed_and_hard_files() {
            check(&text);
        }
        // Short pieces of what the splits look at, at every place of texts long enough to
        // span several 64-byte blocks: terminators, closers, spaces of every kind, line
        // breaks, titles, initials, the bytes of '…' alone and in other characters.
        let pieces = [
            ".", "!", "?", "…", "...", "\n", "\n\n", "\r\n", " ", "  ", "\t", "\u{a0}", "\u{202f}",
            "\u{b}", "”", "’", ")", "\"", "'", "*", "»", "¦", "\u{2027}", "“", "(", ":", "The",
            "the", "He", "A", "I", "U.S.", "Mr", "Gen", "J", "X", "said", "a.m", "2.4", "word",
            "Ünal", "é",
        ];
        let mut rng = crate::testutil::Xorshift(0x5e67_0a11_2b3c_4d5e);
        for _ in 0..4_000 {
            let n = rng.below(120);
            let text = rng.concat(&pieces, n);
            check(&text);
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        Segmentation::new(text)
            .sentences
            .iter()
            .map(|r| &text[r.clone()])
            .collect()
    }

    #[test]
    fn titles_and_months_are_short() {
        // `period_ends_sentence` asks the set only for words of up to six bytes.
        assert!(TITLES_AND_MONTHS.iter().all(|w| w.len() <= 6));
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("Mr. Korybko met Dr. J. Smith at 10 a.m. on Nov. 5 and paid $2.4 billion. Then he left."),
            ["Mr. Korybko met Dr. J. Smith at 10 a.m. on Nov. 5 and paid $2.4 billion.", "Then he left."]
        );
    }

    #[test]
    fn a_capital_letter_named_after_a_lower_case_word_ends_the_sentence() {
        assert_eq!(
            sentences("Mujahid wrote on X. He said more. It was written by J. K. Rowling. They met J. Smith."),
            ["Mujahid wrote on X.", "He said more.", "It was written by J. K. Rowling.", "They met J. Smith."]
        );
    }

    #[test]
    fn dotted_abbreviation_ends_sentence_before_an_opener() {
        assert_eq!(
            sentences("He relied on the U.S. The talks failed."),
            ["He relied on the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn a_no_break_space_after_a_full_stop_ends_the_sentence() {
        assert_eq!(
            sentences("Talks failed.\u{a0}The army moved.\u{202f}Mr.\u{a0}Khan left."),
            ["Talks failed.", "The army moved.", "Mr.\u{a0}Khan left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“We will act,” he said. “Now.” (The end.) Next"),
            ["“We will act,” he said.", "“Now.”", "(The end.)", "Next"]
        );
    }

    #[test]
    fn lowercase_after_ellipsis_continues() {
        assert_eq!(
            sentences("with the aim … to enhance it."),
            ["with the aim … to enhance it."]
        );
    }

    #[test]
    fn headline_lines_and_blank_lines_break() {
        let text = "Tensions For Kazakhstan\nThe developments continue.\r\n\r\nNew paragraph";
        assert_eq!(
            sentences(text),
            [
                "Tensions For Kazakhstan",
                "The developments continue.",
                "New paragraph"
            ]
        );
        assert_eq!(Segmentation::new(text).paragraphs.len(), 2);
    }

    #[test]
    fn a_line_going_on_in_lower_case_or_inside_a_bracket_is_wrapped() {
        // Two lines are too few to call a paragraph hard-wrapped; the next line's lower-case
        // start or the open bracket says the break is only a wrap.
        assert_eq!(
            sentences("He said the army\nwould attack. Then he left."),
            ["He said the army\nwould attack.", "Then he left."]
        );
        assert_eq!(
            sentences(
                "The exchange opens at 0900 local time (0000\nGMT) to 1500 local.\nTraders said."
            ),
            [
                "The exchange opens at 0900 local time (0000\nGMT) to 1500 local.",
                "Traders said."
            ]
        );
        // A headline's break stays a break: capitalized next line, brackets closed.
        assert_eq!(
            sentences("Kabul blast kills five (updated)\nFive people were killed."),
            [
                "Kabul blast kills five (updated)",
                "Five people were killed."
            ]
        );
        assert_eq!(
            sentences("Bomb attack in Kabul:\nmore to follow"),
            ["Bomb attack in Kabul:", "more to follow"]
        );
    }

    #[test]
    fn hard_wrapped_paragraph_joins_lines() {
        let text = "The bank said it would\nraise rates by half a point\nnext month. Traders\nwere surprised.";
        assert_eq!(
            sentences(text),
            [
                "The bank said it would\nraise rates by half a point\nnext month.",
                "Traders\nwere surprised."
            ]
        );
    }

    /// The byte-wise word and space helpers against the `str` methods they replace, on
    /// random texts of ASCII and Unicode spaces, quotes, brackets, closers and letters.
    #[test]
    fn byte_wise_trims_and_words_agree_with_str_methods() {
        let pieces = [
            " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}",
            "“", "‘", "”", "’", "(", ")", "]", "\"", "'", "*", ".", "!", "?", "…", "»", "a", "Z",
            "é", "É", "ß", "1", ",", ";", ":",
        ];
        let mut rng = crate::testutil::Xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let n = rng.below(12);
            let text = rng.concat(&pieces, n);
            let t = text.as_str();
            let trimmed = t.trim();
            let want = if trimmed.is_empty() {
                0..0
            } else {
                let start = t.len() - t.trim_start().len();
                start..start + trimmed.len()
            };
            assert_eq!(trim_range(t, 0..t.len()), want, "{t:?}");
            assert_eq!(
                skip_spaces(t, 0, t.len()),
                t.len() - t.trim_start().len(),
                "{t:?}"
            );
            assert_eq!(skip_spaces_back(t, 0, t.len()), t.trim_end().len(), "{t:?}");
            let word = t.split(|ch: char| ch.is_whitespace()).next().unwrap_or("");
            assert_eq!(first_word(t), word, "{t:?}");
            let last = t
                .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
                .next()
                .unwrap_or("");
            assert_eq!(last_word(t), last, "{t:?}");
            let opens = match t.chars().next() {
                Some(c) => !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']'),
                None => false,
            };
            assert_eq!(opens_sentence(t), opens, "{t:?}");
            let closer = t
                .chars()
                .next()
                .filter(|c| TERMINATORS.contains(c) || CLOSERS.contains(c))
                .map(char::len_utf8);
            assert_eq!(closer_len(t, 0, t.len()), closer, "{t:?}");
        }
    }

    #[test]
    fn empty_and_whitespace_text_have_no_segments() {
        assert!(Segmentation::new("").sentences.is_empty());
        assert!(Segmentation::new(" \n\n \t").paragraphs.is_empty());
    }
}
