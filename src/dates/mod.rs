//! Dates and times (TIMEX3): finding temporal expressions and normalizing them.
//!
//! One combined, case-insensitive, anchored DFA built from the rows of
//! [`patterns::PATTERNS`] (one pattern per row; determinized by `build.rs` and embedded) is run
//! from each word boundary whose first two bytes can begin a match, in text order; the first
//! start that matches is the leftmost match (leftmost-first: at one position the first row in
//! the table wins, so compound forms are listed before their parts), and the automaton names
//! its row. Each match is then re-parsed by its own row's anchored pattern for the named
//! parts, checked against its context by [`filter`] (exercise names like `Kaisar-2021`, ages,
//! percentages), and normalized by [`normalize`] against the document date.
//!
//! ```
//! use sitrep::{AnnotationType, Document, Pipeline, Detail};
//! let pipeline = Pipeline::builder().only(&[AnnotationType::Date]).build()?;
//! let doc = Document::from_text("d", " date 2024-11-21 Drills begin in late November.");
//! let out = pipeline.annotate(doc);
//! let values: Vec<String> = out.annotations.iter().map(|a| match &a.detail {
//!     Detail::Date { value, .. } => value.clone(),
//!     _ => unreachable!(),
//! }).collect();
//! assert_eq!(values, ["2024-11-21", "2024-11"]);
//! # Ok::<(), sitrep::Error>(())
//! ```

mod captures;
mod headings;
/// The rows' NFAs as `build.rs` wrote them.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/date_rows.rs"));
}
pub mod filter;
pub mod lexicon;
pub mod normalize;
pub mod patterns;
// Its writer half runs in build.rs (and in the tests).
#[allow(dead_code)]
mod rownfa;
pub mod tense;

use std::sync::{Mutex, OnceLock};

use regex::{Regex, RegexBuilder};
use regex_automata::dfa::{dense, Automaton};
use regex_automata::util::primitives::{NonMaxUsize, StateID};
use regex_automata::util::start;
use regex_automata::Anchored;

use crate::extract::{Context, Extractor};
use crate::model::{Anchor, Annotation, AnnotationType, Detail, Name};
use captures::{Memo, ParseCache, Parser};
use normalize::{normalize, Around, Env};
use patterns::{Kind, PATTERNS};
use tense::{tense_at, Tense};

struct Row {
    id: &'static str,
    kind: Kind,
    /// The row's own pattern (blocks expanded, anchored at both ends, with its named groups),
    /// its NFA compiled by `build.rs` ([`rownfa`]), loaded on the row's first match
    /// ([`Row::parser`]). Compiling the patterns here was ~1.5 M instructions a row.
    parse: OnceLock<Parser>,
    /// The row's place in [`PATTERNS`] (and in the embedded NFAs).
    index: usize,
    /// `dates/<id>`, shared by every annotation of the row.
    rule: Name,
}

impl Row {
    /// The row's compiled pattern (compiled on first use).
    fn parser(&self) -> &Parser {
        self.parse.get_or_init(|| {
            rownfa::row(embedded::ROW_NFAS, self.index)
                .and_then(rownfa::decode)
                .and_then(Parser::from_nfa)
                // The NFAs are constant, checked against their patterns by a unit test.
                .unwrap_or_else(|e| panic!("date row {} does not load: {e}", self.id))
        })
    }
}

/// The combined automaton of the rows, a dense DFA determinized and serialized by `build.rs`
/// (the rows behind an ASCII word boundary, without their group names, leftmost-first,
/// anchored starts only). Determinizing it at start-up took ~150 M instructions (the
/// patterns' parse and Thompson compile, then the states the start tables need); reading it
/// back copies nothing.
static AUTOMATON: &Aligned<[u8]> =
    &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/dates.dfa")));

/// Bytes aligned for the `u32` transition table of a serialized DFA.
#[repr(C, align(4))]
struct Aligned<B: ?Sized>(B);

/// Extracts dates and times (timex3).
pub struct DateExtractor {
    /// All rows in one anchored DFA (pattern `i` is row `i`, leftmost-first in table order):
    /// run only from candidate starts, it gives the row and the end of the match.
    starts: dense::DFA<&'static [u32]>,
    /// Which first two bytes can begin a match, after a word byte (`[1]`) or not (`[0]`): a bit
    /// per pair, read off the automaton itself, so most word starts cost no search.
    pairs: Box<[[u64; 1024]; 2]>,
    /// Which first three bytes can begin a match, by their [`CODE`]s (a bit per code triple,
    /// either context): a superset of the live triples, read off the automaton like `pairs`.
    /// Words like "and", "to", "Pakistan" pass the pairs but die at their third byte.
    triples: Box<[u64; 4096]>,
    /// The bytes that can open a match right after a word byte (read off `pairs`).
    after_word: ByteSet,
    /// Spare search state (one per thread at a time).
    caches: Mutex<Vec<Scratch>>,
    rows: Vec<Row>,
}

/// A thread's search state: each row's parser cache (made on first use) and the slot buffer
/// for a row's groups.
struct Scratch {
    rows: Vec<Option<ParseCache>>,
    slots: Vec<Option<NonMaxUsize>>,
    /// The thread's last row searches, by row and matched text.
    memo: Memo,
    /// Word starts where the automaton died.
    dead: DeadEnds,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            rows: Vec::new(),
            slots: Vec::new(),
            memo: Memo::default(),
            dead: DeadEnds::default(),
        }
    }
}

impl Default for DateExtractor {
    fn default() -> Self {
        Self::new()
    }
}

fn build(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        // The patterns are a constant table, checked by a unit test.
        .unwrap_or_else(|e| panic!("date pattern does not compile: {e}"))
}

/// An ASCII word byte, as `(?-u:\b)` sees it.
fn is_word(b: u8) -> bool {
    WORD[usize::from(b)]
}

/// A byte's code for the three-byte table: one per ASCII letter (either case), digit and `_`,
/// one each for the frequent spaces, punctuation and UTF-8 bytes of news text, and 0 for every
/// other byte. Codes are below 64, so a triple of them indexes [`DateExtractor::triples`].
static CODE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = 1 + i as u8;
        i += 1;
    }
    i = 0;
    while i < 26 {
        table[b'a' as usize + i] = 11 + i as u8;
        table[b'A' as usize + i] = 11 + i as u8;
        i += 1;
    }
    table[b'_' as usize] = 37;
    let others = b" \n\t-,.'/:()\";&$%\r\xe2\x80\x99\xc2\xa0\x9c\x9d\x94\x93";
    i = 0;
    while i < others.len() {
        table[others[i] as usize] = 38 + i as u8;
        i += 1;
    }
    table
};

/// The index of a code triple in [`DateExtractor::triples`].
fn triple(b1: u8, b2: u8, b3: u8) -> usize {
    usize::from(CODE[usize::from(b1)]) << 12
        | usize::from(CODE[usize::from(b2)]) << 6
        | usize::from(CODE[usize::from(b3)])
}

/// Bit `i` set where `block[i]` is an ASCII word byte (`block` at most 64 bytes).
fn word_bits(block: &[u8]) -> u64 {
    crate::wordmask::block_bits(block, crate::wordmask::WORD_MASK16, |b| {
        WORD[usize::from(b)]
    })
}

/// A set of bytes whose members in a block come as a bit mask: compared one by one with SSE2
/// when the set is small, else every byte is reported (a superset is always safe here).
struct ByteSet {
    members: Vec<u8>,
    /// The members repeated to four when there are one to four of them, for the AVX2 mask
    /// (a fixed count of compares, unrolled).
    four: Option<[u8; 4]>,
}

impl ByteSet {
    /// The largest set compared byte by byte; a larger one reports every byte.
    const MAX: usize = 8;

    fn new(members: Vec<u8>) -> ByteSet {
        let four = (1..=4)
            .contains(&members.len())
            .then(|| std::array::from_fn(|i| members[i % members.len()]));
        ByteSet { members, four }
    }

    /// Bit `i` set where `block[i]` may be in the set (`block` at most 64 bytes).
    fn bits(&self, block: &[u8]) -> u64 {
        if self.members.len() > Self::MAX {
            return u64::MAX;
        }
        #[cfg(target_arch = "x86_64")]
        if let Ok(block) = <&[u8; 64]>::try_from(block) {
            let mut bits = 0u64;
            for (k, chunk) in block.chunks_exact(16).enumerate() {
                bits |= u64::from(eq_any16(chunk, &self.members)) << (16 * k);
            }
            return bits;
        }
        block.iter().enumerate().fold(0, |bits, (i, b)| {
            bits | u64::from(self.members.contains(b)) << i
        })
    }
}

/// Bit `i` set where `chunk[i]` is one of `members` (sixteen bytes, SSE2).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn eq_any16(chunk: &[u8], members: &[u8]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_setzero_si128,
    };
    assert!(chunk.len() >= 16);
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads sixteen bytes of
    // `chunk`, which has at least that many (asserted above).
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let mut any = _mm_setzero_si128();
        for &m in members {
            any = _mm_or_si128(any, _mm_cmpeq_epi8(v, _mm_set1_epi8(m as i8)));
        }
        _mm_movemask_epi8(any) as u32
    }
}

/// Word bytes (ASCII letters, digits, `_`) as a table, for the candidate walk.
static WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    table
};

impl DateExtractor {
    /// Loads the embedded automaton and reads its start tables (each row's own pattern is
    /// compiled on the row's first match).
    pub fn new() -> Self {
        let mut rows = Vec::with_capacity(PATTERNS.len());
        for (index, (id, kind, _)) in PATTERNS.iter().enumerate() {
            rows.push(Row {
                id,
                kind: *kind,
                parse: OnceLock::new(),
                index,
                rule: format!("dates/{id}").into(),
            });
        }
        // SAFETY: the bytes come directly from `dense::DFA::to_bytes_*` of the same crate
        // version (build.rs, one `regex-automata` in Cargo.lock), the case `from_bytes_unchecked`
        // documents as safe; `embedded_automaton_is_valid` checks them with `from_bytes`. The
        // check at start-up walked every transition (~13 M instructions per process).
        let (starts, _) = unsafe { dense::DFA::from_bytes_unchecked(&AUTOMATON.0) }
            .unwrap_or_else(|e| panic!("date automaton does not load: {e}"));
        assert_eq!(starts.pattern_len(), rows.len(), "date automaton is stale");
        let (pairs, triples) = start_tables(&starts);
        let after_word = ByteSet::new(
            (0..=255u8)
                .filter(|&b| pairs[1][usize::from(b) << 2..][..4].iter().any(|&w| w != 0))
                .collect(),
        );
        DateExtractor {
            starts,
            pairs,
            triples,
            after_word,
            caches: Mutex::new(Vec::new()),
            rows,
        }
    }

    /// The first match at or after `pos` (leftmost, then the first row in table order):
    /// `(start, end, row)`. The same as one unanchored search of all rows, but the automaton
    /// runs only from word boundaries whose first two and three bytes can begin a match. The
    /// boundaries come from 64-byte masks of word bytes, not a byte loop.
    fn next_match(
        &self,
        text: &str,
        pos: usize,
        dead: &mut DeadEnds,
    ) -> Option<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut prev_word = pos > 0 && is_word(bytes[pos - 1]);
        // Both masks of a full block in one AVX2 pass when the CPU has it (half the compares
        // of the SSE2 chunks); a small opener set is compared byte by byte.
        #[cfg(target_arch = "x86_64")]
        let avx2 = self
            .after_word
            .four
            .filter(|_| std::arch::is_x86_feature_detected!("avx2"));
        let (triples, pairs_after_word) = (&*self.triples, &self.pairs[1]);
        let mut base = pos;
        while base < n {
            let len = (n - base).min(64);
            let block = &bytes[base..base + len];
            #[cfg_attr(not(target_arch = "x86_64"), allow(unused_mut))]
            let mut openers = None;
            #[cfg(target_arch = "x86_64")]
            let words = match (<&[u8; 64]>::try_from(block), &avx2) {
                (Ok(full), Some(four)) => {
                    // SAFETY: AVX2 was detected on this CPU above.
                    let (words, members) =
                        unsafe { crate::wordmask::word_and_member_bits_avx2(full, four) };
                    openers = Some(members);
                    words
                }
                _ => word_bits(block),
            };
            #[cfg(not(target_arch = "x86_64"))]
            let words = word_bits(block);
            // A boundary wherever a byte's word-ness differs from the byte before it.
            let mut edges = words ^ (words << 1 | u64::from(prev_word));
            if len < 64 {
                edges &= (1u64 << len) - 1;
            }
            prev_word = words >> (len - 1) & 1 == 1;
            // After a word, only a few bytes can open a match (an apostrophe, say): the other
            // word ends go in one step.
            let ends = edges & !words;
            if ends != 0 {
                let openers = openers.unwrap_or_else(|| self.after_word.bits(block));
                edges = edges & words | ends & openers;
            }
            // A start's three bytes lie inside these 66 when the text has them: read with no
            // bounds test per start.
            let window = bytes
                .get(base..base + 66)
                .and_then(|w| <&[u8; 66]>::try_from(w).ok());
            while edges != 0 {
                let i = edges.trailing_zeros() as usize;
                edges &= edges - 1;
                let at = base + i;
                // At a boundary the byte before is a word byte exactly when this one is not.
                let context = usize::from(words >> i & 1 == 0);
                let could = match window {
                    Some(window) => could_start_in(triples, pairs_after_word, window, i, words),
                    None => self.could_start(bytes, at, context),
                };
                if !could {
                    continue;
                }
                // A word start whose bytes already led the automaton to its dead state.
                if context == 0 && dead.rejects(bytes, at) {
                    continue;
                }
                match self.anchored_at(bytes, at) {
                    Run::Match(end, row) => return Some((at, end, row)),
                    Run::Died(last) if context == 0 => dead.remember(bytes, at, last),
                    _ => {}
                }
            }
            base += len;
        }
        None
    }

    /// Whether a match can start at `at` (after a word byte if `context` is 1), by its first
    /// three bytes (by code) and first two (exact); near the end of the text, the automaton
    /// decides.
    #[inline]
    fn could_start(&self, bytes: &[u8], at: usize, context: usize) -> bool {
        // One bounds test for the three bytes away from the end of the text.
        let (b1, b2) = match bytes.get(at..) {
            Some(&[b1, b2, b3, ..]) => {
                let t = triple(b1, b2, b3);
                if self.triples[t >> 6] & (1 << (t & 63)) == 0 {
                    return false;
                }
                // After a non-word byte the pair test turns away almost nothing the triple
                // test let through (13 of 99,911 starts over the generated `000`): the
                // automaton or the dead-end memory answers those few.
                if context == 0 {
                    return true;
                }
                (b1, b2)
            }
            Some(&[b1, b2]) => (b1, b2),
            _ => return true,
        };
        let i = usize::from(b1) << 8 | usize::from(b2);
        self.pairs[context][i >> 6] & (1 << (i & 63)) != 0
    }

    /// The match starting at `p` (leftmost-first: the first row in table order, and that
    /// row's preferred end): `(end, row)`. One step of the DFA per byte until it dies; only
    /// special states (match, dead, quit: the automaton has no accelerated states and no
    /// special start states) are looked at.
    fn anchored_at(&self, bytes: &[u8], p: usize) -> Run {
        let dfa = &self.starts;
        let config = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(p.checked_sub(1).map(|i| bytes[i]));
        // Errors only on quit bytes, which the automaton has none of.
        let Ok(mut sid) = dfa.start_state(&config) else {
            return Run::Other;
        };
        let mut found = None;
        for (at, &b) in bytes.iter().enumerate().skip(p) {
            sid = dfa.next_state(sid, b);
            if dfa.is_special_state(sid) {
                if dfa.is_match_state(sid) {
                    // Matches are reported one byte late: this one ends before `at`.
                    found = Some((at, dfa.match_pattern(sid, 0).as_usize()));
                } else if dfa.is_dead_state(sid) || dfa.is_quit_state(sid) {
                    return match found {
                        Some((end, row)) => Run::Match(end, row),
                        None if dfa.is_dead_state(sid) => Run::Died(at),
                        None => Run::Other,
                    };
                }
            }
        }
        let sid = dfa.next_eoi_state(sid);
        if dfa.is_match_state(sid) {
            found = Some((bytes.len(), dfa.match_pattern(sid, 0).as_usize()));
        }
        match found {
            Some((end, row)) => Run::Match(end, row),
            None => Run::Other,
        }
    }
}

/// [`DateExtractor::could_start`] at `window[i]` (`i` below 64, `words` the block's word
/// mask: a start on a word byte follows a non-word byte), whose three bytes the window holds:
/// the same tests with no bounds test, the context read only after the triple test.
#[inline]
fn could_start_in(
    triples: &[u64; 4096],
    pairs_after_word: &[u64; 1024],
    window: &[u8; 66],
    i: usize,
    words: u64,
) -> bool {
    // `i` is a bit of a 64-bit mask; the mask tells the compiler the reads are in bounds.
    let i = i & 63;
    let (b1, b2, b3) = (window[i], window[i + 1], window[i + 2]);
    let t = triple(b1, b2, b3);
    if triples[t >> 6] & (1 << (t & 63)) == 0 {
        return false;
    }
    if words >> i & 1 == 1 {
        return true;
    }
    let p = usize::from(b1) << 8 | usize::from(b2);
    pairs_after_word[p >> 6] & (1 << (p & 63)) != 0
}

/// How a run of the automaton from one start ended.
enum Run {
    /// The match's end and row.
    Match(usize, usize),
    /// No match: the automaton died on the byte at this offset.
    Died(usize),
    /// No match at the end of the text (or an error the configuration rules out).
    Other,
}

/// A thread's memory of word starts that led the automaton to its dead state without a match
/// ("country", "the Taliban"): the bytes it read, up to and including the one it died on. The
/// outcome depends only on those bytes (every word start after a non-word byte begins in the
/// same state, the patterns having no line anchors), so the same bytes at another word start
/// die the same way; news repeats its words. Direct-mapped by the first eight bytes of the
/// start (kept in a small array of their own, so a miss costs one cache line of it), a new
/// entry replacing an old one: constant work per start on any input.
struct DeadEnds {
    /// The first eight bytes at the start (zero past the end of the text), per slot.
    keys: Box<[u64]>,
    /// The length of the dead run, per slot (0: empty).
    lens: Box<[u8]>,
    /// The run's bytes from the ninth on, per slot.
    tails: Box<[[u8; DeadEnds::CAP - 8]]>,
}

impl Default for DeadEnds {
    fn default() -> Self {
        DeadEnds {
            keys: vec![0; Self::SLOTS].into_boxed_slice(),
            lens: vec![0; Self::SLOTS].into_boxed_slice(),
            tails: vec![[0; Self::CAP - 8]; Self::SLOTS].into_boxed_slice(),
        }
    }
}

impl DeadEnds {
    /// A power of two (the slot is the top bits of a multiplicative hash). 2,048 slots
    /// forgot most of BBC's vocabulary between its repeats (176,000 automaton runs over the
    /// corpus); 32,768 (~1 MB a thread) keep it (106,000 runs), with no loss in wall time.
    const SLOTS: usize = 32768;
    const _POWER_OF_TWO: () = assert!(Self::SLOTS.is_power_of_two());
    /// The longest run remembered.
    const CAP: usize = 32;

    /// The first eight bytes at `at` (zero past the end) and their slot.
    fn key(bytes: &[u8], at: usize) -> (u64, usize) {
        // One bounds test away from the end of the text (a slice pattern, as in `could_start`).
        let key = match bytes.get(at..) {
            Some(&[a, b, c, d, e, f, g, h, ..]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
            _ => {
                let head = bytes.get(at..).unwrap_or(&[]);
                let mut k = [0u8; 8];
                k[..head.len().min(8)].copy_from_slice(&head[..head.len().min(8)]);
                u64::from_le_bytes(k)
            }
        };
        let () = Self::_POWER_OF_TWO;
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::SLOTS.trailing_zeros()))
            as usize;
        (key, slot)
    }

    /// Whether the bytes at `at` (a word start) are a remembered dead run.
    fn rejects(&self, bytes: &[u8], at: usize) -> bool {
        let (key, slot) = Self::key(bytes, at);
        if self.keys[slot] != key {
            return false;
        }
        let len = usize::from(self.lens[slot]);
        // The key holds the first eight bytes (zero-padded only at the end of the text, where
        // the length check below fails for a run that would read past it).
        len > 0
            && at + len <= bytes.len()
            && (len <= 8 || bytes.get(at + 8..at + len) == Some(&self.tails[slot][..len - 8]))
    }

    /// Remembers that the automaton, started at the word start `at`, died on byte `last`.
    fn remember(&mut self, bytes: &[u8], at: usize, last: usize) {
        let Some(run) = bytes.get(at..=last).filter(|r| r.len() <= Self::CAP) else {
            return;
        };
        let (key, slot) = Self::key(bytes, at);
        self.keys[slot] = key;
        self.lens[slot] = run.len() as u8;
        if run.len() > 8 {
            self.tails[slot][..run.len() - 8].copy_from_slice(&run[8..]);
        }
    }
}

/// The start tables of the automaton: which byte pairs (exactly, per context) and which code
/// triples (see [`CODE`]) are not dead from the anchored start. Walked over one byte of each
/// of the automaton's byte classes (the bytes of a class move it alike), then spread to every
/// byte of the class.
#[allow(clippy::type_complexity)]
fn start_tables(dfa: &dense::DFA<&[u32]>) -> (Box<[[u64; 1024]; 2]>, Box<[u64; 4096]>) {
    let classes = dfa.byte_classes();
    let reps: Vec<u8> = classes
        .representatives(..)
        .filter_map(|u| u.as_u8())
        .collect();
    let mut members = vec![Vec::new(); classes.alphabet_len()];
    let mut codes = vec![0u64; classes.alphabet_len()];
    for b in 0..=255u8 {
        let c = usize::from(classes.get(b));
        members[c].push(b);
        codes[c] |= 1 << CODE[usize::from(b)];
    }
    let bits = |mut m: u64| {
        std::iter::from_fn(move || {
            (m != 0).then(|| {
                let i = m.trailing_zeros() as usize;
                m &= m - 1;
                i
            })
        })
    };
    let step = |s: StateID, b| dfa.next_state(s, b);
    let mut pairs = Box::new([[0u64; 1024]; 2]);
    let mut triples = Box::new([0u64; 4096]);
    for (context, before) in [(0, b' '), (1, b'a')] {
        let config = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(Some(before));
        let s0 = dfa
            .start_state(&config)
            .unwrap_or_else(|e| panic!("date automaton: {e}"));
        for &r1 in &reps {
            let s1 = step(s0, r1);
            if dfa.is_dead_state(s1) {
                continue;
            }
            let c1 = usize::from(classes.get(r1));
            for &r2 in &reps {
                let s2 = step(s1, r2);
                if dfa.is_dead_state(s2) {
                    continue;
                }
                let c2 = usize::from(classes.get(r2));
                for &b1 in &members[c1] {
                    for &b2 in &members[c2] {
                        let i = usize::from(b1) << 8 | usize::from(b2);
                        pairs[context][i >> 6] |= 1 << (i & 63);
                    }
                }
                for &r3 in &reps {
                    if dfa.is_dead_state(step(s2, r3)) {
                        continue;
                    }
                    let c3 = usize::from(classes.get(r3));
                    for f1 in bits(codes[c1]) {
                        for f2 in bits(codes[c2]) {
                            for f3 in bits(codes[c3]) {
                                let t = f1 << 12 | f2 << 6 | f3;
                                triples[t >> 6] |= 1 << (t & 63);
                            }
                        }
                    }
                }
            }
        }
    }
    (pairs, triples)
}

/// How far back (bytes) a mention of a quarter makes "a year ago" mean a quarter.
const QUARTER_WINDOW: usize = 400;

/// How far back (bytes, within the sentence) an amount compared with "last year" may be.
const COMPARISON_WINDOW: usize = 120;

/// How far back (bytes, within the sentence) "first" or a superlative makes "in five years" a
/// duration.
const SPAN_CUE_WINDOW: usize = 100;

/// Whether the bare year at `start..end` belongs to a name (see [`filter::year_in_name`],
/// [`filter::model_year`], [`filter::resolution_year`]), or
/// repeats, in any case, a name-year pair seen earlier in the document.
fn is_named_year<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    names: &mut Vec<(String, &'t str)>,
) -> bool {
    let year = &text[start..end];
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if filter::model_year(text, start, end) || filter::resolution_year(text, start, end) {
        return true;
    }
    let Some(token) = filter::token_before_year(text, start) else {
        return false;
    };
    if filter::year_in_name(text, start) {
        if names.len() < MAX_NAMES {
            names.push((token.to_lowercase(), year));
        }
        return true;
    }
    names
        .iter()
        .any(|(n, y)| *y == year && n.eq_ignore_ascii_case(token))
}

/// "April 24 and 25": the second day, after a month-day annotation ending at `end`, with the
/// first one's month and year.
fn conjoined_day(cx: &Context<'_>, first: &Annotation, end: usize) -> Option<Annotation> {
    static CONJ: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let conj = CONJ.get_or_init(|| {
        build(
            r"^[ \t]+(?:and|or)[ \t]+(?P<d>(?P<n>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)(?-u:\b)",
        )
    });
    let Detail::Date { value, anchor } = &first.detail else {
        return None;
    };
    let text = cx.text();
    let caps = conj.captures(text.get(end..)?)?;
    let (d, n) = (caps.name("d")?, caps.name("n")?);
    // Followed by punctuation or a function word: "24 and 25, 1999", "24 and 25 in Washington",
    // never "24 and 25 people".
    let after = text.get(end + d.end()..)?.trim_start_matches([' ', '\t']);
    let next_word = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let closes = after.is_empty()
        || after.starts_with(['.', ',', ';', ':', ')', '\n'])
        || lexicon::AFTER_CONJOINED_DAY
            .iter()
            .any(|w| w.eq_ignore_ascii_case(next_word));
    let day: u32 = n.as_str().parse().ok()?;
    let prefix = value.get(..8).filter(|_| value.len() == 10)?;
    let month: u32 = prefix.get(5..7)?.parse().ok()?;
    let valid = match prefix.get(..4)?.parse::<i32>() {
        Ok(y) => chrono::NaiveDate::from_ymd_opt(y, month, day).is_some(),
        Err(_) => chrono::NaiveDate::from_ymd_opt(2000, month, day).is_some(),
    };
    (closes && valid).then(|| Annotation {
        span: cx.doc.span(end + d.start()..end + d.end()),
        label: first.label.clone(),
        rule: Name::from_static("dates/conjoined_day"),
        detail: Detail::Date {
            value: format!("{prefix}{day:02}"),
            anchor: *anchor,
        },
    })
}

/// What the text named last, for anaphors.
#[derive(Default)]
struct Refs {
    /// The year (and month) of the last date with a year ("later that year").
    year: Option<(i32, Option<u32>)>,
    /// The last day ("the next morning", "the previous Friday").
    day: Option<chrono::NaiveDate>,
}

/// How many name-year pairs a document remembers (keeps the check linear).
const MAX_NAMES: usize = 32;

fn next_boundary(text: &str, mut i: usize) -> usize {
    i += 1;
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

impl Extractor for DateExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Date
    }
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
        let text = cx.text();
        let env = Env {
            dct: cx.doc.date.value,
            order: cx.options.date_order,
        };
        // Names found glued to a year ("Friendship 2017"): the same name later in the document
        // is a name even where the rule cannot see it ("drills friendship 2017").
        let mut names: Vec<(String, &str)> = Vec::new();
        // The last year (and month) named, for anaphors ("later that year").
        let mut refs = Refs::default();
        let first = out.len();
        let mut scratch = self
            .caches
            .lock()
            .ok()
            .and_then(|mut spare| spare.pop())
            .unwrap_or_else(Scratch::new);
        let mut pos = 0;
        while pos < text.len() {
            let Some((start, end, row)) = self.next_match(text, pos, &mut scratch.dead) else {
                break;
            };
            let row = Some(row).filter(|&i| {
                self.rows[i].id != "year" || !is_named_year(text, start, end, &mut names)
            });
            let accepted =
                row.and_then(|i| self.annotate(cx, &env, i, start, end, &refs, &mut scratch));
            match accepted {
                Some(a) => {
                    if let Detail::Date {
                        value,
                        anchor: Anchor::Absolute | Anchor::Document,
                    } = &a.detail
                    {
                        if let Some(y) = value.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                            let m = value.get(5..7).and_then(|m| m.parse::<u32>().ok());
                            refs.year = Some((y, m.filter(|m| (1..=12).contains(m))));
                        }
                        // A bare clock time's day is provisional (the sentence's day replaces
                        // it below), so it names no day.
                        let provisional = BARE_CLOCK_RULES.contains(&a.rule.as_str());
                        // "said on Friday" dates the report, not the story's last event: "the
                        // next morning" counts from the event's day.
                        let reported = reporting_day(text, a.span.byte_start);
                        if let Some(d) = day_of(value)
                            .filter(|_| !provisional && !reported)
                            .and_then(day_date)
                        {
                            refs.day = Some(d);
                        }
                    }
                    pos = end.max(next_boundary(text, start));
                    let second = row
                        .filter(|&i| self.rows[i].kind == Kind::MonthDay)
                        .and_then(|_| conjoined_day(cx, &a, end))
                        .or_else(|| headings::part_of_day_after(cx, &a));
                    out.push(a);
                    if let Some(b) = second {
                        pos = pos.max(b.span.byte_end);
                        out.push(b);
                    }
                }
                None => pos = next_boundary(text, start),
            }
        }
        if let Ok(mut spare) = self.caches.lock() {
            spare.push(scratch);
        }
        anchor_clocks(cx, &mut out[first..]);
        habitual_clocks(cx, &mut out[first..]);
    }
}

/// Rows of a clock time proper ("8 a.m.", "1530 hrs", "noon"), not a part of the day.
const CLOCK_TIME_RULES: &[&str] = &[
    "dates/clock",
    "dates/clock_words",
    "dates/clock24",
    "dates/clock_hhmm",
    "dates/clock_hhmm_hours",
    "dates/clock24_after_preposition",
    "dates/noon",
];

/// The day pattern of a SET that recurs by the day or by a weekday ("every night" →
/// `XXXX-XX-XX`, "daily" → `XXXX-XX-XX`, "on Fridays" → `XXXX-WXX-5`); `None` for longer
/// periods ("annually", "every month"), on which a clock time names no habitual hour.
fn daily_pattern(value: &str) -> Option<&str> {
    if value == "P1D" {
        return Some("XXXX-XX-XX");
    }
    if value.starts_with("XXXX-XX-XX") {
        return value.get(..10);
    }
    let day = value.get(..10)?;
    (day.starts_with("XXXX-WXX-") && day.as_bytes()[9].is_ascii_digit()).then_some(day)
}

/// Words that make a range of clock times a schedule kept every day ("banks open from 8 A.M.
/// until noon", "the exchange opens from 0900 local time to 1500", "trading hours will
/// expand to between 0720 and 1515"), matched whole and case-blind in the sentence.
const HABITUAL_WORDS: &[&str] = &[
    "open",
    "opens",
    "work",
    "works",
    "operate",
    "operates",
    "hours",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "weekdays",
    "weekends",
];

/// Whether sentence `s` holds one of [`HABITUAL_WORDS`] (outside a clock time: "2300 hours"
/// is no schedule word, so "hours" counts only after a letter word: "trading hours").
fn habitual_sentence(cx: &Context<'_>, s: usize) -> bool {
    let Some(text) = cx
        .segments
        .sentences
        .get(s)
        .and_then(|r| cx.text().get(r.clone()))
    else {
        return false;
    };
    let mut prev = "";
    for w in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let listed = HABITUAL_WORDS.iter().any(|h| h.eq_ignore_ascii_case(w));
        let hours_after_a_word =
            !w.eq_ignore_ascii_case("hours") || prev.bytes().all(|b| b.is_ascii_alphabetic());
        if listed && hours_after_a_word {
            return true;
        }
        prev = w;
    }
    false
}

/// Whether clock time `i` is an end of a range of clock times in one sentence ("from 8 A.M.
/// until noon", "between 1900 and 2300 hours", "from 0900 local time (0000 GMT) to 1500"):
/// "from"/"between" before the first, "to"/"until"/"till"/"and" between the two, and the
/// same time in another zone in brackets may stand beside either.
fn in_clock_range(text: &str, found: &[Annotation], i: usize) -> bool {
    let clock = |j: usize| {
        found
            .get(j)
            .is_some_and(|a| CLOCK_TIME_RULES.contains(&a.rule.as_str()))
    };
    let word_before = |at: usize| {
        let before = text.get(..at).unwrap_or("").trim_end();
        let before = before
            .strip_suffix("about")
            .or_else(|| before.strip_suffix("around"))
            .unwrap_or(before)
            .trim_end();
        let from = before
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        before[from..].to_ascii_lowercase()
    };
    // The pair (first, second): consecutive clock times, a bracketed copy skipped.
    let joined = |a: usize, b: usize| {
        let gap = text
            .get(found[a].span.byte_end..found[b].span.byte_start)
            .unwrap_or("");
        let gap_words = gap
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .filter(|w| !CLOCK_ZONES.iter().any(|z| z.eq_ignore_ascii_case(w)))
            .collect::<Vec<_>>();
        gap.len() <= 40
            && matches!(gap_words.as_slice(), [w] if ["to", "until", "till", "and"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w)))
            && matches!(
                word_before(found[a].span.byte_start).as_str(),
                "from" | "between"
            )
    };
    // The second end of a range `a` opens: the next clock time, or the one after a bracketed
    // copy.
    let end = |a: usize| -> Option<usize> {
        if !clock(a) {
            return None;
        }
        (a + 1..=a + 3).find(|&b| clock(b) && joined(a, b))
    };
    // `i` opens a range, or lies in one that an earlier clock time (or its copy) opened.
    (i.saturating_sub(4)..=i).any(|a| end(a).is_some_and(|b| i <= b))
}

/// "The curfew runs from 10 p.m. to 5 a.m. every night", "submit all orders by 1530 hrs on
/// expiration Fridays": a clock time in a sentence with a daily or weekly SET is a habitual
/// hour, on no one day (TIMEX3 `XXXX-XX-XXT22:00`, `XXXX-WXX-5T15:30`), not the narrated
/// day's or the document's.
fn habitual_clocks(cx: &Context<'_>, found: &mut [Annotation]) {
    let sentence = |a: &Annotation| cx.segments.sentence_index(a.span.byte_start);
    for i in 0..found.len() {
        if !CLOCK_TIME_RULES.contains(&found[i].rule.as_str()) {
            continue;
        }
        let Some(s) = sentence(&found[i]) else {
            continue;
        };
        let same = |a: &&Annotation| sentence(a) == Some(s);
        let set = found[..i]
            .iter()
            .rev()
            .take_while(same)
            .chain(found[i + 1..].iter().take_while(same))
            .filter(|a| a.label.as_str() == "SET")
            .find_map(|a| match &a.detail {
                Detail::Date { value, .. } => daily_pattern(value).map(str::to_string),
                _ => None,
            });
        let set = set.or_else(|| {
            (in_clock_range(cx.text(), found, i) && habitual_sentence(cx, s))
                .then(|| "XXXX-XX-XX".to_string())
        });
        let (Some(day), Detail::Date { value, anchor }) = (set, &mut found[i].detail) else {
            continue;
        };
        let Some(t) = value.find('T') else {
            continue;
        };
        *value = format!("{day}{}", &value[t..]);
        *anchor = Anchor::Absolute;
    }
}

/// Rows whose clock time carries no day of its own (it defaults to the document date).
const BARE_CLOCK_RULES: &[&str] = &[
    "dates/clock",
    "dates/clock_words",
    "dates/clock24",
    "dates/clock_hhmm",
    "dates/clock_hhmm_hours",
    "dates/clock24_after_preposition",
    "dates/noon",
    "dates/mod_part_of_day",
    "dates/mod_in_the_part_of_day",
    "dates/in_the_part_of_day",
    "dates/at_dawn",
];

/// The sentences that make a story's lede (a headline, a dateline and the first sentence):
/// the day named there is the event's day for clock times further on.
const LEDE_SENTENCES: usize = 3;

/// Rows whose day is counted from another day ("the next morning"): not the event's day for a
/// clock time in the same sentence ("left in mid afternoon and returned the next morning").
const RELATIVE_DAY_RULES: &[&str] = &["dates/rel_part_of_day", "dates/anaphor_unit"];

/// The day part of a date value (`2024-09-02`, `XXXX-09-02`, `XXXX-WXX-1`), if it names one.
fn day_of(value: &str) -> Option<&str> {
    let day = value.get(..10)?;
    let b = day.as_bytes();
    let rest_ok = value.len() == 10 || value.as_bytes().get(10) == Some(&b'T');
    let shaped = (b[4] == b'-' && b[7] == b'-' && day[8..].bytes().all(|c| c.is_ascii_digit()))
        && (day[..4].bytes().all(|c| c.is_ascii_digit()) || &day[..4] == "XXXX");
    let weekday = day.starts_with("XXXX-WXX-") && b[9].is_ascii_digit();
    (rest_ok && (shaped && day[5..7].bytes().all(|c| c.is_ascii_digit()) || weekday)).then_some(day)
}

/// The date of a [`day_of`] value: `NaiveDate::parse_from_str(day, "%Y-%m-%d")` for the shapes
/// `day_of` lets through (four digits or `XXXX`, two digits, two digits), read directly
/// instead of through chrono's format parser (test `day_dates_equal_chrono_parse`).
fn day_date(day: &str) -> Option<chrono::NaiveDate> {
    let year = day.get(..4)?.parse().ok()?;
    let month = day.get(5..7)?.parse().ok()?;
    let date = day.get(8..10)?.parse().ok()?;
    chrono::NaiveDate::from_ymd_opt(year, month, date)
}

/// Whether the date at byte `at` is the day of a report ("said on Thursday", "told AFP
/// Thursday"), not of the event.
fn reporting_day(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    lexicon::REPORTING_VERBS
        .iter()
        .any(|v| v.eq_ignore_ascii_case(last))
}

/// Zones written between a four-digit clock time and its day ("1100 hrs EDT on April 14").
const CLOCK_ZONES: &[&str] = &[
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "local", "time",
];

/// Whether the text between a clock time and the next date makes that date the clock time's
/// own day: only "on", a zone and commas ("on", "EDT on", "EST,", "local time" ), nothing
/// that starts another phrase.
fn names_the_clocks_day(gap: &str) -> bool {
    gap.len() <= 24
        && !gap.contains(['.', ';', '(', ')'])
        && gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.eq_ignore_ascii_case("on")
                    || CLOCK_ZONES.iter().any(|z| z.eq_ignore_ascii_case(w))
            })
}

/// "On Monday, police arrived at around 4:30 pm": a clock time in a sentence that names the
/// event's day belongs to that day (the one its own "on" names, "at 6pm on Saturday", else the
/// nearest one before it in the sentence, else after it), not to the document date; a past one
/// with no day in its sentence takes the event's day from the two sentences before.
fn anchor_clocks(cx: &Context<'_>, found: &mut [Annotation]) {
    let sentence = |a: &Annotation| cx.segments.sentence_index(a.span.byte_start);
    for i in 0..found.len() {
        if !BARE_CLOCK_RULES.contains(&found[i].rule.as_str()) {
            continue;
        }
        let Some(s) = sentence(&found[i]) else {
            continue;
        };
        let any_day = |a: &Annotation| -> Option<(String, Anchor)> {
            if BARE_CLOCK_RULES.contains(&a.rule.as_str())
                || RELATIVE_DAY_RULES.contains(&a.rule.as_str())
            {
                return None;
            }
            match &a.detail {
                Detail::Date { value, anchor } => day_of(value).map(|d| (d.to_string(), *anchor)),
                _ => None,
            }
        };
        let candidate = |a: &Annotation| any_day(a).filter(|_| sentence(a) == Some(s));
        // "at 6pm on Saturday", "at 0930 hrs EST April 7", "until 1000 hrs EDT the next
        // day": the day the clock time itself names (after "on", its zone or a comma) comes
        // first, a day counted from another day included.
        // Never across a paragraph break or a chronology heading's line ("Talks begin at 3
        // p.m.\n\nMarch 15, …"); a day after a line break within the sentence is the clock
        // time's own ("until midday\nJune 22.", which the segmenter may split).
        let own = found.get(i + 1).filter(|a| {
            let gap = cx.text().get(found[i].span.byte_end..a.span.byte_start);
            gap.is_some_and(|g| names_the_clocks_day(g) && g.matches('\n').count() < 2)
                && (sentence(a) == Some(s) || !headings::is_heading(cx.text(), found, i + 1))
        });
        let own_day = |a: &Annotation| -> Option<(String, Anchor)> {
            if BARE_CLOCK_RULES.contains(&a.rule.as_str()) {
                return None;
            }
            match &a.detail {
                Detail::Date { value, anchor } => day_of(value).map(|d| (d.to_string(), *anchor)),
                _ => None,
            }
        };
        let before = || {
            found[..i]
                .iter()
                .rev()
                .take_while(|a| sentence(a) == Some(s))
                .find_map(candidate)
        };
        // "Air strikes hit a market late Monday, officials said on Tuesday. The first strike
        // came at about 10 p.m.": a past clock time with no day in its sentence belongs to the
        // day the two sentences before gave the event, not to a day of reporting.
        // Whether the clock time's sentence is in the past, asked once for both readings below.
        let past = std::cell::OnceCell::new();
        let past = || {
            *past.get_or_init(|| {
                let text = cx.text();
                let range = cx.segments.sentences.get(s).cloned();
                let at = found[i]
                    .span
                    .byte_start
                    .checked_sub(range.as_ref().map_or(0, |r| r.start));
                let len = found[i].span.byte_end - found[i].span.byte_start;
                match (range.and_then(|r| text.get(r)), at) {
                    (Some(sentence), Some(at)) => {
                        tense::verb_tense(sentence, at, len) == tense::Tense::Past
                    }
                    _ => false,
                }
            })
        };
        let earlier = || {
            let text = cx.text();
            if !past() {
                return None;
            }
            let dct = cx.doc.date.value;
            found[..i]
                .iter()
                .rev()
                .take_while(|a| sentence(a).is_some_and(|x| x + 2 >= s))
                .filter(|a| !reporting_day(text, a.span.byte_start))
                .filter_map(any_day)
                // A past clock time is not on a day after the document's ("will meet on
                // Friday" two sentences before).
                .find(|(day, _)| dct.is_none() || day_date(day).is_none_or(|d| Some(d) <= dct))
        };
        // "BAMAKO, Sept 18 (AP) — Militants attacked … on Tuesday, killing dozens. … The attack
        // began at about 5 a.m.": further on, a past clock time with no day near it belongs to
        // the day the lede gave the event. The dateline's day is the document date, which the
        // clock time has already.
        let lede = || {
            let text = cx.text();
            if !past() {
                return None;
            }
            let dct = cx.doc.date.value;
            found[..i]
                .iter()
                .take_while(|a| sentence(a).is_some_and(|x| x < LEDE_SENTENCES))
                .filter(|a| !reporting_day(text, a.span.byte_start))
                .filter_map(any_day)
                .find(|(day, _)| dct.is_none() || day_date(day) != dct)
        };
        // "14 March, morning / The minister visits the scene in the evening": under a
        // chronology heading, the nearest day before is the heading's, whatever the tense.
        let heading = || {
            let text = cx.text();
            found[..i]
                .iter()
                .enumerate()
                .rev()
                .find_map(|(j, a)| any_day(a).map(|d| (j, d)))
                .filter(|(j, _)| {
                    headings::is_heading(text, found, *j) || headings::ends_heading(text, found, *j)
                })
                .map(|(_, d)| d)
        };
        let day = own
            .and_then(own_day)
            .or_else(before)
            .or_else(|| {
                // "until about 3.15am, police said on Monday": the day of the report after
                // the clock time is not the event's.
                found[i + 1..]
                    .iter()
                    .take_while(|a| sentence(a) == Some(s))
                    .filter(|a| !reporting_day(cx.text(), a.span.byte_start))
                    .find_map(candidate)
            })
            .or_else(heading)
            .or_else(earlier)
            .or_else(lede);
        let (Some((day, day_anchor)), Detail::Date { value, anchor }) = (day, &mut found[i].detail)
        else {
            continue;
        };
        let Some(t) = value.find('T') else {
            continue;
        };
        if value[..t] != day {
            *value = format!("{day}{}", &value[t..]);
            *anchor = day_anchor;
        }
    }
}

impl DateExtractor {
    #[allow(clippy::too_many_arguments)]
    fn annotate(
        &self,
        cx: &Context<'_>,
        env: &Env,
        i: usize,
        start: usize,
        end: usize,
        refs: &Refs,
        scratch: &mut Scratch,
    ) -> Option<Annotation> {
        let text = cx.text();
        let row = &self.rows[i];
        if !filter::accept(text, start, end, row.id, row.kind) {
            return None;
        }
        if scratch.rows.len() <= i {
            scratch.rows.resize_with(i + 1, || None);
        }
        let parser = row.parser();
        let cache = scratch.rows[i].get_or_insert_with(|| parser.create_cache());
        let hay = &text[start..end];
        if !scratch
            .memo
            .search(i, parser, hay, cache, &mut scratch.slots)
        {
            return None;
        }
        let caps = parser.view(hay, &scratch.slots);
        if !filter::accept_parts(text, start, &caps, row.id) {
            return None;
        }
        let tense = || -> Tense {
            let range = cx
                .segments
                .sentence_index(start)
                .and_then(|i| cx.segments.sentences.get(i).cloned())
                .unwrap_or(start..end);
            let range = range.start.min(start)..range.end.max(end);
            tense_at(&text[range.clone()], start - range.start, end - start)
        };
        let quarter_context = || -> bool {
            let mut from = start.saturating_sub(QUARTER_WINDOW);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            contains_ignore_ascii_case(&text.as_bytes()[from..end], b"quarter")
        };
        let quarter_period = || -> bool {
            let mut from = start.saturating_sub(QUARTER_WINDOW);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            // The period the text last talked about: a quarter, not "the nine months" or "the
            // year" that came after it.
            let window = text[from..start].to_ascii_lowercase();
            let Some(q) = memchr::memmem::rfind(window.as_bytes(), b"quarter") else {
                return false;
            };
            !lexicon::OTHER_PERIODS.iter().any(|p| {
                memchr::memmem::rfind(window.as_bytes(), p.as_bytes()).is_some_and(|i| i > q)
            })
        };
        let comparison_before = || -> bool {
            let sentence_start = cx
                .segments
                .sentence_index(start)
                .and_then(|i| cx.segments.sentences.get(i))
                .map_or(0, |r| r.start.min(start));
            let mut from = start.saturating_sub(COMPARISON_WINDOW).max(sentence_start);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            // Digits are their own lower case: most windows have none, and need no copy.
            if !text.as_bytes()[from..start].iter().any(u8::is_ascii_digit) {
                return false;
            }
            let window = text[from..start].to_ascii_lowercase();
            lexicon::COMPARISON_CUES
                .iter()
                .any(|c| memchr::memmem::find(window.as_bytes(), c.as_bytes()).is_some())
        };
        let span_cue_before = || -> bool {
            let sentence_start = cx
                .segments
                .sentence_index(start)
                .and_then(|i| cx.segments.sentences.get(i))
                .map_or(0, |r| r.start.min(start));
            let mut from = start.saturating_sub(SPAN_CUE_WINDOW).max(sentence_start);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            // The last cue decides: "has said it will hold elections in five years" is ahead.
            text[from..start]
                .split(|c: char| !c.is_ascii_alphabetic())
                .fold(false, |span, w| {
                    if lexicon::span_cue(w) {
                        true
                    } else if tense::is_future_cue(w) {
                        false
                    } else {
                        span
                    }
                })
        };
        let around = Around {
            tense: &tense,
            quarter_context: &quarter_context,
            comparison_before: &comparison_before,
            quarter_period: &quarter_period,
            span_cue_before: &span_cue_before,
            last_ref: refs.year,
            last_day: refs.day,
            ended: {
                let b = text[..start].trim_end_matches([' ', '\t', '\u{a0}', '\n']);
                b.len() >= 6
                    && b.is_char_boundary(b.len() - 6)
                    && b[b.len() - 6..].eq_ignore_ascii_case(" ended")
            },
        };
        let mut t = normalize(row.kind, &caps, env, &around)?;
        if row.kind == Kind::Duration && filter::is_rate(text, start, &caps) {
            t.label = "SET";
        }
        // The extent: what the normalizer chose, else a row's `x` group, else the match.
        let (a, b) = match (&t.extent, caps.name("x")) {
            (Some(r), _) => (start + r.start, start + r.end),
            (None, Some(x)) => (start + x.start(), start + x.end()),
            (None, None) => (start, end),
        };
        Some(Annotation {
            span: cx.doc.span(a..b),
            label: Name::from_static(t.label),
            rule: row.rule.clone(),
            detail: Detail::Date {
                value: t.value,
                anchor: t.anchor,
            },
        })
    }
}

/// Whether `hay` holds `needle` (lower-case ASCII) in any ASCII case: what a search of
/// `hay.to_ascii_lowercase()` answers, without the copy.
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|i| {
        hay.get(i..i + needle.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(needle))
    })
}

/// The seed articles in file-name order, each followed by `separator` (test haystacks).
#[cfg(test)]
fn seeds_joined(separator: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&root)
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut text = String::new();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).expect("seed"));
        text.push_str(separator);
    }
    text
}

#[cfg(test)]
mod tests {
    use crate::model::{DateSource, DocDate};
    use crate::{AnnotationType, Detail, Document, Pipeline};

    /// The embedded automaton (read unchecked at start-up) passes the full check, and has one
    /// pattern per row.
    #[test]
    fn embedded_automaton_is_valid() {
        use regex_automata::dfa::Automaton;
        let (dfa, _) =
            regex_automata::dfa::dense::DFA::from_bytes(&super::AUTOMATON.0).expect("valid DFA");
        assert_eq!(dfa.pattern_len(), super::PATTERNS.len());
    }

    /// The direct read of a day value is chrono's parse, on every shape `day_of` passes.
    #[test]
    fn case_blind_search_agrees_with_a_lower_case_copy() {
        let hays = [
            "",
            "q",
            "Quarter",
            "the QUARTER",
            "quarte",
            "a qUaRtEr b",
            "QQuarterr",
            "é quarter é",
            "\u{212A}quarter",
        ];
        for hay in hays {
            for needle in ["quarter", "q", "r"] {
                let want =
                    memchr::memmem::find(hay.to_ascii_lowercase().as_bytes(), needle.as_bytes())
                        .is_some();
                assert_eq!(
                    super::contains_ignore_ascii_case(hay.as_bytes(), needle.as_bytes()),
                    want,
                    "{hay} {needle}"
                );
            }
        }
    }

    #[test]
    fn day_dates_equal_chrono_parse() {
        let mut values = vec![
            "XXXX-WXX-1".to_string(),
            "XXXX-09-02".to_string(),
            "0000-01-01".to_string(),
            "2024-02-30".to_string(),
            "2023-02-29".to_string(),
            "2024-02-29".to_string(),
            "9999-12-31".to_string(),
        ];
        for y in [1900, 1999, 2000, 2024] {
            for m in 0..=13 {
                for d in 0..=32 {
                    values.push(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
        for v in &values {
            let Some(day) = super::day_of(v) else {
                continue;
            };
            assert_eq!(
                super::day_date(day),
                chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok(),
                "{v}"
            );
        }
    }

    /// Every row's embedded NFA loads (on first use).
    #[test]
    fn every_row_parser_compiles() {
        let x = super::DateExtractor::new();
        for row in &x.rows {
            let _ = row.parser();
        }
    }

    /// The anchored search from candidate starts finds the same (start, end, row) as one
    /// unanchored leftmost-first scan of all rows plus a set naming the row, from every start
    /// position: edge cases (text start and end, `'90s` after a word byte, a no-break space,
    /// a curly apostrophe) and the seeds.
    #[test]
    fn anchored_search_equals_unanchored_scan() {
        use super::patterns::{expand, strip_names, PATTERNS};
        let rows: Vec<String> = PATTERNS
            .iter()
            .map(|(_, _, p)| format!("(?:{})", strip_names(&expand(p))))
            .collect();
        let scanner = super::build(&format!(r"(?-u:\b)(?:{})", rows.join("|")));
        let anchored: Vec<String> = rows.iter().map(|r| format!("^{r}")).collect();
        let set = regex::RegexSetBuilder::new(&anchored)
            .case_insensitive(true)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .expect("set builds");
        let x = super::DateExtractor::new();
        let mut dead = super::DeadEnds::default();
        let reference = |text: &str, pos: usize| {
            scanner.find_at(text, pos).map(|m| {
                let row = set.matches(&text[m.start()..]).iter().next();
                (m.start(), m.end(), row.expect("a row matches"))
            })
        };
        let edge = "2024 in'90s the\u{a0}1990s, the \u{2019}80s and 5\u{a0}p.m. Monday, \
                    March 3, 1999; 10 am\nTuesday xMay 5 tonight";
        let mut found = 0;
        for pos in (0..=edge.len()).filter(|&i| edge.is_char_boundary(i)) {
            let got = x.next_match(edge, pos, &mut dead);
            assert_eq!(got, reference(edge, pos), "at {pos}");
            found += usize::from(got.is_some());
        }
        assert!(found > 10);
        let text = crate::dates::seeds_joined("\n");
        let (mut pos, mut n) = (0, 0);
        while let Some(m) = reference(&text, pos) {
            assert_eq!(x.next_match(&text, pos, &mut dead), Some(m), "at {pos}");
            pos = super::next_boundary(&text, m.0);
            n += 1;
        }
        assert_eq!(x.next_match(&text, pos, &mut dead), None);
        assert!(n > 50, "{n} matches");
    }

    /// The candidate walk (word masks, the pair and triple tables, the dead-run memory) finds
    /// the same matches as the unanchored scan on pseudo-random texts of date words, digits,
    /// common words, punctuation, apostrophes and UTF-8 spaces, cut at every length mod 64.
    /// The AVX2 block masks of the candidate walk equal the SSE2 word mask and the opener
    /// set's byte compares, on random blocks of word bytes, their neighbours in the signed
    /// compares (`/`, `:`, `@`, `[`, `` ` ``, `{`, 0x7F, 0x80, 0xFF), UTF-8 and the openers.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_block_masks_agree_with_the_sse2_masks() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            return;
        }
        let x = super::DateExtractor::new();
        let alphabet: &[u8] = b"aAzZ09_/:@[`{ .'\x7f\x80\xff\xc5\xe2\x99\xc2\xa0\x9d-";
        let mut rng = crate::testutil::Xorshift(0x5eed_1513);
        let mut seen_openers = 0;
        for round in 0..20_000 {
            let mut block = [0u8; 64];
            for b in &mut block {
                *b = if round % 2 == 0 {
                    alphabet[rng.below(alphabet.len())]
                } else {
                    rng.below(256) as u8
                };
            }
            // SAFETY: AVX2 was detected above.
            // The walk's own openers, and random sets of one to four bytes.
            let set = if round % 3 == 0 {
                let n = 1 + rng.below(4);
                super::ByteSet::new((0..n).map(|_| block[rng.below(64)]).collect())
            } else {
                super::ByteSet::new(x.after_word.members.clone())
            };
            let four = set.four.expect("one to four openers");
            let (words, openers) =
                unsafe { crate::wordmask::word_and_member_bits_avx2(&block, &four) };
            assert_eq!(words, super::word_bits(&block), "{block:?}");
            assert_eq!(openers, set.bits(&block), "{block:?} {:?}", set.members);
            seen_openers += usize::from(openers != 0);
        }
        assert!(seen_openers > 1000, "{seen_openers}");
    }

    #[test]
    fn candidate_walk_equals_unanchored_scan_on_random_text() {
        use super::patterns::{expand, strip_names, PATTERNS};
        let rows: Vec<String> = PATTERNS
            .iter()
            .map(|(_, _, p)| format!("(?:{})", strip_names(&expand(p))))
            .collect();
        let scanner = super::build(&format!(r"(?-u:\b)(?:{})", rows.join("|")));
        let x = super::DateExtractor::new();
        let mut dead = super::DeadEnds::default();
        let pieces = [
            "the",
            "The",
            "in",
            "a",
            "last",
            "next",
            "March",
            "Mar.",
            "sept",
            "Monday",
            "mid",
            "-",
            "2024",
            "1990s",
            "'90s",
            "\u{2019}80s",
            "5",
            "31",
            "p.m.",
            "am",
            "year",
            "years",
            "ago",
            "country",
            "council",
            "Pakistan",
            "with",
            " ",
            " ",
            " ",
            "\n",
            ",",
            ".",
            "\u{a0}",
            "_",
            "x",
            "Q1",
            "FY2024",
            "week",
            "weekend",
            "today",
            "tonight",
            "early",
            "late",
        ];
        let mut rng = crate::testutil::Xorshift(0x5eed_da7e);
        let mut matches = 0;
        for round in 0..1500 {
            let words = 1 + rng.below(60);
            let text = rng.concat(&pieces, words);
            let cut = (text.len() / 64) * 64 + round % 64;
            let mut cut = cut.min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let text = &text[..cut];
            let mut pos = 0;
            loop {
                let want = scanner.find_at(text, pos).map(|m| (m.start(), m.end()));
                let got = x.next_match(text, pos, &mut dead).map(|(a, b, _)| (a, b));
                assert_eq!(got, want, "{text:?} at {pos}");
                let Some((start, _)) = got else { break };
                matches += 1;
                pos = super::next_boundary(text, start);
            }
        }
        assert!(matches > 500, "{matches} matches");
    }

    /// (text, label, value) of every date found in `text` with document date `dct`.
    fn dates(text: &str, dct: Option<&str>) -> Vec<(String, String, String)> {
        static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
        let pipeline = PIPELINE.get_or_init(|| {
            Pipeline::builder()
                .only(&[AnnotationType::Date])
                .build()
                .expect("pipeline builds")
        });
        let mut doc = Document::from_text("t", text);
        if let Some(d) = dct {
            doc.date = DocDate {
                value: d.parse().ok(),
                from: DateSource::Input,
                span: None,
            };
        }
        let out = pipeline.annotate(doc);
        out.annotations
            .iter()
            .map(|a| match &a.detail {
                Detail::Date { value, .. } => (
                    out.doc.slice(a.span).to_string(),
                    a.label.to_string(),
                    value.clone(),
                ),
                _ => unreachable!("only dates"),
            })
            .collect()
    }

    fn one(text: &str, dct: Option<&str>) -> (String, String) {
        let found = dates(text, dct);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let (_, label, value) = found.into_iter().next().expect("one date");
        (label, value)
    }

    #[test]
    fn in_n_years_after_first_or_superlative_is_a_duration() {
        let d = Some("2024-11-21");
        for text in [
            "China will hold its first joint exercise with Pakistan in five years.",
            "It is the largest drill in five years.",
            "For the first time in five years, the navies sailed together.",
            "The two leaders have not met in five years.",
        ] {
            assert_eq!(one(text, d), ("DURATION".into(), "P5Y".into()), "{text}");
        }
        for text in [
            "The government will hold elections in five years.",
            "The government has said it will hold elections in five years.",
            "Elections will be held in five years, the minister said.",
        ] {
            assert_eq!(one(text, d), ("DATE".into(), "2029".into()), "{text}");
        }
    }

    #[test]
    fn in_n_years_time_looks_ahead_and_titles_are_not_durations() {
        let d = Some("2024-11-21");
        assert_eq!(
            dates("Debt falls to 34% in two years' time.", d),
            [("two years' time".into(), "DATE".into(), "2026".into())]
        );
        assert_eq!(
            one("They will vote in five years.", None),
            ("DATE".into(), "XXXX".into())
        );
        assert_eq!(
            dates("Profit rose in the year to March.", d)[0],
            ("the year".into(), "DURATION".into(), "P1Y".into())
        );
        assert!(dates("He starred in 24 Hour Party People.", d).is_empty());
    }

    #[test]
    fn relative_units_without_a_document_date_stay_unresolved() {
        for (text, value) in [
            ("Attacks rose last year.", "XXXX"),
            ("Attacks rose last month.", "XXXX-XX"),
            ("Attacks rose last week.", "XXXX-WXX"),
            ("Attacks rose two years ago.", "XXXX"),
            ("He arrived on Aug. 15.", "XXXX-08-15"),
        ] {
            assert_eq!(one(text, None), ("DATE".into(), value.into()), "{text}");
        }
        assert_eq!(
            one("Attacks rose last month.", Some("2025-01-10")),
            ("DATE".into(), "2024-12".into())
        );
    }

    /// Date-shaped text glued to multi-byte characters never panics and every span is exact.
    #[test]
    fn date_shaped_noise_never_panics() {
        const TOKENS: &[&str] = &[
            "May",
            "2019",
            "\u{2019}",
            "\u{a0}",
            "Friendship",
            "last",
            "year",
            "Tuesday",
            "until",
            "\u{17f}",
            "\u{212a}",
            "the future",
            "soon",
            "as",
            ",",
            ".",
            "\n",
            "in",
            "five",
            "years",
            "first",
            "10",
            "a.m.",
            "Nov.",
            "21",
            "-",
            "/",
            "$",
            "%",
            "ago",
            "of",
            "the",
            "quarter",
            "from",
            "$3 million",
            "that",
            "since",
            "é",
            "日本",
            "\u{301}",
            " ",
            " ",
            "1990s",
            "nineties",
            "Q3",
            "FY",
            "week",
            "night",
            "every",
            "2-1",
            "24/7",
            "<sup>th</sup>",
        ];
        let mut rng = crate::testutil::Xorshift(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        for round in 0..2000 {
            let len = 5 + next(40);
            let text: String = (0..len).map(|_| TOKENS[next(TOKENS.len())]).collect();
            let dct = (round % 2 == 0).then_some("2024-11-21");
            for (span_text, _, _) in dates(&text, dct) {
                assert!(text.contains(&span_text), "{text:?}");
            }
        }
    }

    fn triples(items: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        items
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect()
    }

    #[test]
    fn military_hours_are_times_unless_they_count_hours() {
        let d = Some("2015-04-06");
        assert_eq!(
            dates(
                "Troops left at 1900 hours and returned at approximately 0530 hours when it rained.",
                d
            ),
            triples(&[
                ("1900 hours", "TIME", "2015-04-06T19:00"),
                ("approximately 0530 hours", "TIME", "2015-04-06T05:30"),
            ])
        );
        assert!(dates(
            "He logged 1430 hours of overtime and 1200 hours training.",
            d
        )
        .is_empty());
    }

    #[test]
    fn habitual_clock_times_are_on_no_day() {
        let d = Some("2024-11-21");
        assert_eq!(
            dates(
                "The curfew runs from 10 p.m. to 5 a.m. every night, police said.",
                d
            ),
            triples(&[
                ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
                ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
                ("every night", "SET", "XXXX-XX-XXTNI"),
            ])
        );
        assert_eq!(
            dates("Banks open from 8 A.M. until noon.", d),
            triples(&[
                ("8 A.M.", "TIME", "XXXX-XX-XXT08:00"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ])
        );
        assert_eq!(
            dates(
                "The Tokyo Stock Exchange opens from 0900 local time (0000 GMT) to 1500 local (0600 GMT).",
                d
            )
            .into_iter()
            .filter(|t| t.1 == "TIME")
            .map(|t| t.2)
            .collect::<Vec<_>>(),
            [
                "XXXX-XX-XXT09:00",
                "XXXX-XX-XXT00:00",
                "XXXX-XX-XXT06:00"
            ]
        );
        // One evening's events: no schedule word, no SET.
        assert_eq!(
            dates("Fighting raged from 10 p.m. until midnight.", d),
            triples(&[
                ("10 p.m.", "TIME", "2024-11-21T22:00"),
                ("midnight", "TIME", "2024-11-21T24:00"),
            ])
        );
        assert_eq!(
            dates("Subscriptions remain open until 1300 gmt tomorrow.", d),
            triples(&[
                ("1300 gmt", "TIME", "2024-11-22T13:00"),
                ("tomorrow", "DATE", "2024-11-22"),
            ])
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_written_right_after_it() {
        let d = Some("1987-04-06");
        assert_eq!(
            dates(
                "Offers are due by 1550 hrs EDT, April 13, and remain valid until 1000 hrs EDT, \
                 April 14. Trading begins at 0930 hrs EST April 7.",
                d
            ),
            triples(&[
                ("1550 hrs", "TIME", "1987-04-13T15:50"),
                ("April 13", "DATE", "1987-04-13"),
                ("1000 hrs", "TIME", "1987-04-14T10:00"),
                ("April 14", "DATE", "1987-04-14"),
                ("0930 hrs", "TIME", "1987-04-07T09:30"),
                ("April 7", "DATE", "1987-04-07"),
            ])
        );
        // Another phrase between them: the sentence's day before it.
        assert_eq!(
            dates(
                "On April 13 the desk shut at 1550 hrs for the inquiry into April 2.",
                d
            ),
            triples(&[
                ("April 13", "DATE", "1987-04-13"),
                ("1550 hrs", "TIME", "1987-04-13T15:50"),
                ("April 2", "DATE", "1987-04-02"),
            ])
        );
    }

    #[test]
    fn a_weekday_settles_the_order_of_a_numeric_date() {
        // 2 April 2015 was a Thursday, 4 February 2015 a Wednesday.
        let d = Some("2015-04-06");
        assert_eq!(
            dates("Police said on Thursday, 02/04/2015 that", d),
            triples(&[("Thursday, 02/04/2015", "DATE", "2015-04-02")])
        );
        assert_eq!(
            dates("Police said on Wednesday, 02/04/2015 that", d),
            triples(&[("Wednesday, 02/04/2015", "DATE", "2015-02-04")])
        );
        assert_eq!(
            dates("Police said on Monday, 02/04/2015 that", d),
            triples(&[("Monday, 02/04/2015", "DATE", "2015-04-02")])
        );
    }

    #[test]
    fn a_weekday_before_a_two_digit_year_date_is_one_date() {
        let d = Some("2016-08-10");
        assert_eq!(
            dates("The raid was on Monday, 08.08.16 and Tuesday, 25/03/16.", d),
            triples(&[
                ("Monday, 08.08.16", "DATE", "2016-08-08"),
                ("Tuesday, 25/03/16", "DATE", "2016-03-25"),
            ])
        );
        // Both numbers up to 12: the weekday settles the order (8 March 2016 was a Tuesday).
        assert_eq!(
            dates("It fell on Tuesday, 03/08/16.", d),
            triples(&[("Tuesday, 03/08/16", "DATE", "2016-03-08")])
        );
        // Without a weekday the ambiguous slashed form stays no date.
        assert_eq!(dates("Form 03/08/16 was filed.", d), triples(&[]));
    }

    #[test]
    fn chronology_headings_name_the_day_of_what_follows() {
        let d = Some("2016-03-20");
        assert_eq!(
            dates(
                "March 13, night\nGunmen storm the building.\n\n14 March, morning\nThe \
                 minister visits the scene in the evening.",
                d
            ),
            triples(&[
                ("March 13", "DATE", "2016-03-13"),
                ("night", "TIME", "2016-03-13TNI"),
                ("14 March", "DATE", "2016-03-14"),
                ("morning", "TIME", "2016-03-14TMO"),
                ("the evening", "TIME", "2016-03-14TEV"),
            ])
        );
        // In a sentence the date heads nothing and the word after the comma is no TIME.
        assert_eq!(
            dates(
                "On March 16, morning prayers were held.\n\nThe mayor visits the mosque in \
                 the evening.",
                d
            ),
            triples(&[
                ("March 16", "DATE", "2016-03-16"),
                ("the evening", "TIME", "2016-03-20TEV"),
            ])
        );
    }

    #[test]
    fn part_of_day_after_a_weekday_is_one_time() {
        let d = Some("2024-09-05");
        assert_eq!(
            dates(
                "Jets struck on Tuesday night and will return Friday afternoon.",
                d
            ),
            triples(&[
                ("Tuesday night", "TIME", "2024-09-03TNI"),
                ("Friday afternoon", "TIME", "2024-09-06TAF"),
            ])
        );
        assert_eq!(
            dates("They fled Monday evening.", None),
            triples(&[("Monday evening", "TIME", "XXXX-WXX-1TEV")])
        );
        assert!(dates("The night was quiet and the morning papers ran it.", d).is_empty());
    }

    #[test]
    fn clock_times_take_the_day_their_sentence_names() {
        let d = Some("2024-09-05");
        assert_eq!(
            dates("On Monday, police arrived at around 4:30 pm.", d),
            triples(&[
                ("Monday", "DATE", "2024-09-02"),
                ("around 4:30 pm", "TIME", "2024-09-02T16:30"),
            ])
        );
        assert_eq!(
            dates("The curfew starts at 9 p.m. The vote is on Monday.", d)[0],
            ("9 p.m.".into(), "TIME".into(), "2024-09-05T21:00".into())
        );
        assert_eq!(
            dates("Police arrived at 10 a.m. last Monday.", None)[0].2,
            "XXXX-WXX-1T10:00"
        );
    }

    #[test]
    fn modifiers_halves_spans_and_sets() {
        let d = Some("2024-09-05");
        assert_eq!(
            dates(
                "The siege lasted about 13 hours. Inspectors come roughly twice a year.",
                d
            ),
            triples(&[
                ("about 13 hours", "DURATION", "PT13H"),
                ("roughly twice a year", "SET", "P1Y"),
            ])
        );
        assert_eq!(
            dates(
                "Sales fell in the first half of 2024 and will rise in the second half.",
                d
            ),
            triples(&[
                ("the first half of 2024", "DATE", "2024-H1"),
                ("the second half", "DATE", "2024-H2"),
            ])
        );
        assert!(dates("Rangers equalised in the second half.", d).is_empty());
        assert_eq!(
            dates("Profit rose in the last half of 1989.", d),
            triples(&[("the last half of 1989", "DATE", "1989-H2")])
        );
        assert!(dates("Sales of the year fell in the last half hour.", d).is_empty());
        assert!(dates("He scored in the first half of the match.", d).is_empty());
        assert_eq!(
            dates("Prices rose over the past month but fell last month.", d),
            triples(&[
                ("the past month", "DURATION", "P1M"),
                ("last month", "DATE", "2024-08"),
            ])
        );
        assert!(dates(
            "Every day of delay costs lives. Every day that passes hurts.",
            d
        )
        .is_empty());
        assert_eq!(
            dates("Trucks cross every day.", d),
            triples(&[("every day", "SET", "P1D")])
        );
        assert_eq!(
            dates(
                "The annual review followed a four-and-a-half-hour meeting and a March assault.",
                d
            ),
            triples(&[
                ("annual", "SET", "P1Y"),
                ("four-and-a-half-hour", "DURATION", "PT4.5H"),
                ("March", "DATE", "2024-03"),
            ])
        );
        assert_eq!(
            dates("Talks lasted two and a half days.", d),
            triples(&[("two and a half days", "DURATION", "P2.5D")])
        );
        assert!(dates("They march on the capital.", d).is_empty());
        assert_eq!(
            dates("The talks lasted an hour and a half.", d),
            triples(&[("an hour and a half", "DURATION", "PT1.5H")])
        );
        assert_eq!(
            dates("He won three seats and a half share.", d),
            Vec::<(String, String, String)>::new()
        );
    }

    #[test]
    fn quarters_titles_and_model_years() {
        let d = Some("1989-10-31");
        assert_eq!(
            dates(
                "Losses will last through the first two quarters of 1990 and the last two \
                 quarters of next year.",
                d
            ),
            triples(&[
                ("the first two quarters of 1990", "DATE", "1990-H1"),
                ("the last two quarters of next year", "DATE", "1990-H2"),
            ])
        );
        assert_eq!(
            dates("The first two quarters were weak.", d),
            triples(&[("The first two quarters", "DURATION", "P6M")])
        );
        assert_eq!(
            dates(
                "Net for the quarter a year ago and last year's quarter fell; last year's \
                 results and the quarter rose.",
                d
            ),
            triples(&[
                ("the quarter a year ago", "DATE", "1988-Q3"),
                ("last year's quarter", "DATE", "1988-Q3"),
                ("last year", "DATE", "1988"),
                ("the quarter", "DATE", "1989-Q3"),
            ])
        );
        assert_eq!(
            dates(
                "He spoke on ABC-TV's \"This Week With David Brinkley\" and on \"This Week,\" \
                 then said: \"This week we vote.\"",
                d
            ),
            triples(&[("This week", "DATE", "1989-W44")])
        );
        assert_eq!(
            dates(
                "\"Today's cut was small,\" he said of this week's quarter-point increase.",
                d
            ),
            triples(&[
                ("Today", "DATE", "1989-10-31"),
                ("this week", "DATE", "1989-W44")
            ])
        );
        assert_eq!(
            dates(
                "Kopp's 1987 Chevrolet and a 1990 Ford Taurus; Kopp's 1998 arrest and London's \
                 2012 Olympic bid.",
                d
            ),
            triples(&[("1998", "DATE", "1998"), ("2012", "DATE", "2012")])
        );
        assert_eq!(
            dates(
                "In the year ended Jan. 31, sales rose; the offer expires Jan. 31.",
                d
            ),
            triples(&[
                ("the year", "DURATION", "P1Y"),
                ("Jan. 31", "DATE", "1989-01-31"),
                ("Jan. 31", "DATE", "1990-01-31")
            ])
        );
    }

    #[test]
    fn numeric_dates_follow_the_date_order() {
        use crate::extract::DateOrder;
        let mdy = Pipeline::builder()
            .only(&[AnnotationType::Date])
            .date_order(DateOrder::Mdy)
            .build()
            .expect("pipeline builds");
        let text = "Signed 11/06/2024, ratified 25/12/2024, amended 11.06.2024.";
        let values = |out: crate::pipeline::AnnotatedDocument| -> Vec<String> {
            out.annotations
                .iter()
                .filter_map(|a| match &a.detail {
                    Detail::Date { value, .. } => Some(value.clone()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            values(mdy.annotate(Document::from_text("t", text))),
            ["2024-11-06", "2024-12-25", "2024-11-06"]
        );
        let dmy: Vec<String> = dates(text, None).into_iter().map(|d| d.2).collect();
        assert_eq!(dmy, ["2024-06-11", "2024-12-25", "2024-06-11"]);
    }

    #[test]
    fn years_in_names_are_not_dates() {
        let found = dates(
            "The Friendship 2017 drill followed Kaisar-2021. In 2014, the army of Friendship \
             2017 partner friendship 2017 met.",
            None,
        );
        let texts: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(texts, ["2014"]);
        // A number after a noun that numbers things is no year.
        let found = dates(
            "Under Security Council resolution 2085 and Resolution 1973, Flight 1907 left in 2013.",
            None,
        );
        let texts: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(texts, ["2013"]);
    }

    #[test]
    fn twenty_four_hour_times_after_a_preposition() {
        let d = Some("2013-01-12");
        assert_eq!(
            dates(
                "Since 16:00 on Friday, jets have struck. Talks end at 07:30.",
                d
            ),
            triples(&[
                ("16:00", "TIME", "2013-01-11T16:00"),
                ("Friday", "DATE", "2013-01-11"),
                ("07:30", "TIME", "2013-01-12T07:30"),
            ])
        );
        // Ambiguous hours, scores and ratios are not read as 24-hour times.
        assert!(dates("They met at 9:30 and won 3:1; a map at 1:50,000.", d).is_empty());
    }

    #[test]
    fn early_or_late_before_last_or_next_weekday_stays_in_the_extent() {
        let d = Some("2014-04-18");
        assert_eq!(
            dates("Gunmen stormed the school late last Monday.", d),
            triples(&[("late last Monday", "DATE", "2014-04-14")])
        );
        assert_eq!(
            dates("They left late Monday.", d),
            triples(&[("late Monday", "DATE", "2014-04-14")])
        );
    }
}

#[cfg(test)]
mod speed {
    use super::*;

    /// Sampling profile of the date pass: `cargo test --release --lib dates::speed -- --ignored
    /// --nocapture`.
    #[test]
    #[ignore]
    fn profile_steps() {
        let mut one = seeds_joined("\n\n");
        // SITREP_SPEED_TEXT=file: any plain-text file instead of the seeds.
        if let Some(path) = std::env::var_os("SITREP_SPEED_TEXT") {
            one = std::fs::read_to_string(path).expect("speed text readable");
        }
        let text = one.repeat((1 << 20) / one.len() + 1);
        let x = DateExtractor::new();
        let mb = text.len() as f64 / 1e6;
        let t = std::time::Instant::now();
        let mut dead = DeadEnds::default();
        let (mut n, mut pos) = (0, 0);
        while let Some((start, end, _)) = x.next_match(&text, pos, &mut dead) {
            n += 1;
            pos = end.max(next_boundary(&text, start));
        }
        let s = t.elapsed().as_secs_f64();
        println!("find_iter: {n} matches, {:.1} MB/s", mb / s);
        let doc = crate::Document::from_text("p", text.clone());
        let t = std::time::Instant::now();
        let seg = crate::segment::Segmentation::new(&doc.text);
        let s = t.elapsed().as_secs_f64();
        println!("segmentation: {:.1} MB/s", mb / s);
        let options = crate::extract::Options::default();
        let cx = Context {
            doc: &doc,
            segments: &seg,
            options: &options,
        };
        let rounds = std::env::var("SITREP_SPEED_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(1);
        let t = std::time::Instant::now();
        let mut out = Vec::new();
        for _ in 0..rounds {
            out.clear();
            x.extract(&cx, &mut out);
        }
        let s = t.elapsed().as_secs_f64() / rounds as f64;
        println!("extract: {} dates, {:.1} MB/s", out.len(), mb / s);
    }
}
