//! The entity matcher: one longest-match trie over the lower-cased forms of every gazetteer
//! entry and every role title, searched at each word start of a normalized copy of the text; then
//! per-match checks (token boundaries, case) and per-document rules (ambiguity, surnames,
//! titles). The rules are documented in `docs/entity.md`.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::hash_map::Entry as MapEntry;
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, MutexGuard, OnceLock};

use super::by_surname::{BySurname, NameWords, OfficialNames};
use super::compile::{self, prefix_key2, Claim, Target};
use super::data::Entry;
use super::first_words::{
    follow_bit, lower_start_bit, non_ascii_alnum, pack, FirstWords, Slot, FIRST_WORD_MAX, NO_NODE,
};
use super::lexicon;
use super::literals::{self, Literals};
use super::normalize::{self, capitalized, Normalized};
use super::trie::Trie;
use super::{bodies, units};
#[cfg(target_arch = "x86_64")]
use crate::wordmask::word_mask16;
use chrono::Datelike;

use crate::error::Result;
use crate::model::{Annotation, Detail, Document, EntityLink, MentionForm, Name, Span};

/// One entry as the matcher needs it.
#[derive(Clone, Debug)]
struct Ent {
    /// Static for the bundled labels, shared for others: a mention copies no text.
    label: Name,
    /// `label == "COUNTRY"` and `label == "OFFICIAL"`, asked for every mention.
    country: bool,
    official: bool,
    link: EntityLink,
    rule: Name,
    ambiguous: bool,
    /// The `ambiguous=Form,Form` attribute: which forms are ambiguous (normalized, lower
    /// case). Empty: the default rule (single-word names, aliases and acronyms).
    ambiguous_forms: Vec<String>,
    /// Officials: the gazetteer's surname-only forms.
    surnames: Vec<String>,
    /// Organizations: the `country=` attribute (an ambiguous acronym of a national body needs
    /// its country mentioned: "CBI" is India's only in a story about India).
    home: Option<String>,
    /// Attribute `context=agency`: an ambiguous form needs an agency word next to it
    /// ("the Trend news agency", "news agency APA") or another mention of the entry.
    agency_context: bool,
    /// Officials who led a state or government ([`Ent::led`]) or held a
    /// [`lexicon::OTHER_FAMOUS_ROLES`] office: a unique surname alone is
    /// tagged.
    famous: bool,
    /// Attribute `context=country`: an ambiguous form needs the entry's `country=` in the
    /// story ("AFC" of the Congo River Alliance, Libya's "Government of National Unity").
    country_context: bool,
    /// Organizations: the `family=` attribute ("UN and affiliates"). Another body of the
    /// family named in the story confirms an ambiguous short name ("the Security Council" in
    /// a story about a UN mission).
    family: Option<Box<str>>,
    /// Countries: the `given_name=yes` attribute, a name people also bear ("Israel Quintero"):
    /// followed by another name word, it is a person.
    given_name: bool,
    /// The `not_after=` attribute: words that, right before a name or demonym, make it part of
    /// another place's name ("Latin America", "South American" are no United States).
    not_after: Vec<Box<str>>,
    /// Officials: the `alone=` attribute (normalized, lower case), surnames distinctive
    /// enough to be tagged alone with no mention of the country ("Putin said").
    alone: Vec<String>,
    /// Officials: the first year of any office the gazetteer records (`from=`, `terms=`).
    in_office_since: Option<i32>,
    /// Officials: the [`lexicon::LeaderOffice`] bits of the offices `role=` and `terms=`
    /// record (head of state, head of government).
    led: u8,
    /// Officials: the `group=` attribute, the id of the armed group they lead or speak for.
    group: Option<Box<str>>,
}

/// Compiled gazetteers.
pub struct Matcher {
    ents: Vec<Ent>,
    /// The trie over all patterns (searched at word starts that are upper case, digits,
    /// non-ASCII, or in a lower-case line), the one over patterns that may start in lower case
    /// (searched at lower-case word starts) and its pattern ids in the first.
    automata: Option<(Trie, Trie)>,
    /// First two bytes of the patterns of each automaton ([`prefix_key2`]): words longer
    /// than any first word in [`Matcher::first_words`] are rejected here before a trie walk.
    prefixes2: [Box<[u64]>; 2],
    /// The first word of every pattern, with its nodes in both automata.
    first_words: FirstWords,
    claims: Vec<Claim>,
    /// Per pattern: its claims `claims[a..b]`.
    ranges: Vec<(u32, u32)>,
    /// Officials by the last word of each name and alias (normalized, lower case), with all
    /// the words: a shortened name after a title ("Mumtaz Baloch" for "Mumtaz Zahra Baloch")
    /// links to the one official whose name contains its words in order. Built with the
    /// matcher (~7 M instructions, ~3 ms): built lazily, it was start-up work paid inside the
    /// first document that named an official after a title.
    by_surname: BySurname,
    /// Official entries' names and aliases, which `by_surname` indexes.
    official_names: OfficialNames,
    /// Officials by surname-only form (normalized, lower case).
    surnames: HashMap<String, Vec<u32>, BuildFx>,
    /// [`InstitutionFilter`] of [`lexicon::INSTITUTION_WORDS`].
    institutions: InstitutionFilter,
}

/// A bit filter of first-word hashes ([`FirstWords::hash`] of [`pack`]) of the institution
/// words ([`lexicon::INSTITUTION_WORDS`]): the scan, which hashes every word that does not
/// start in lower case anyway, notes where one may stand, so that
/// [`Doc::in_institution_name`] walks the words around a country only on a line that has one
/// (~7 % of the capitalized words of generated news; the walks were ~300 instructions a
/// country mention).
/// The lengths of the institution words ([`lexicon::INSTITUTION_WORDS`], test
/// `institution_filter_lets_every_institution_word_through`).
const INSTITUTION_WORD_LENS: std::ops::RangeInclusive<usize> = 3..=11;

struct InstitutionFilter(Box<[u64; INSTITUTION_FILTER_BITS / 64]>);

/// Bits of [`InstitutionFilter`] (36 words: about one false hit in 110 capitalized words, each
/// then checked against the list).
const INSTITUTION_FILTER_BITS: usize = 1 << 12;

impl InstitutionFilter {
    fn new() -> Self {
        let mut bits = Box::new([0u64; INSTITUTION_FILTER_BITS / 64]);
        for w in lexicon::INSTITUTION_WORDS {
            let bit = Self::bit(FirstWords::hash(pack(w.as_bytes())));
            bits[bit / 64] |= 1 << (bit % 64);
        }
        InstitutionFilter(bits)
    }

    /// The top bits of the hash (the first-word filter uses the top 17: another bit here).
    #[inline]
    fn bit(h: u64) -> usize {
        (h.rotate_left(23) as usize) % INSTITUTION_FILTER_BITS
    }

    #[inline]
    fn may_have(&self, h: u64) -> bool {
        let bit = Self::bit(h);
        self.0[(bit / 64) % (INSTITUTION_FILTER_BITS / 64)] & (1 << (bit % 64)) != 0
    }
}

/// A match that passed the boundary and case checks.
#[derive(Clone, Debug)]
struct Hit {
    ns: usize,
    ne: usize,
    start: usize,
    end: usize,
    kind: HitKind,
}

#[derive(Clone, Copy, Debug)]
enum HitKind {
    /// Entity readings: `options[a..b]`.
    Entity(u32, u32),
    Title(u16),
    Honorific,
    /// A capital city (country entry): tagged only where it stands for the government.
    Capital(u32),
}

/// A role title that is evidence of an office by itself: not a title that heads any institution
/// ([`lexicon::Office::Body`]), which needs a public body's name after it.
fn office_title(kind: &HitKind) -> bool {
    matches!(kind, HitKind::Title(t) if lexicon::ROLE_TITLES[*t as usize].2 != lexicon::Office::Body)
}

/// FxHash (as in rustc): a fast hasher for the start-up maps keyed by short strings.
#[derive(Default, Clone, Copy)]
pub(super) struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut add = |v: u64| {
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        };
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            add(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        // The last piece zero padded, as little-endian bytes, assembled by shifts: a copy of
        // its variable length was a `memcpy` call per key (start-up hashes ~40,000 ids).
        let rest = chunks.remainder();
        if !rest.is_empty() {
            add(rest.iter().rev().fold(0, |v, &b| v << 8 | u64::from(b)));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(super) type BuildFx = std::hash::BuildHasherDefault<Fx>;

/// ASCII word bytes: letters, digits and `_`.
const WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

/// [`WORD`] over all bytes: non-ASCII bytes are not (decoded apart by [`word_end`]).
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = WORD[b];
        b += 1;
    }
    t
};

/// The high bit of every byte of `w` that is an ASCII word byte (letter, digit, `_`), and of
/// no other (SWAR, exact per byte).
#[inline]
fn word_mask(w: u64) -> u64 {
    let low7 = w & !HIGHS;
    // Letters in either case, folded to lower case (no other byte lands in `a`..=`z`).
    let folded = low7 | (ONES * 0x20);
    let letter = folded.wrapping_add(ONES * (0x80 - u64::from(b'a')))
        & !folded.wrapping_add(ONES * (0x80 - u64::from(b'z') - 1));
    let digit = low7.wrapping_add(ONES * (0x80 - u64::from(b'0')))
        & !low7.wrapping_add(ONES * (0x80 - u64::from(b'9') - 1));
    let x = low7 ^ (ONES * u64::from(b'_'));
    let underscore = !(x.wrapping_add(!HIGHS) | x) & HIGHS;
    (letter | digit | underscore) & !w & HIGHS
}

/// For 64 bytes: bit `i` of the first mask set where byte `i` is an ASCII word byte (letter,
/// digit, `_`), of the second where it is not ASCII.
#[inline]
fn block_masks(block: &[u8]) -> (u64, u64) {
    let mut words = 0u64;
    let mut non_ascii = 0u64;
    #[cfg(target_arch = "x86_64")]
    for (k, chunk) in block.chunks_exact(16).enumerate() {
        let mut w = [0u8; 16];
        w.copy_from_slice(chunk);
        words |= u64::from(word_mask16(&w)) << (16 * k);
        non_ascii |= u64::from(high_bits16(&w)) << (16 * k);
    }
    #[cfg(not(target_arch = "x86_64"))]
    for (k, &b) in block.iter().enumerate().take(64) {
        words |= u64::from(ASCII_WORD[usize::from(b)]) << k;
        non_ascii |= u64::from(b >= 0x80) << k;
    }
    (words, non_ascii)
}

/// Whether the only bytes from 0x80 up of a 64-byte `block` (`high`: their mask) are whole
/// characters U+2000–U+203F (bytes E2 80 xx: curly quotes, dashes, ellipsis), none of which is
/// a word character (test `general_punctuation_is_not_alphanumeric`): the block's words are
/// then its runs of ASCII word bytes, as in an all-ASCII block. (The text is valid UTF-8: the
/// byte after E2 80 is a continuation byte.)
#[inline(never)]
fn only_punctuation(block: &[u8], high: u64) -> bool {
    let lead = byte_mask64(block, 0xe2);
    lead >> 62 == 0
        && high == lead | (lead << 1) | (lead << 2)
        && (lead << 1) & !byte_mask64(block, 0x80) == 0
}

/// Bit `i` set for every byte `i` of the first 64 bytes of `block` that equals `b`.
fn byte_mask64(block: &[u8], b: u8) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
        };
        let mut m = 0u64;
        for (k, chunk) in block.chunks_exact(16).take(4).enumerate() {
            // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
            // sixteen bytes of `chunk`.
            let bits = unsafe {
                _mm_movemask_epi8(_mm_cmpeq_epi8(
                    _mm_loadu_si128(chunk.as_ptr().cast()),
                    _mm_set1_epi8(b as i8),
                ))
            };
            m |= u64::from(bits as u16) << (16 * k);
        }
        m
    }
    #[cfg(not(target_arch = "x86_64"))]
    block
        .iter()
        .take(64)
        .enumerate()
        .fold(0, |m, (k, &x)| m | (u64::from(x == b) << k))
}

/// Bit `i` set for every byte `i` of `chunk` from 0x80 up (SSE2).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn high_bits16(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8};
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe { _mm_movemask_epi8(_mm_loadu_si128(chunk.as_ptr().cast())) as u32 }
}

/// The end of the word (letters, digits, `_`) that starts at `i` of `s` (a word character).
/// Called at every word start of every document: inlined, eight ASCII bytes at a time, and
/// a character decoded only where a non-ASCII byte stops the run.
#[inline(always)]
fn word_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut j = i;
    loop {
        loop {
            #[cfg(target_arch = "x86_64")]
            if let Some(chunk) = bytes.get(j..j + 16) {
                let mut w = [0u8; 16];
                w.copy_from_slice(chunk);
                let stop = !word_mask16(&w) & 0xffff;
                if stop == 0 {
                    j += 16;
                    continue;
                }
                j += stop.trailing_zeros() as usize;
                break;
            }
            if j + 8 <= n {
                let stop = !word_mask(load8(bytes, j)) & HIGHS;
                if stop == 0 {
                    j += 8;
                    continue;
                }
                j += (stop.trailing_zeros() / 8) as usize;
            } else {
                while j < n && ASCII_WORD[usize::from(bytes[j])] {
                    j += 1;
                }
            }
            break;
        }
        if bytes.get(j).is_none_or(|&b| b < 0x80) {
            return j;
        }
        match s[j..].chars().next() {
            Some(c) if non_ascii_alnum(c) => j += c.len_utf8(),
            _ => return j,
        }
    }
}

/// The words of a text (runs of letters, digits, `_` and non-ASCII alphanumerics) as byte
/// ranges, in order. Found 64 bytes at a time where those bytes are all ASCII: word starts and
/// ends are read off a mask of word bytes. Elsewhere (and in the last 64 bytes) a byte loop
/// decodes characters.
struct Words<'a> {
    hs: &'a str,
    /// No word is open here: 0, the end of the last word, or after a byte that is no word
    /// byte.
    at: usize,
    /// The block being read (all ASCII) by [`Words::next`]: its start, word-byte mask and the
    /// word starts left.
    #[cfg(test)]
    base: usize,
    #[cfg(test)]
    mask: u64,
    #[cfg(test)]
    starts: u64,
    /// Where the byte loop stops (the end of a block with a non-ASCII byte); `at` until one.
    limit: usize,
}

/// What [`Words::step`] found next.
enum Step {
    /// 64 bytes of ASCII from the offset, with the mask of their word bytes: words start at
    /// every word byte after a byte that is none (or first: no word is open at the offset);
    /// a word that reaches the block's end may go on after it ([`word_end`], then
    /// [`Words::passed`]).
    Block(usize, u64),
    /// One word (byte range), found by the byte loop.
    Word(usize, usize),
    End,
}

impl<'a> Words<'a> {
    fn new(hs: &'a str) -> Self {
        Words {
            hs,
            at: 0,
            #[cfg(test)]
            base: 0,
            #[cfg(test)]
            mask: 0,
            #[cfg(test)]
            starts: 0,
            limit: 0,
        }
    }

    /// The next block of ASCII, or the next word of a block that is not all ASCII.
    #[inline(always)]
    fn step(&mut self) -> Step {
        let bytes = self.hs.as_bytes();
        let n = bytes.len();
        loop {
            if self.at < self.limit {
                // The byte loop, inside a block with a non-ASCII byte.
                let i = self.at;
                let b = bytes[i];
                if b < 0x80 {
                    if !WORD[b as usize] {
                        self.at += 1;
                        continue;
                    }
                } else {
                    let c = self.hs[i..].chars().next().unwrap_or(' ');
                    if !non_ascii_alnum(c) {
                        self.at += c.len_utf8();
                        continue;
                    }
                }
                let j = word_end(self.hs, i);
                self.at = j;
                return Step::Word(i, j);
            }
            let i = self.at;
            if i >= n {
                return Step::End;
            }
            match bytes
                .get(i..i + 64)
                .map(|block| (block, block_masks(block)))
            {
                Some((_, (mask, 0))) => {
                    self.at = i + 64;
                    return Step::Block(i, mask);
                }
                // Curly quotes are news text's most common non-ASCII characters: a block
                // whose only ones are such punctuation still has its words read off the mask.
                Some((block, (mask, high))) if only_punctuation(block, high) => {
                    self.at = i + 64;
                    return Step::Block(i, mask);
                }
                _ => self.limit = (i + 64).min(n),
            }
        }
    }

    /// Records that a word of the last block went on to `j`.
    #[inline]
    fn passed(&mut self, j: usize) {
        self.at = self.at.max(j);
    }

    /// The next word, from [`Words::step`].
    #[cfg(test)]
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            if self.starts != 0 {
                let k = self.starts.trailing_zeros();
                self.starts &= self.starts - 1;
                let run = (!(self.mask >> k)).trailing_zeros();
                let i = self.base + k as usize;
                let j = if k + run < 64 {
                    self.base + (k + run) as usize
                } else {
                    let j = word_end(self.hs, i);
                    self.passed(j);
                    j
                };
                return Some((i, j));
            }
            match self.step() {
                Step::Block(base, mask) => {
                    self.base = base;
                    self.mask = mask;
                    self.starts = mask & !(mask << 1);
                }
                Step::Word(i, j) => return Some((i, j)),
                Step::End => return None,
            }
        }
    }
}

/// [`fold`] on each byte of `w`.
#[inline]
fn fold8(w: u64) -> u64 {
    w | ((!w & HIGHS) >> 2)
}

/// [`pack`] of the word at `k` of a block of 64 bytes of ASCII copied with sixteen bytes of
/// room after them (`len` ≤ [`FIRST_WORD_MAX`], all ASCII word bytes): one or two loads and
/// an OR.
#[inline(always)]
fn pack_block(block: &[u8; 80], k: usize, len: usize) -> u128 {
    const FOLD: u64 = ONES * 0x20;
    let k = k & 63;
    let load = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&block[at..at + 8]);
        u64::from_le_bytes(b) | FOLD
    };
    if len <= 8 {
        u128::from(low_bytes(load(k), len.max(1)))
    } else {
        u128::from(load(k)) | (u128::from(low_bytes(load(k + 8), (len - 8).min(8))) << 64)
    }
}

/// The patterns found from the node of a first word ending at `j` of `bytes` (`which`: 0 in
/// the trie of all patterns, 1 in the lower-case-start one), as [`Trie::prefixes_from`] finds
/// them: without the walk where the slot shows that nothing longer can match.
#[inline]
fn patterns_after(
    trie: &Trie,
    slot: &Slot,
    which: usize,
    bytes: &[u8],
    j: usize,
    found: &mut Vec<(usize, u32)>,
) {
    if j + 8 <= bytes.len() && slot.follow & (1 << follow_bit(lower8(load8(bytes, j)))) == 0 {
        if slot.terms[which] != 0 {
            found.push((j, slot.terms[which] - 1));
        }
    } else {
        trie.prefixes_from(slot.nodes[which], bytes, j, found);
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// `u8::to_ascii_lowercase` on each byte of `w` (SWAR: only `A`-`Z` change).
#[inline]
fn lower8(w: u64) -> u64 {
    let low7 = w & !HIGHS;
    let ge_a = low7.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let gt_z = low7.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    let upper = ge_a & !gt_z & !w & HIGHS;
    w | (upper >> 2)
}

/// The eight bytes of `hay` from `at` (which has at least eight bytes) as an integer.
#[inline]
fn load8(hay: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&hay[at..at + 8]);
    u64::from_le_bytes(w)
}

/// The low `k` bytes of a word (1 ≤ k ≤ 8).
#[inline]
fn low_bytes(w: u64, k: usize) -> u64 {
    w & (u64::MAX >> (64 - 8 * k))
}

/// [`pack`] of the first `len` bytes of `chunk` (1 ≤ len ≤ 16), with SSE2 (part of every
/// x86-64): ASCII bytes folded, the bytes from `len` on zeroed.
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn pack16(chunk: &[u8; 16], len: usize) -> u128 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_or_si128,
        _mm_set1_epi8, _mm_setr_epi8, _mm_storeu_si128,
    };
    let mut out = [0u8; 16];
    // SAFETY: SSE2 is in the x86-64 baseline; the unaligned load and store touch exactly the
    // sixteen bytes of `chunk` and `out`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        // Signed: bytes from 0x80 up are negative and keep their bits.
        let ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(-1));
        let folded = _mm_or_si128(v, _mm_and_si128(ascii, _mm_set1_epi8(0x20)));
        let index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        let keep = _mm_cmplt_epi8(index, _mm_set1_epi8(len.min(16) as i8));
        _mm_storeu_si128(out.as_mut_ptr().cast(), _mm_and_si128(folded, keep));
    }
    u128::from_le_bytes(out)
}

/// [`pack`] of `hay[at..at + len]` (1 ≤ len ≤ [`FIRST_WORD_MAX`]): two loads and a SWAR
/// case fold where sixteen bytes are there to read, else byte by byte.
#[inline]
fn pack_at(hay: &[u8], at: usize, len: usize) -> u128 {
    #[cfg(target_arch = "x86_64")]
    if let Some(chunk) = hay.get(at..at + 16) {
        let mut w = [0u8; 16];
        w.copy_from_slice(chunk);
        return pack16(&w, len);
    }
    if at + 16 > hay.len() {
        return pack(&hay[at..at + len]);
    }
    let lo = fold8(load8(hay, at));
    if len <= 8 {
        u128::from(low_bytes(lo, len))
    } else {
        let hi = fold8(load8(hay, at + 8));
        u128::from(lo) | (u128::from(low_bytes(hi, len - 8)) << 64)
    }
}

impl FirstWords {
    /// The nodes of the word `hay[at..at + len]` (1 ≤ len ≤ [`FIRST_WORD_MAX`]).
    #[cfg(test)]
    fn get_at(&self, hay: &[u8], at: usize, len: usize) -> Option<[u32; 2]> {
        self.find(pack_at(hay, at, len), len)
            .map(|k| self.slots[k].nodes)
    }

    /// Sets [`FirstWords::lower_acts`], after the last [`FirstWords::set_lower`].
    fn set_lower_acts(&mut self) {
        *self.lower_acts = *self.lower_starts;
        for b in b'a'..=b'z' {
            let finders = FINDER_START[usize::from(b)];
            let lens = if finders & UNIT_START != 0 {
                1..=FIRST_WORD_MAX
            } else {
                let len = usize::from(finders >> 4);
                len..=len
            };
            if finders == 0 || lens.is_empty() {
                continue;
            }
            for len in lens {
                for b1 in 0..32 {
                    let bit = lower_start_bit(b, b1, len);
                    self.lower_acts[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
    }
}

/// Per-thread buffers reused from document to document.
#[derive(Default)]
struct Scratch {
    norm: Normalized,
    hits: Vec<Hit>,
    options: Vec<(u32, MentionForm)>,
    /// Original offsets of the word starts that may begin a numbered unit
    /// ([`units::find_among`]).
    unit_starts: Vec<usize>,
    /// Original offsets of the word starts that may begin a broadcaster cue
    /// ([`bodies::find_among`]).
    body_starts: Vec<usize>,
    /// Original offsets of the institution words ([`InstitutionFilter`]), in order.
    institution_starts: Vec<usize>,
    decide: DecideBufs,
}

/// [`Doc::decide`]'s vectors, kept (emptied) from document to document: made per document,
/// they were ~6 allocations and frees a story.
#[derive(Default)]
struct DecideBufs {
    certain: Vec<Option<u32>>,
    anchors: Vec<u32>,
    named: Vec<u32>,
    countries: Vec<Name>,
    tagged: Vec<(usize, usize, u32, MentionForm)>,
    order: Vec<(usize, usize, u8, u32)>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// A letter, digit or `_` (`char::is_alphanumeric`, with [`non_ascii_alnum`]'s shortcuts for
/// curly quotes, dashes and the Cyrillic and Arabic letters, which otherwise cost two Unicode
/// table searches each).
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        non_ascii_alnum(c)
    }
}

/// The longest mention the look-back of `defined_acronyms` allows for (bytes): a mention that
/// starts further back cannot reach the span tested.
const MAX_MENTION_BYTES: usize = 256;

/// Whether the capitals of `acronym` are initials of `name`'s words in order, the first
/// being the first word's ("Ambazonia Defence Forces" → "ADF"; "Hayat Tahrir al-Sham" →
/// "HTS"; words split at spaces and hyphens).
pub(super) fn initials_spell(name: &str, acronym: &str) -> bool {
    let initials: Vec<char> = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut capitals = acronym.chars().filter(char::is_ascii_uppercase);
    let Some(first) = capitals.next() else {
        return false;
    };
    if initials.first() != Some(&first) {
        return false;
    }
    let mut rest = initials[1..].iter();
    capitals.all(|c| rest.any(|&i| i == c))
}

/// The acronym a story defines right after a name ending at byte `end`: " (ACR)" with two
/// to eight letters, digits or hyphens, the first an ASCII capital ("(ADF)", "(APBn)").
pub(super) fn acronym_after(text: &str, end: usize) -> Option<&str> {
    let inner = text[end..].strip_prefix(" (")?;
    let acr = &inner[..inner.find(')')?];
    let shaped = (2..=8).contains(&acr.len())
        && acr.starts_with(|c: char| c.is_ascii_uppercase())
        && acr.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    shaped.then_some(acr)
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(' ').filter(|w| !w.is_empty())
}

/// Whether the name after `before` follows a title that addresses its bearer by the given name
/// ("Prince Charles" is "Charles" later, "Sir Nicholas Scott" is "Sir Nicholas"): then the
/// first word of a two-word name is a short form even when it is a common given name.
fn addressed_by_given_name(before: &str) -> bool {
    word_before(before, before.len()).is_some_and(|(_, title)| {
        lexicon::GIVEN_NAME_TITLES
            .iter()
            .any(|t| t.eq_ignore_ascii_case(title))
    })
}

/// [`words`] as byte ranges of `s`.
/// Whether the first word of a two-word name is a short form of the person: a family name
/// written first ("Zhao" of "Zhao Ziyang") or the name a person goes by ("Prem" of "Prem
/// Tinsulanonda"), not a common given name ("Tony" of "Tony Blair"), unless the second word is
/// a hyphenated given name after the family name, its second syllable in lower case ("Kim" of
/// "Kim Dae-jung", "Ma" of "Ma Ying-jeou"; "Robert" of "Robert Kilroy-Silk" is a given name).
fn first_word_is_short_form(first: &str, second: &str) -> bool {
    let romanized_given_name = second
        .split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()));
    romanized_given_name
        || !lexicon::common_given_name(
            &first
                .trim_end_matches(['\'', '’', ',', '.'])
                .to_ascii_lowercase(),
        )
}

fn word_ranges(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    words(s).map(move |w| {
        let at = w.as_ptr() as usize - s.as_ptr() as usize;
        at..at + w.len()
    })
}

/// Case check of a found normalized form against a claim's normalized form: acronyms match
/// exactly; other forms need an upper-case first letter wherever the gazetteer form has one
/// (other letters may differ: "TALIBAN", "al Qaida" for "Al Qaida" fails, "Al qaida" passes).
fn case_ok(claim: &Claim, found: &[u8]) -> bool {
    if claim.nocase {
        return true;
    }
    let exact = claim.exact.as_bytes();
    if let Target::Entity {
        form: MentionForm::Acronym,
        ..
    } = claim.target
    {
        return exact == found;
    }
    if exact.len() != found.len() {
        // Only non-ASCII content differs in length under ASCII folding; compare exactly.
        return exact == found;
    }
    if let Some(mut capitals) = claim.capitals {
        while capitals != 0 {
            if !found[capitals.trailing_zeros() as usize].is_ascii_uppercase() {
                return false;
            }
            capitals &= capitals - 1;
        }
        return true;
    }
    let mut word_start = true;
    for (&p, &f) in exact.iter().zip(found) {
        if word_start && p.is_ascii_uppercase() && !f.is_ascii_uppercase() {
            return false;
        }
        word_start = p == b' ';
    }
    true
}

/// The pieces of an optional comma-separated attribute value, as `v.unwrap_or("").split(',')`
/// gives them: an absent or empty value (most entries) sets up no searcher.
fn comma_list(v: Option<&str>) -> impl Iterator<Item = &str> {
    let v = v.unwrap_or("");
    let (empty, pieces) = if v.is_empty() {
        (Some(v), None)
    } else {
        (None, Some(v.split(',')))
    };
    empty.into_iter().chain(pieces.into_iter().flatten())
}

#[cfg(test)]
mod build_helper_tests {
    use super::*;

    #[test]
    fn comma_list_is_split_of_the_value() {
        for v in [
            None,
            Some(""),
            Some(","),
            Some("a"),
            Some("a,b"),
            Some(",a,,b,"),
        ] {
            let ours: Vec<&str> = comma_list(v).collect();
            let reference: Vec<&str> = v.unwrap_or("").split(',').collect();
            assert_eq!(ours, reference, "{v:?}");
        }
    }
}

impl Matcher {
    /// Compiles the merged entries.
    pub fn new(entries: &[&Entry]) -> Result<Self> {
        Self::build(entries, true)
    }

    /// [`Matcher::new`] without the image: the run-time compilation the image must equal.
    #[cfg(test)]
    pub(super) fn compiled(entries: &[&Entry]) -> Result<Self> {
        Self::build(entries, false)
    }

    /// Compiles the merged entries; `image`: from the bundled image where it fits them.
    fn build(entries: &[&Entry], image: bool) -> Result<Self> {
        // The patterns and claims of the entries and the entries' own data (`Ent`, officials'
        // names and surnames) are independent: built side by side when the other thread is
        // free.
        // The bundled gazetteers' patterns, claims and tries come from the image built with
        // the binary (`image.rs`); any other set of entries is compiled here.
        let (core, (ents, official_names, surnames)) = rayon::join(
            || match image.then(|| super::data::matcher_image(entries)).flatten() {
                Some(d) => Ok(d),
                None => Err(compile::patterns(entries)),
            },
            || {
                let mut ents = Vec::with_capacity(entries.len());
                let mut rules = RuleNames::default();
                let mut official_names = OfficialNames::default();
                let mut surnames: HashMap<String, Vec<u32>, BuildFx> = HashMap::default();
                for (i, e) in entries.iter().enumerate() {
                    let entry = i as u32;
                    let official = e.label == "OFFICIAL";
                    let id_static = super::data::bundled_str(e.id);
                    let gazetteer_static = super::data::bundled_str(e.gazetteer);
                    // The attributes read here, in one pass (the first of a repeated key, as
                    // `Entry::attr` answers; a scan of the list per key was ~6 M instructions).
                    let mut attrs = [None::<&str>; 10];
                    for &(k, v) in &e.attrs {
                        let slot = match k {
                            "country" => 0,
                            "role" => 1,
                            "ambiguous" => 2,
                            "context" => 3,
                            "given_name" => 4,
                            "not_after" => 5,
                            "family" => 6,
                            "terms" => 7,
                            "alone" => 8,
                            "group" => 9,
                            _ => continue,
                        };
                        attrs[slot].get_or_insert(v);
                    }
                    let [country, role, ambiguous, context, given_name, not_after, family, terms, alone, group] =
                        attrs;
                    let led = if official {
                        lexicon::leader_offices([role, terms].into_iter().flatten())
                    } else {
                        0
                    };
                    ents.push(Ent {
                        label: label_name(e.label),
                        country: e.label == "COUNTRY",
                        official,
                        link: EntityLink {
                            id: id_static.map_or_else(|| e.id.into(), Name::from_static),
                            name: static_name(e.name),
                            gazetteer: gazetteer_static
                                .map_or_else(|| e.gazetteer.into(), Name::from_static),
                            form: MentionForm::Name,
                            // The output contract: officials carry country and role.
                            country: country
                                .filter(|v| official && !v.is_empty())
                                .map(static_name),
                            role: role.filter(|v| official && !v.is_empty()).map(static_name),
                        },
                        // A bundled entry's rule was made at build time.
                        rule: match id_static.and(gazetteer_static).and_then(|_| {
                            super::data::bundled_rule(e.gazetteer, e.id, &mut rules.next)
                        }) {
                            Some(rule) => Name::from_static(rule),
                            None => rules.name(
                                e.gazetteer,
                                e.id,
                                id_static.is_some() && gazetteer_static.is_some(),
                                entries.len(),
                            ),
                        },
                        ambiguous: e.ambiguous(),
                        ambiguous_forms: comma_list(ambiguous)
                            .map(|f| normalize::pattern(f).to_ascii_lowercase())
                            .filter(|f| !f.is_empty())
                            .collect(),
                        surnames: if official {
                            e.surnames.iter().map(|s| s.to_string()).collect()
                        } else {
                            Vec::new()
                        },
                        // Groups only with `context=country` ("AFC" of the Congo River
                        // Alliance).
                        home: country
                            .filter(|v| {
                                (e.label == "ORG" || context == Some("country")) && !v.is_empty()
                            })
                            .map(str::to_string),
                        agency_context: context == Some("agency"),
                        given_name: given_name == Some("yes"),
                        not_after: comma_list(not_after)
                            .map(str::trim)
                            .filter(|w| !w.is_empty())
                            .map(Into::into)
                            .collect(),
                        country_context: context == Some("country"),
                        family: family
                            .filter(|v| e.label == "ORG" && !v.is_empty())
                            .map(Into::into),
                        famous: compile::famous(official, e.ambiguous(), led, role, terms),
                        alone: comma_list(alone.filter(|_| official))
                            .map(|f| normalize::pattern(f).to_ascii_lowercase())
                            .filter(|f| !f.is_empty())
                            .collect(),
                        in_office_since: if official { first_year(e) } else { None },
                        led,
                        group: group.filter(|v| official && !v.is_empty()).map(Into::into),
                    });
                    if official {
                        for &n in std::iter::once(&e.name).chain(&e.aliases) {
                            official_names.push(entry, n);
                        }
                        // Surname-only forms are not in the automaton (they would be a third of it):
                        // they are looked up after role titles, and used as short forms of officials
                        // named in full.
                        for s in &e.surnames {
                            let key = compile::surname_key(s);
                            if !key.is_empty() {
                                let list = surnames.entry(key).or_default();
                                if !list.contains(&entry) {
                                    list.push(entry);
                                }
                            }
                        }
                    }
                }
                (ents, official_names, surnames)
            },
        );
        let (claims, ranges, prefixes2, automata, first_words) = match core {
            Ok(d) => {
                let mut words = d.first_words;
                words.set_lower_acts();
                let automata = (!d.ranges.is_empty()).then_some(d.tries);
                (d.claims, d.ranges, d.prefixes2, automata, words)
            }
            Err(compile::Patterns {
                patterns,
                order,
                claims,
                ranges,
                lower_start,
            }) => {
                let prefixes2 = compile::prefix_sets(&patterns, &lower_start);
                if patterns.is_empty() {
                    (claims, ranges, prefixes2, None, FirstWords::default())
                } else {
                    // As `compile::first_words`, the trie of every pattern and its first-word
                    // table built on another thread while the lower-case-start trie is (the
                    // other core is idle by then).
                    let ((all, mut words), (lower, lower_words)) = rayon::join(
                        || {
                            let trie = compile::whole_trie(&patterns, &order);
                            let words =
                                FirstWords::new(&trie, compile::in_order(&patterns, &order));
                            (trie, words)
                        },
                        || {
                            let trie = compile::lower_trie(&patterns, &order, &lower_start);
                            let words = FirstWords::lower_words(
                                &trie,
                                compile::lower_in_order(&patterns, &order, &lower_start),
                            );
                            (trie, words)
                        },
                    );
                    for (word, node) in lower_words {
                        words.set_lower(word, &lower, node);
                    }
                    words.set_lower_acts();
                    (claims, ranges, prefixes2, Some((all, lower)), words)
                }
            }
        };
        Ok(Matcher {
            ents,
            automata,
            prefixes2,
            first_words,
            claims,
            ranges,
            by_surname: BySurname::build(&official_names),
            official_names,
            surnames,
            institutions: InstitutionFilter::new(),
        })
    }

    /// The one official whose name or alias contains all the words of `name` in order, with
    /// the same last word (and, with `same_first`, the same first word: "Jose Manuel
    /// Barroso" for José Manuel Durão Barroso, not "Mario Branco Peres" for Shimon Peres).
    fn known_official(&self, name: &str, same_first: bool) -> Option<u32> {
        let mut words = NameWords::default();
        words.push_name(name);
        if words.len() < 2 {
            return None;
        }
        let words: Vec<&str> = words.range(0, words.len()).collect();
        // A name made only of very common first names ("Ahmed Hassan", "Musa Ali") is shared
        // by too many people to stand for the one official whose longer name contains it.
        let common = |w: &&str| {
            lexicon::SHORT_FORM_STOPLIST
                .iter()
                .any(|c| c.eq_ignore_ascii_case(w))
        };
        if words.iter().all(common) {
            return None;
        }
        let surname_of = words
            .last()
            .and_then(|w| self.surnames.get(*w))
            .map_or(&[][..], Vec::as_slice);
        self.by_surname
            .find(&self.official_names, &words, same_first, surname_of)
    }

    /// Number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.ranges.len()
    }

    /// Tags one document.
    pub fn extract(&self, doc: &Document, out: &mut Vec<Annotation>) {
        let Some(automata) = &self.automata else {
            return;
        };
        SCRATCH.with(|cell| {
            let Ok(mut scratch) = cell.try_borrow_mut() else {
                return;
            };
            let Scratch {
                norm,
                hits,
                options,
                unit_starts,
                body_starts,
                institution_starts,
                decide,
            } = &mut *scratch;
            norm.fill(&doc.text);
            if norm.is_empty() {
                return;
            }
            hits.clear();
            options.clear();
            unit_starts.clear();
            body_starts.clear();
            institution_starts.clear();
            let starts = Starts {
                units: unit_starts,
                bodies: body_starts,
                institutions: institution_starts,
            };
            self.scan(automata, norm, &doc.text, options, hits, starts);
            Doc {
                m: self,
                doc,
                hs: norm.as_str(),
                hits,
                options,
                unit_starts,
                body_starts,
                institution_starts,
                in_names: OnceCell::new(),
            }
            .decide(out, decide);
        });
    }

    /// Whether a pattern of automaton `set` may start with the two bytes at `i` (ASCII case
    /// folded): a 2 KiB table, so most word starts are rejected within L1.
    fn may_start(&self, set: usize, hay: &[u8], i: usize) -> bool {
        let byte = |k: usize| hay.get(i + k).map_or(0, u8::to_ascii_lowercase);
        let key = prefix_key2(byte(0), byte(1));
        self.prefixes2[set][key >> 6] & (1 << (key & 63)) != 0
    }

    /// Searches at every word start of the normalized text (anchored, leftmost-longest):
    /// matches must start on a token boundary, so nothing is lost, and most word starts fail
    /// on their first word.
    fn scan(
        &self,
        (all, lower): &(Trie, Trie),
        norm: &Normalized,
        text: &str,
        options: &mut Vec<(u32, MentionForm)>,
        hits: &mut Vec<Hit>,
        starts: Starts<'_>,
    ) {
        let hs = norm.as_str();
        let bytes = hs.as_bytes();
        let mut scan = Scan {
            m: self,
            all,
            lower,
            norm,
            text,
            options,
            hits,
            starts,
            lines: LowerLines::default(),
            hint: 0,
            finder_hint: 0,
            resume: 0,
            found: Vec::new(),
            readings: [Reading::default(); READINGS],
        };
        let mut words_of = Words::new(hs);
        // A block's copy, with sixteen bytes of room after it (what a word's key reads past
        // the word is masked off, so the room is zeroed once, not per block).
        let mut copy = [0u8; 80];
        loop {
            match words_of.step() {
                Step::Block(base, mask) => {
                    // The words of 64 bytes of ASCII, read off their mask, from the copy (no
                    // bounds to check per word).
                    let Some(block) = bytes.get(base..base + 64) else {
                        break;
                    };
                    copy[..64].copy_from_slice(block);
                    let mut starts = mask & !(mask << 1);
                    // Inside a line with a capital, most lower-case words are passed by on one
                    // table bit, before the per-word tests of `Scan::word`. Only a line already
                    // looked at counts (all-caps copy never asks for its lines), and a word
                    // counts by its start, not the whole block: short wire lines (Reuters,
                    // ~65 bytes) seldom hold a whole block.
                    let mut quiet_end = scan.lines.quiet_end();
                    while starts != 0 {
                        let k = starts.trailing_zeros() as usize & 63;
                        starts &= starts - 1;
                        let run = (!(mask >> k)).trailing_zeros() as usize;
                        let i = base + k;
                        if k + run < 64 {
                            let first = [copy[k], copy[k + 1]];
                            if i < quiet_end
                                && first[0].is_ascii_lowercase()
                                && run <= FIRST_WORD_MAX
                                && !self.first_words.may_act_lower(first[0], first[1], run)
                            {
                                continue;
                            }
                            scan.word(i, i + run, first, || pack_block(&copy, k, run));
                            quiet_end = scan.lines.quiet_end();
                        } else {
                            // The word reaches the block's end: it may go on after it (its
                            // second byte too).
                            let j = word_end(hs, i);
                            words_of.passed(j);
                            let first = [copy[k], bytes.get(i + 1).copied().unwrap_or(0)];
                            scan.word(i, j, first, || pack_at(bytes, i, j - i));
                        }
                    }
                }
                Step::Word(i, j) => {
                    let Some(&b) = bytes.get(i) else {
                        break;
                    };
                    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
                    scan.word(i, j, [b, b1], || pack_at(bytes, i, j - i));
                }
                Step::End => break,
            }
        }
    }

    /// Whether a match may end at `ne`: no word character follows. (`ns` is a word start, the
    /// scan looks nowhere else: only the end is checked.)
    #[inline]
    fn ends_on_boundary(hs: &str, ns: usize, ne: usize) -> bool {
        debug_assert!(!hs[..ns].chars().next_back().is_some_and(is_word_char));
        match hs.as_bytes().get(ne) {
            None => true,
            Some(&b) if b < 0x80 => !WORD[usize::from(b)],
            Some(_) => !hs[ne..].chars().next().is_some_and(is_word_char),
        }
    }

    /// The reading of pattern `pattern` found as `hs[ns..ne]` (a match on token boundaries):
    /// the claims whose case check it passes. With whether the line's case was asked (the
    /// answer depends on the found bytes alone otherwise).
    fn accept(
        &self,
        hs: &str,
        ns: usize,
        ne: usize,
        pattern: usize,
        options: &mut Vec<(u32, MentionForm)>,
        lower_line: &mut dyn FnMut() -> bool,
    ) -> (Option<HitKind>, bool) {
        let found = &hs.as_bytes()[ns..ne];
        let (a, b) = self.ranges[pattern];
        let mut other = None;
        let before = options.len();
        let mut lower = None;
        for claim in &self.claims[a as usize..b as usize] {
            if !case_ok(claim, found) {
                // A line written all in lower case carries no case information: names (not
                // acronyms or surnames) match there in any case.
                let name_like = matches!(
                    claim.target,
                    Target::Entity {
                        form: MentionForm::Name | MentionForm::Alias | MentionForm::Demonym,
                        ..
                    }
                );
                if !(name_like && *lower.get_or_insert_with(&mut *lower_line)) {
                    continue;
                }
            }
            match claim.target {
                Target::Entity { entry, form } => {
                    if !options[before..].iter().any(|(e, _)| *e == entry) {
                        options.push((entry, form));
                    }
                }
                Target::Title(t) => other = other.or(Some(HitKind::Title(t))),
                Target::Honorific => other = other.or(Some(HitKind::Honorific)),
                Target::Capital(e) => other = other.or(Some(HitKind::Capital(e))),
            }
        }
        let surnames_only = options[before..]
            .iter()
            .all(|(_, f)| *f == MentionForm::Surname);
        let kind = if options.len() > before
            && !(surnames_only && matches!(other, Some(HitKind::Title(_))))
        {
            Some(HitKind::Entity(before as u32, options.len() as u32))
        } else {
            options.truncate(before);
            other
        };
        (kind, lower.is_some())
    }
}

/// [`FINDER_START`]'s bit for a byte that may start a numbered unit ([`units::START`]).
const UNIT_START: u8 = 1;

/// Per first byte of a word, what the scan checks it for: [`UNIT_START`], and in the high
/// four bits the length a broadcaster cue's first word starting with it has
/// ([`bodies::CUE_WORD_LEN`]): one load rejects most words for both.
static FINDER_START: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        let unit = if units::START[b] { UNIT_START } else { 0 };
        t[b] = unit | (bodies::CUE_WORD_LEN[b] << 4);
        b += 1;
    }
    t
};

/// The word starts the scan collects for the pattern finders that look only there.
struct Starts<'a> {
    /// For [`units::find_among`].
    units: &'a mut Vec<usize>,
    /// For [`bodies::find_among`].
    bodies: &'a mut Vec<usize>,
    /// For [`Doc::in_institution_name`].
    institutions: &'a mut Vec<usize>,
}

/// The scan of one document ([`Matcher::scan`]): what it writes, and what it keeps from word
/// to word.
struct Scan<'a> {
    m: &'a Matcher,
    all: &'a Trie,
    lower: &'a Trie,
    norm: &'a Normalized,
    text: &'a str,
    options: &'a mut Vec<(u32, MentionForm)>,
    hits: &'a mut Vec<Hit>,
    starts: Starts<'a>,
    lines: LowerLines,
    /// Breakpoint hints for mapping hits, and unit and cue starts, back (each comes in text
    /// order; a unit start may lie inside the last hit, so the two do not share one).
    hint: usize,
    finder_hint: usize,
    /// The end of the last hit: no match starts before it.
    resume: usize,
    /// The patterns found at a word start: (normalized end, pattern), shortest first.
    found: Vec<(usize, u32)>,
    /// The last reading of each pattern (by pattern mod [`READINGS`]): a story names its
    /// countries again and again, and a pattern found again with the same bytes has the same
    /// reading, so its claims are checked once (`options` ranges are shared, never changed).
    readings: [Reading; READINGS],
}

/// Slots of [`Scan::readings`].
const READINGS: usize = 64;

/// A pattern's reading where it was found as `hs[ns..ne]` ([`Matcher::accept`], when the line's
/// case was not asked); `pattern` is the pattern + 1 (0: an empty slot).
#[derive(Clone, Copy, Default)]
struct Reading {
    pattern: u32,
    ns: u32,
    ne: u32,
    kind: Option<HitKind>,
}

impl Scan<'_> {
    /// The word `i..j` of the normalized text, first byte `b`, the byte after it `b1` (the
    /// second of the word or not, any value when `j - i` is 1); `key` packs it ([`pack`]) when
    /// it is at most [`FIRST_WORD_MAX`] bytes long. Most words end here, on the first-word
    /// filters.
    #[inline(always)]
    fn word(&mut self, i: usize, j: usize, [b, b1]: [u8; 2], key: impl FnOnce() -> u128) {
        let finders = FINDER_START[usize::from(b)];
        if finders != 0 && (finders & UNIT_START != 0 || usize::from(finders >> 4) == j - i) {
            self.finder_start(i, j, finders);
        }
        let len = j - i;
        let words = &self.m.first_words;
        let keyed = || {
            let key = key();
            (key, FirstWords::hash(key))
        };
        if !b.is_ascii_lowercase() && len <= FIRST_WORD_MAX {
            // Hashed before the resume test: an institution word inside a hit counts too
            // ("State Bank of Pakistan" where "State Bank" is a pattern).
            let (key, h) = keyed();
            // Every institution word is 3 to 11 bytes long with an ASCII capital first: other
            // words (digits, all-caps tickers of wire copy) skip the filter.
            if b.is_ascii_uppercase()
                && INSTITUTION_WORD_LENS.contains(&len)
                && self.m.institutions.may_have(h)
            {
                self.institution_word(i, j);
            }
            if i < self.resume || !words.may_have(h) {
                return;
            }
            self.first_word(i, j, key, h, FirstWordIn::All);
            return;
        }
        if i < self.resume {
            return;
        }
        if len > FIRST_WORD_MAX {
            self.long_word(i);
            return;
        }
        // A pattern can only match here if its first word is this word (matches end on token
        // boundaries): looked up by the word, then walked on from there. A word starting in
        // lower case looks in the lower-case-start patterns only, unless its line is all lower
        // case. (Every lower-case-start pattern is in the full set too.)
        let (key, h, how) = {
            // Most words of a text start in lower case and begin no lower-case-start pattern:
            // the first two bytes and the length turn most of them away before the word is
            // packed and hashed, unless their line is all in lower case.
            let lower_start = words.may_start_lower(b, b1, len);
            if !lower_start && !self.lines.lower(self.norm, self.text, i) {
                return;
            }
            let (key, h) = keyed();
            if lower_start && words.may_have_lower(h) {
                (key, h, FirstWordIn::Lower)
            } else if self.lines.lower(self.norm, self.text, i) && words.may_have(h) {
                // No lower-case-start pattern begins with this word: only a line written all
                // in lower case looks further.
                (key, h, FirstWordIn::All)
            } else {
                return;
            }
        };
        self.first_word(i, j, key, h, how);
    }

    /// A word that may start a numbered unit or a broadcaster cue (by its first byte, and
    /// the cue's length): kept for [`units::find_among`] and [`bodies::find_among`].
    #[inline(never)]
    fn finder_start(&mut self, i: usize, j: usize, finders: u8) {
        let bytes = self.norm.as_str().as_bytes();
        if finders & UNIT_START != 0 && units::may_begin_unit(bytes, i) {
            self.starts
                .units
                .push(self.norm.orig_from(i, &mut self.finder_hint));
        }
        if usize::from(finders >> 4) == j - i && bodies::may_begin_cue(bytes, i, j) {
            self.starts
                .bodies
                .push(self.norm.orig_from(i, &mut self.finder_hint));
        }
    }

    /// A word that passed the institution filter: kept (its original offset) when it is one
    /// of the words.
    #[inline(never)]
    fn institution_word(&mut self, i: usize, j: usize) {
        let word = &self.norm.as_str()[i..j];
        if lexicon::exact_kinds(word) & lexicon::kind::INSTITUTION != 0 {
            self.starts
                .institutions
                .push(self.norm.orig_from(i, &mut self.finder_hint));
        }
    }

    /// A word that passed a first-word filter: its slot, the patterns from there, and the
    /// longest one accepted.
    #[inline(never)]
    fn first_word(&mut self, i: usize, j: usize, key: u128, h: u64, how: FirstWordIn) {
        let Some(slot) = self.m.first_words.slot_of(key, j - i, h) else {
            return;
        };
        let bytes = self.norm.as_str().as_bytes();
        self.found.clear();
        match how {
            FirstWordIn::All => patterns_after(self.all, slot, 0, bytes, j, &mut self.found),
            FirstWordIn::Lower => {
                if self.lines.lower(self.norm, self.text, i) {
                    patterns_after(self.all, slot, 0, bytes, j, &mut self.found);
                } else if slot.nodes[1] != NO_NODE {
                    patterns_after(self.lower, slot, 1, bytes, j, &mut self.found);
                }
            }
        }
        // (A word that passed the filters may still begin no pattern: no call then.)
        if !self.found.is_empty() {
            self.longest(i);
        }
    }

    /// A word longer than any first word kept in the table: the trie walked from the root.
    #[inline(never)]
    fn long_word(&mut self, i: usize) {
        let bytes = self.norm.as_str().as_bytes();
        self.found.clear();
        if !bytes[i].is_ascii_lowercase() {
            if self.m.may_start(0, bytes, i) {
                self.all.prefixes(bytes, i, &mut self.found);
            }
        } else if self.m.may_start(0, bytes, i) {
            if self.lines.lower(self.norm, self.text, i) {
                self.all.prefixes(bytes, i, &mut self.found);
            } else if self.m.may_start(1, bytes, i) {
                self.lower.prefixes(bytes, i, &mut self.found);
            }
        }
        self.longest(i);
    }

    /// Of the patterns found at `i`, the longest accepted becomes a hit. (A longest match that
    /// fails its boundary or case check falls back to the next shorter one: "The Malian army"
    /// → "Malian", not "Malian Army".)
    fn longest(&mut self, i: usize) {
        let Scan {
            m,
            norm,
            text,
            options,
            hits,
            lines,
            hint,
            resume,
            found,
            readings,
            ..
        } = self;
        let hs = norm.as_str();
        for &(ne, pattern) in found.iter().rev() {
            if !Matcher::ends_on_boundary(hs, i, ne) {
                continue;
            }
            let reading = &mut readings[pattern as usize % READINGS];
            let seen = reading.pattern == pattern + 1
                && hs.as_bytes().get(reading.ns as usize..reading.ne as usize)
                    == hs.as_bytes().get(i..ne);
            let kind = if seen {
                reading.kind
            } else {
                let mut lower_line = || lines.lower(norm, text, i);
                let (kind, asked) = m.accept(hs, i, ne, pattern as usize, options, &mut lower_line);
                if !asked {
                    *reading = Reading {
                        pattern: pattern + 1,
                        ns: i as u32,
                        ne: ne as u32,
                        kind,
                    };
                }
                kind
            };
            if let Some(kind) = kind {
                let (start, end) = norm.original(text, i, ne, hint);
                hits.push(Hit {
                    ns: i,
                    ne,
                    start,
                    end,
                    kind,
                });
                *resume = ne;
                break;
            }
        }
    }
}

/// Which patterns a word that passed a first-word filter may begin ([`Scan::first_word`]).
#[derive(Clone, Copy)]
enum FirstWordIn {
    /// All patterns: a word not in lower case, or in a line all in lower case.
    All,
    /// The lower-case-start patterns, unless the line is all in lower case.
    Lower,
}

/// Whether the line around a position has no upper-case letter, cached for the last line.
#[derive(Default)]
struct LowerLines {
    /// The normalized offset where the cached line ends, and its answer.
    line: Option<(usize, bool)>,
    /// [`Normalized::orig_from`]'s hint.
    hint: usize,
    /// [`Normalized::at_or_after_from`]'s hint.
    end_hint: usize,
}

impl LowerLines {
    /// For normalized offset `ns` of `text`; offsets must not decrease from call to call (the
    /// scan's order), so a word in the cached line costs one comparison, not a map lookup.
    #[inline]
    fn lower(&mut self, norm: &Normalized, text: &str, ns: usize) -> bool {
        match self.line {
            Some((end, lower)) if ns < end => lower,
            _ => self.new_line(norm, text, ns),
        }
    }

    /// Where the cached line ends if it has an upper-case letter (0 if there is no such line):
    /// the offsets from the last one asked for up to there lie in it (no line is looked up
    /// here).
    #[inline]
    fn quiet_end(&self) -> usize {
        match self.line {
            Some((end, false)) => end,
            _ => 0,
        }
    }

    /// [`LowerLines::lower`] for the first offset past the cached line.
    #[inline(never)]
    fn new_line(&mut self, norm: &Normalized, text: &str, ns: usize) -> bool {
        let at = norm.orig_from(ns, &mut self.hint);
        let bytes = text.as_bytes();
        let s = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let e = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
        let lower = no_upper_case(&text[s..e]);
        self.line = Some((norm.at_or_after_from(e, &mut self.end_hint), lower));
        lower
    }
}

/// Whether `line` holds no upper-case letter (`char::is_uppercase`). Sixteen bytes at a time,
/// up to the first ASCII capital (most lines of news have one within their first bytes; a
/// Reuters line is ~65 bytes); chars are decoded only in a line with a byte from 0x80 up and
/// no ASCII capital.
fn no_upper_case(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut high = false;
    let mut chunks = bytes.chunks_exact(16);
    for chunk in chunks.by_ref() {
        let mut w = [0u8; 16];
        w.copy_from_slice(chunk);
        let (capitals, highs) = literals::capitals_and_highs16(&w);
        if capitals != 0 {
            return false;
        }
        high |= highs != 0;
    }
    let rest = chunks.remainder();
    if rest.iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    high |= rest.iter().any(|&b| b >= 0x80);
    !high || !line.chars().any(char::is_uppercase)
}

/// Up to this many hits, [`Doc::name_elsewhere`] compares the hits of a form instead of
/// listing the forms of all hits in longer names.
const FEW_HITS: usize = 256;

/// Entries mentioned unambiguously in the document (sorted), and the ids of the countries it
/// names (those, plus country acronyms that spell a word written in mixed-case text: "US").
struct Anchors(Vec<u32>, Vec<Name>);

impl Anchors {
    fn contains(&self, e: &u32) -> bool {
        self.0.binary_search(e).is_ok()
    }

    /// Whether the document names the country with this id.
    fn country(&self, id: &str) -> bool {
        self.1.iter().any(|c| **c == *id)
    }
}

/// Per-document decision state.
struct Doc<'a> {
    m: &'a Matcher,
    doc: &'a Document,
    /// The normalized text (validated once: `Normalized::as_str` is linear).
    hs: &'a str,
    hits: &'a [Hit],
    options: &'a [(u32, MentionForm)],
    /// Where numbered units may start ([`units::find_among`]).
    unit_starts: &'a [usize],
    /// Where broadcaster cues may start ([`bodies::find_among`]).
    body_starts: &'a [usize],
    /// Where institution words stand ([`InstitutionFilter`]; a superset, in order).
    institution_starts: &'a [usize],
    /// Forms (lower case) that occur in the document as part of a longer name, computed on
    /// first use ([`Doc::name_elsewhere`]).
    in_names: OnceCell<Vec<String>>,
}

/// A string of a gazetteer entry as a [`Name`]: borrowed from the binary when it is a
/// bundled file's text or stem (no reference count to touch per mention), else shared.
fn static_name(s: &str) -> Name {
    match super::data::bundled_str(s) {
        Some(s) => Name::from_static(s),
        None => s.into(),
    }
}

/// Entries' rules, `gazetteer/id`. For a bundled entry the string is made once per process
/// and kept (a bounded set: the bundled entries), so a mention's rule is a plain copy rather
/// than a reference count touched at every mention and again at its drop; other entries'
/// rules are shared. One builder per matcher build: the process-wide set is locked once, and
/// each rule is written into one reused buffer and copied only when it is new.
#[derive(Default)]
struct RuleNames {
    kept: Option<MutexGuard<'static, HashSet<&'static str, BuildFx>>>,
    buf: String,
    /// Where the next bundled rule is looked for first ([`super::data::bundled_rule`]).
    next: usize,
}

impl RuleNames {
    /// The rule of an entry; `bundled`: its gazetteer and id are bundled strings. `entries`:
    /// how many entries the build has (room kept for their rules).
    fn name(&mut self, gazetteer: &str, id: &str, bundled: bool, entries: usize) -> Name {
        self.buf.clear();
        self.buf.push_str(gazetteer);
        self.buf.push('/');
        self.buf.push_str(id);
        if !bundled {
            return self.buf.as_str().into();
        }
        static RULES: OnceLock<Mutex<HashSet<&'static str, BuildFx>>> = OnceLock::new();
        let rules = self.kept.get_or_insert_with(|| {
            let mut rules = RULES
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let more = entries.saturating_sub(rules.len());
            rules.reserve(more);
            rules
        });
        let kept = match rules.get(self.buf.as_str()) {
            Some(&kept) => kept,
            None => {
                let kept: &'static str = Box::leak(self.buf.as_str().into());
                rules.insert(kept);
                kept
            }
        };
        Name::from_static(kept)
    }
}

/// An entry's label: the bundled labels borrow a static string, others are shared.
fn label_name(label: &str) -> Name {
    match label {
        "COUNTRY" => Name::from_static("COUNTRY"),
        "GROUP" => Name::from_static("GROUP"),
        "ORG" => Name::from_static("ORG"),
        "OFFICIAL" => Name::from_static("OFFICIAL"),
        other => other.into(),
    }
}

/// The earliest year in an official's `from=` and `terms=` attributes
/// (`terms=government:1999-2000,head_of_state:2000-2008` → 1999): runs of exactly four ASCII
/// digits.
fn first_year(e: &Entry) -> Option<i32> {
    let mut first: Option<i32> = None;
    for value in ["from", "terms"].iter().filter_map(|k| e.attr(k)) {
        let mut run = 0usize;
        let mut year = 0i32;
        for b in value.bytes().chain(std::iter::once(b' ')) {
            if b.is_ascii_digit() {
                run += 1;
                year = year.wrapping_mul(10).wrapping_add(i32::from(b - b'0'));
            } else {
                if run == 4 {
                    first = Some(first.map_or(year, |f| f.min(year)));
                }
                run = 0;
                year = 0;
            }
        }
    }
    first
}

/// The start of the run of characters before byte `end` of `s` that `keep` accepts, with
/// `ascii` answering for ASCII bytes (no decoding on ASCII text).
#[inline]
fn run_start(
    s: &str,
    end: usize,
    ascii: impl Fn(u8) -> bool,
    keep: impl Fn(char) -> bool,
) -> usize {
    let bytes = s.as_bytes();
    let mut at = end;
    while at > 0 {
        let b = bytes[at - 1];
        if b < 0x80 {
            if !ascii(b) {
                break;
            }
            at -= 1;
        } else {
            match s[..at].chars().next_back() {
                Some(c) if keep(c) => at -= c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// Bit `i` set for every byte `i` of `chunk` that is an ASCII word byte or one of `extra`
/// (a zero in `extra` stands for none).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn class_mask16(chunk: &[u8; 16], extra: [u8; 2]) -> u32 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
    let mut m = word_mask16(chunk);
    for e in extra {
        if e != 0 {
            // SAFETY: SSE2 is in the x86-64 baseline; the load reads the sixteen bytes of
            // `chunk`.
            m |= unsafe {
                let v = _mm_loadu_si128(chunk.as_ptr().cast());
                _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(e as i8))) as u32
            };
        }
    }
    m
}

/// [`run_end`] for ASCII word bytes and `extra` (non-ASCII characters asked of `keep`),
/// sixteen bytes at a time where the bytes are there (test
/// `class_runs_agree_with_the_byte_loops`).
#[inline]
fn class_run_end(s: &str, start: usize, extra: [u8; 2], keep: impl Fn(char) -> bool) -> usize {
    let ascii = |b: u8| ascii_word(b) || (b != 0 && extra.contains(&b));
    #[cfg(target_arch = "x86_64")]
    {
        let bytes = s.as_bytes();
        let mut at = start;
        while let Some(chunk) = bytes.get(at..at + 16) {
            let mut c = [0u8; 16];
            c.copy_from_slice(chunk);
            let run = (!class_mask16(&c, extra)).trailing_zeros() as usize;
            if run < 16 {
                at += run;
                if bytes[at] < 0x80 {
                    return at;
                }
                break;
            }
            at += 16;
        }
        run_end(s, at, ascii, keep)
    }
    #[cfg(not(target_arch = "x86_64"))]
    run_end(s, start, ascii, keep)
}

/// [`run_start`] for ASCII word bytes and `extra` (non-ASCII characters asked of `keep`),
/// sixteen bytes at a time where the bytes are there.
#[inline]
fn class_run_start(s: &str, end: usize, extra: [u8; 2], keep: impl Fn(char) -> bool) -> usize {
    let ascii = |b: u8| ascii_word(b) || (b != 0 && extra.contains(&b));
    #[cfg(target_arch = "x86_64")]
    {
        let bytes = s.as_bytes();
        let mut at = end;
        while at >= 16 {
            let mut c = [0u8; 16];
            c.copy_from_slice(&bytes[at - 16..at]);
            let run = (!(class_mask16(&c, extra) << 16)).leading_zeros() as usize;
            if run < 16 {
                at -= run;
                if bytes[at - 1] < 0x80 {
                    return at;
                }
                break;
            }
            at -= 16;
        }
        run_start(s, at, ascii, keep)
    }
    #[cfg(not(target_arch = "x86_64"))]
    run_start(s, end, ascii, keep)
}

/// The end of the run of characters from byte `start` of `s` that `keep` accepts, with
/// `ascii` answering for ASCII bytes.
#[inline]
fn run_end(
    s: &str,
    start: usize,
    ascii: impl Fn(u8) -> bool,
    keep: impl Fn(char) -> bool,
) -> usize {
    let bytes = s.as_bytes();
    let mut at = start;
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if !ascii(b) {
                break;
            }
            at += 1;
        } else {
            match s[at..].chars().next() {
                Some(c) if keep(c) => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// [`is_word_char`] for an ASCII byte.
#[inline]
fn ascii_word(b: u8) -> bool {
    WORD[usize::from(b & 0x7f)] && b < 0x80
}

/// The word (letters, digits, apostrophes inside) ending right before byte `at` of `s`,
/// skipping spaces; with its start.
fn word_before(s: &str, at: usize) -> Option<(usize, &str)> {
    let bytes = s.as_bytes();
    let mut end = at;
    while end > 0 && bytes[end - 1] == b' ' {
        end -= 1;
    }
    let start = class_run_start(s, end, [b'\'', b'.'], |c| {
        is_word_char(c) || c == '\'' || c == '.'
    });
    // Without its trailing dots.
    while end > start && bytes[end - 1] == b'.' {
        end -= 1;
    }
    (end > start).then(|| (start, &s[start..end]))
}

/// Whether the word [`word_before`] finds before byte `at` of `s` may be one of `list`: the
/// last byte that word would have (after the spaces and its trailing dots) ends a word of the
/// list. A quick test before the walk: false means `word_before` finds none of them.
#[inline]
fn may_be_word_before<S: AsRef<str>>(s: &str, at: usize, list: &[S]) -> bool {
    let b = s.as_bytes();
    let mut j = at;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    while j > 0 && b[j - 1] == b'.' {
        j -= 1;
    }
    j > 0
        && list
            .iter()
            .any(|w| w.as_ref().as_bytes().last() == Some(&b[j - 1]))
}

/// The word starting right after byte `at` of `s` (after one run of spaces), with its start.
fn word_after(s: &str, at: usize) -> Option<(usize, &str)> {
    let bytes = s.as_bytes();
    let mut from = at;
    while from < bytes.len() && bytes[from] == b' ' {
        from += 1;
    }
    let end = class_run_end(s, from, [0, 0], is_word_char);
    (end > from).then(|| (from, &s[from..end]))
}

/// The word (letters and digits) at the end of `s`.
fn trailing_word(s: &str) -> Option<&str> {
    let start = class_run_start(s, s.len(), [b'&', 0], |c| is_word_char(c) || c == '&');
    (start < s.len()).then(|| &s[start..])
}

/// Whether `s`, without trailing spaces, ends in a word character (no punctuation between).
fn ends_in_word(s: &str) -> bool {
    let end = run_start(s, s.len(), |b| b == b' ', |c| c == ' ');
    match s.as_bytes()[..end].last() {
        None => false,
        Some(&b) if b < 0x80 => ascii_word(b),
        Some(_) => s[..end].chars().next_back().is_some_and(is_word_char),
    }
}

/// A word with a possessive `'s` ("JCRA's Watanabe"): it owns the next name, it does not
/// begin it.
fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// Whether the text right before `at` (skipping spaces) ends a sentence or a heading.
fn sentence_start(s: &str, at: usize) -> bool {
    let head = s[..at].trim_end_matches(' ');
    // A quotation closed after a comma goes on with its attribution: `," Rastam Hadi said`.
    let closing = |q: &str| head.strip_suffix(q).is_some_and(|h| h.ends_with(','));
    if ["\"", "”", "'", "’"].iter().any(|q| closing(q)) {
        return false;
    }
    match head.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '"' | '“' | '”' | ':' | '(' | '[' | '#' | '*' | '\'' | '«'
        ),
    }
}

impl Doc<'_> {
    fn hs(&self) -> &str {
        self.hs
    }

    fn opts(&self, h: &Hit) -> &[(u32, MentionForm)] {
        match h.kind {
            HitKind::Entity(a, b) => &self.options[a as usize..b as usize],
            _ => &[],
        }
    }

    fn ent(&self, entry: u32) -> &Ent {
        &self.m.ents[entry as usize]
    }

    /// Whether a form of an `ambiguous` entry needs context: the forms its `ambiguous=`
    /// attribute lists, else single-word names, aliases and acronyms ("Jordan", "WHO");
    /// demonyms and multi-word forms do not.
    #[inline(always)]
    fn needs_context(&self, h: &Hit, e: u32, form: MentionForm) -> bool {
        let ent = self.ent(e);
        if !ent.ambiguous {
            return false;
        }
        let found = &self.hs()[h.ns..h.ne];
        if !ent.ambiguous_forms.is_empty() {
            return ent
                .ambiguous_forms
                .iter()
                .any(|f| f.eq_ignore_ascii_case(found));
        }
        form != MentionForm::Demonym && !found.contains(' ')
    }

    /// An acronym that spells a word ("US", "WHO") is the acronym in mixed-case text and
    /// unclear in all-caps text ("LET US PRAY"): true when a neighbouring word has a
    /// lower-case letter.
    fn mixed_case_context(&self, h: &Hit) -> bool {
        let hs = self.hs();
        let lower = |w: &str| w.chars().any(char::is_lowercase);
        word_before(hs, h.ns).is_some_and(|(_, w)| lower(w))
            || word_after(hs, h.ne).is_some_and(|(_, w)| lower(w))
    }

    /// The one reading of highest priority among `opts` (a canonical name before an alias,
    /// acronym or demonym, those before a surname), if exactly one has it.
    fn top(opts: &[(u32, MentionForm)]) -> Option<(u32, MentionForm)> {
        // Most hits have one reading.
        if let [one] = opts {
            return Some(*one);
        }
        let rank = |f: MentionForm| match f {
            MentionForm::Name => 0,
            MentionForm::Surname => 2,
            _ => 1,
        };
        let best = opts.iter().map(|o| rank(o.1)).min()?;
        let mut top = opts.iter().filter(|o| rank(o.1) == best);
        let first = top.next().copied();
        if top.next().is_some() {
            None
        } else {
            first
        }
    }

    /// A reading needing no context: the single top-priority reading, not a surname, not an
    /// ambiguous form, not a language.
    fn certain(&self, h: &Hit) -> Option<u32> {
        let (e, form) = Self::top(self.opts(h))?;
        let plain = form != MentionForm::Surname && !self.needs_context(h, e, form);
        (plain
            && !self.not_the_country(h, e, form)
            && !(form == MentionForm::Demonym && self.language(h)))
        .then_some(e)
    }

    /// Demonym used as a language: "Russian-speaking", "in Russian.".
    fn language(&self, h: &Hit) -> bool {
        let hs = self.hs();
        // Most demonyms go on with a word no list here begins like ("Russian forces",
        // "Iranian government"): no language then, without the word's lookups. (Two letters
        // there: the word after starts with them, and no clause ends before it.)
        let bytes = hs.as_bytes();
        let mut next = h.ne;
        while bytes.get(next) == Some(&b' ') {
            next += 1;
        }
        if let Some(&[a, b]) = bytes.get(next..next + 2) {
            if a.is_ascii_alphabetic()
                && b.is_ascii_alphabetic()
                && !lexicon::may_follow_language(a, b)
            {
                return false;
            }
        }
        // The word after, looked up once for both of its lists.
        let after = word_after(hs, h.ne).map_or(0, |(_, w)| lexicon::kinds(w));
        if after & lexicon::kind::LANGUAGE_AFTER != 0 {
            return true;
        }
        let rest = &hs.as_bytes()[h.ne..];
        let clause_end = match rest.iter().position(|&b| b != b' ') {
            None => true,
            Some(k) => {
                matches!(
                    rest[k],
                    b'.' | b',' | b';' | b':' | b')' | b']' | b'"' | b'\''
                ) || rest[k..].starts_with("”".as_bytes())
            }
        } || after & lexicon::kind::LANGUAGE_FOLLOWER != 0;
        clause_end
            && word_before(hs, h.ns)
                .is_some_and(|(_, w)| lexicon::kinds(w) & lexicon::kind::LANGUAGE_BEFORE != 0)
    }

    /// The gap between two normalized positions holds only spaces and an optional comma.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        a <= b && self.hs()[a..b].bytes().all(|c| c == b' ') && b - a <= 2
    }

    /// The hit before `i` is a role title or honorific right before it.
    fn titled(&self, i: usize) -> bool {
        i > 0 && {
            let p = &self.hits[i - 1];
            (matches!(p.kind, HitKind::Honorific) || office_title(&p.kind))
                && self.adjacent(p.ne, self.hits[i].ns)
        }
    }

    /// The hit before `i` is a role title (not an honorific) right before it.
    fn role_titled(&self, i: usize) -> bool {
        i > 0 && {
            let p = &self.hits[i - 1];
            office_title(&p.kind) && self.adjacent(p.ne, self.hits[i].ns)
        }
    }

    /// A capitalized word right before or after the hit that is not itself a match: the hit is
    /// part of a longer name ("Jordan Peterson", "Michael Jordan").
    fn in_longer_name(&self, i: usize) -> bool {
        self.in_longer_name_if(i, |_| true)
    }

    /// [`Self::in_longer_name`] where an all-caps neighbour of an all-caps mention is no name
    /// word: capitals show nothing in all-caps copy ("TOKAYEV SAID", "DEBY, 40, TOOK"). For the
    /// surname of an official the story names in full.
    fn in_longer_mixed_case_name(&self, i: usize) -> bool {
        let h = &self.hits[i];
        let shouted = |w: &str| !w.chars().any(char::is_lowercase);
        if !shouted(&self.hs()[h.ns..h.ne]) {
            return self.in_longer_name(i);
        }
        self.in_longer_name_if(i, |w| !shouted(w))
    }

    fn in_longer_name_if(&self, i: usize, counts: impl Fn(&str) -> bool) -> bool {
        let h = &self.hits[i];
        let hs = self.hs();
        if self.name_word_after(h).is_some_and(&counts) {
            return true;
        }
        hs[..h.ns].ends_with(' ')
            && ends_in_word(&hs[..h.ns])
            && word_before(hs, h.ns).is_some_and(|(at, w)| {
                capitalized(w)
                    && counts(w)
                    && self.uncovered(at)
                    && !possessive(w)
                    && !sentence_start(hs, at)
                    && lexicon::exact_kinds(w) & lexicon::kind::NOT_NAME == 0
            })
    }

    /// A country name inside the proper name of an institution no gazetteer lists ("Centre for
    /// Australian, New Zealand and Pacific Studies", "Bank of China", "Times of India"): the
    /// longer name wins, so the country is not tagged. The name is the run of capitalized words
    /// and connectors around the mention (at most six words each side, one line).
    fn in_institution_name(&self, h: &Hit) -> bool {
        let text = self.doc.text.as_str();
        let bytes = text.as_bytes();
        // One word of the run: an institution word ends the question, a capitalized word or a
        // connector goes on, anything else stops the walk. Institution words all start with an
        // ASCII capital (test `lexicon_shapes_the_lookups_rely_on`), connectors have at most
        // three bytes: each list is asked only for the words that may be in it.
        #[inline(always)]
        fn step(w: &str) -> Option<bool> {
            let b = w.as_bytes()[0];
            if b.is_ascii_uppercase() {
                let institution = lexicon::exact_kinds(w) & lexicon::kind::INSTITUTION != 0;
                return if institution { Some(true) } else { None };
            }
            if (b >= 0x80 && capitalized(w)) || lexicon::name_connector(w) {
                None
            } else {
                Some(false)
            }
        }
        let word_char = |c: char| is_word_char(c) || c == '&';
        let (after, before) = self.institution_words_around(h);
        // Forward: the separator before the next word is ", " or " ".
        let mut at = h.end;
        for _ in 0..if after { 6 } else { 0 } {
            let from = match bytes.get(at) {
                Some(b' ') => at + 1,
                Some(b',') if bytes.get(at + 1) == Some(&b' ') => at + 2,
                _ => break,
            };
            // An ASCII word that is neither capitalized nor a connector stops the walk: the
            // connectors begin with one of these bytes (test `lexicon_shapes_the_lookups_rely_on`).
            if bytes.get(from).is_some_and(|&b| {
                b < 0x80
                    && !b.is_ascii_uppercase()
                    && !matches!(b, b'o' | b'f' | b'a' | b't' | b'd' | b'&')
            }) {
                break;
            }
            let end = class_run_end(text, from, [b'&', 0], word_char);
            if end == from {
                break;
            }
            match step(&text[from..end]) {
                Some(true) => return true,
                Some(false) => break,
                None => at = end,
            }
        }
        if self.state_body_of(h) {
            return true;
        }
        // Backward: the separator after the previous word is ", " or " ".
        let mut at = h.start;
        for _ in 0..if before { 6 } else { 0 } {
            let to = if at >= 2 && &bytes[at - 2..at] == b", " {
                at - 2
            } else if at > 0 && bytes[at - 1] == b' ' {
                at - 1
            } else {
                break;
            };
            let start = class_run_start(text, to, [b'&', 0], word_char);
            if start == to {
                break;
            }
            match step(&text[start..to]) {
                Some(true) => return true,
                Some(false) => break,
                None => at = start,
            }
        }
        false
    }

    /// Whether the text from `end` goes on, one space apart, with at most two capitalized
    /// words and then a [`lexicon::FACILITY_WORDS`] head ("[Hamid Karzai] International
    /// Airport", "[Jinnah] Avenue"): the person's name is part of a place's name there.
    fn facility_after(&self, end: usize) -> bool {
        let text = self.doc.text.as_str();
        let mut at = end;
        for _ in 0..3 {
            if text.as_bytes().get(at) != Some(&b' ') {
                return false;
            }
            let from = at + 1;
            let to = class_run_end(text, from, [0, 0], is_word_char);
            let w = &text[from..to];
            if w.is_empty() || !capitalized(w) {
                return false;
            }
            if lexicon::FACILITY_WORDS.contains(&w) {
                return true;
            }
            at = to;
        }
        false
    }

    /// Whether an institution word stands on the hit's line after it, and before it: the
    /// walks of [`Doc::in_institution_name`] stay on the line (their separators are ", " and
    /// " "), and only such a word makes them find a name.
    fn institution_words_around(&self, h: &Hit) -> (bool, bool) {
        let starts = self.institution_starts;
        if starts.is_empty() {
            return (false, false);
        }
        let bytes = self.doc.text.as_bytes();
        let same_line = |a: usize, b: usize| {
            bytes
                .get(a..b)
                .is_some_and(|gap| memchr::memchr(b'\n', gap).is_none())
        };
        let next = starts.partition_point(|&s| s < h.end);
        let after = starts.get(next).is_some_and(|&s| same_line(h.end, s));
        let last = starts.partition_point(|&s| s < h.start);
        let before = last
            .checked_sub(1)
            .and_then(|k| starts.get(k))
            .is_some_and(|&s| same_line(s, h.start));
        (after, before)
    }

    /// "<Head> of [the] <country>" where the capitalized words before "of" end in a state-body
    /// head ("Armed Forces of the Democratic Republic of Congo", "Ministry of Defence of
    /// Ukraine"): the country is part of the body's name.
    fn state_body_of(&self, h: &Hit) -> bool {
        let text = self.doc.text.as_str();
        let bytes = text.as_bytes();
        // `text[..h.start]` without trailing spaces, then without "the" and spaces, must end
        // in "of" (bytes: all ASCII, so every cut is a character boundary).
        let trim = |mut at: usize| {
            while at > 0 && bytes[at - 1] == b' ' {
                at -= 1;
            }
            at
        };
        let mut at = trim(h.start);
        if bytes[..at].ends_with(b"the") {
            at = trim(at - 3);
        }
        if !bytes[..at].ends_with(b"of") {
            return false;
        }
        // "Western Theater Command of China's People's Liberation Army": a possessive country
        // belongs to what follows it, not to the body before "of".
        if ["'s", "’s"].iter().any(|p| text[h.end..].starts_with(p)) {
            return false;
        }
        let head = &text[..at - 2];
        if !head.ends_with(' ') {
            return false;
        }
        // Up to four capitalized words (and connectors) back to the head word.
        let mut at = head.len() - 1;
        for _ in 0..4 {
            let Some(w) = trailing_word(&text[..at]) else {
                return false;
            };
            // Every head is capitalized (test `lexicon_shapes_the_lookups_rely_on`).
            if w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && lexicon::STATE_BODY_HEADS.contains(&w)
            {
                return true;
            }
            if !(capitalized(w) || w == "of" || w == "and") {
                return false;
            }
            match text[..at - w.len()].strip_suffix(' ') {
                Some(rest) => at = rest.len(),
                None => return false,
            }
        }
        false
    }

    /// Context showing an ambiguous country name means the state. With `lists_only`, only a
    /// list of countries counts ("Ukraine and Georgia"), not a state noun or verb that a
    /// sub-national namesake takes too ("Georgia's governor", "Georgia has passed a law").
    fn country_context(&self, i: usize, certain: &[Option<u32>], lists_only: bool) -> bool {
        let h = &self.hits[i];
        let hs = self.hs();
        let is_country = |j: usize| certain[j].is_some_and(|e| self.ent(e).country);
        // "Turkey, the United States and the European Union", "a Ghanaian and an Indian": an
        // article may open the next item.
        let coordinated = |a: usize, b: usize| {
            fn trim(g: &str) -> &str {
                g.trim_matches(|c: char| c == ' ' || c == ',' || c == '/' || c == '&')
            }
            let gap = trim(&hs[a..b]);
            let last = gap.rsplit(' ').next().unwrap_or(gap);
            let gap = if ["the", "a", "an"]
                .iter()
                .any(|article| last.eq_ignore_ascii_case(article))
            {
                trim(&gap[..gap.len() - last.len()])
            } else {
                gap
            };
            gap.is_empty() || gap.eq_ignore_ascii_case("and") || gap.eq_ignore_ascii_case("or")
        };
        // A list of countries: walk the coordinated neighbours that may be countries ("Niger,
        // Chad and Mali": Niger reaches Mali through Chad); one unambiguous country is enough.
        let may_be_country = |j: usize| {
            self.opts(&self.hits[j])
                .iter()
                .any(|(e, _)| self.ent(*e).country)
        };
        let mut j = i;
        while j > 0 && coordinated(self.hits[j - 1].ne, self.hits[j].ns) {
            j -= 1;
            if is_country(j) {
                return true;
            }
            if !may_be_country(j) {
                break;
            }
        }
        let mut j = i;
        while j + 1 < self.hits.len() && coordinated(self.hits[j].ne, self.hits[j + 1].ns) {
            if is_country(j + 1) {
                return true;
            }
            if !may_be_country(j + 1) {
                break;
            }
            j += 1;
        }
        if lists_only {
            return false;
        }
        // A state noun after the name, or after the last of a coordinated list of possible
        // countries ("Indian and Georgian nationals", "Chad and Niger troops").
        let state_noun_after = |k: usize| {
            let mut after = self.hits[k].ne;
            if hs[after..].starts_with("'s") {
                after += 2;
            }
            word_after(hs, after)
                .is_some_and(|(_, w)| lexicon::kinds(w) & lexicon::kind::STATE_NOUN != 0)
        };
        if state_noun_after(i) || (j > i && state_noun_after(j)) {
            return true;
        }
        // Coordinated with states named by a plural noun: "into Niger and coastal states such
        // as Benin", "Chad and other countries of the region".
        let with_states = {
            let mut words = hs[self.hits[j].ne..].split_whitespace();
            matches!(words.next(), Some("and" | "or"))
                && words
                    .take(3)
                    .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                    .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    .any(|w| lexicon::STATE_PLURALS.contains(&w))
        };
        if with_states {
            return true;
        }
        if self.state_subject(i) {
            return true;
        }
        let mut before = h.ns;
        if let Some((at, w)) = word_before(hs, before) {
            if w.eq_ignore_ascii_case("the") {
                before = at;
            }
        }
        if let Some((at, prep)) = word_before(hs, before) {
            if lexicon::any_case(lexicon::STATE_PREPOSITIONS, prep) {
                if let Some((_, noun)) = word_before(hs, at) {
                    let noun = noun.to_ascii_lowercase();
                    if lexicon::STATE_NOUNS_BEFORE.contains(&noun.as_str()) {
                        return true;
                    }
                }
            }
        }
        self.inside_place(i)
    }

    /// An ambiguous country's name right after a preposition only places take ("a summit in
    /// Jordan", "fled into Chad"), ending its phrase: not a possessive ("in Jordan's house"),
    /// not the start of a longer name ("in the Niger Delta"), not a person named elsewhere in
    /// the story ("Michael Jordan"), not a state's namesake ("banks in Georgia").
    fn inside_place(&self, i: usize) -> bool {
        let h = &self.hits[i];
        let hs = self.hs();
        let named = self
            .opts(h)
            .iter()
            .any(|(_, f)| matches!(f, MentionForm::Name | MentionForm::Alias));
        let after_place_word = word_before(hs, h.ns)
            .is_some_and(|(_, w)| lexicon::any_case(lexicon::INSIDE_PLACE_PREPOSITIONS, w));
        let rest = &hs[h.ne..];
        let ends = !rest.starts_with("'s")
            && !rest.starts_with("\u{2019}s")
            && !word_after(hs, h.ne)
                .is_some_and(|(at, w)| at == h.ne + 1 && w.starts_with(|c: char| c.is_uppercase()));
        // "banks in Florida and Georgia": a state's namesake needs more than a place.
        named
            && after_place_word
            && ends
            && self.subnational_namesake(h).is_none()
            && !self.name_elsewhere(i)
    }

    /// An ambiguous country name as the subject of a verb of saying or deciding
    /// ([`lexicon::STATE_VERBS`], directly or after an auxiliary), right after it or after an
    /// appositive ("Jordan said on Monday", "Turkey, a key backer of the rebels, has warned",
    /// "Chad, which borders Sudan, said"), or with an appositive headed by a state noun
    /// ("Chad, a landlocked country of 18 million people, ..."). Not after a place
    /// preposition, not when a personal pronoun follows in the sentence ("Jordan said he
    /// would retire"), and not when the same word is part of a longer name elsewhere in the
    /// document ("Michael Jordan ... Jordan said").
    fn state_subject(&self, i: usize) -> bool {
        let h = &self.hits[i];
        let hs = self.hs();
        if let Some((_, w)) = word_before(hs, h.ns) {
            if lexicon::folded_in(w, lexicon::kind::CAPITAL_PLACE_BEFORE) {
                return false;
            }
        }
        let mut at = h.ne;
        if let Some(rest) = hs[at..].strip_prefix(',') {
            // An appositive: up to the next comma in the same sentence, at most 15 words,
            // opening with an article or a relative pronoun.
            let Some(len) = rest.find(',') else {
                return false;
            };
            let app = &rest[..len];
            if app.contains(['.', ';', ':', '!', '?', '(', ')', '"']) {
                return false;
            }
            let words: Vec<&str> = words(app)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect();
            let opens = words
                .first()
                .is_some_and(|w| lexicon::any_case(lexicon::APPOSITIVE_OPENERS, w));
            if !opens || words.len() > 15 {
                return false;
            }
            if lexicon::any_case(lexicon::ARTICLES, words[0])
                && words
                    .iter()
                    .any(|w| lexicon::any_case(lexicon::APPOSITIVE_STATE_NOUNS, w))
            {
                return !self.name_elsewhere(i);
            }
            at += 1 + len + 1;
        }
        let Some((v_at, v)) = word_after(hs, at) else {
            return false;
        };
        let mut end = v_at + v.len();
        if !lexicon::exact_in(v, lexicon::kind::STATE_VERB) {
            let verb = lexicon::auxiliary(v)
                .and_then(|_| word_after(hs, end))
                .filter(|(_, w)| lexicon::exact_in(w, lexicon::kind::STATE_VERB));
            let Some((w_at, w)) = verb else {
                return false;
            };
            end = w_at + w.len();
        }
        // The rest of the sentence must not speak of a person.
        let sentence = &hs[end..];
        let sentence = &sentence[..sentence.find(['.', '!', '?']).unwrap_or(sentence.len())];
        let personal = words(sentence).any(|w| {
            lexicon::any_case(
                lexicon::PERSONAL_PRONOUNS,
                w.trim_matches(|c: char| !c.is_alphanumeric()),
            )
        });
        !personal && !self.name_elsewhere(i)
    }

    /// The form of hit `i` occurs elsewhere in the document as part of a longer name that is
    /// not an institution's ("Michael Jordan", not "The Jordan Times"): a bare occurrence may be
    /// that person.
    fn name_elsewhere(&self, i: usize) -> bool {
        let hs = self.hs();
        // A person's name, not an institution's ("The Jordan Times") or a place's ("Lake
        // Chad", "Niger Delta": they do not block "Chad said").
        let in_name = |k: usize| {
            let h = &self.hits[k];
            matches!(h.kind, HitKind::Entity(..))
                && self.in_longer_name(k)
                && !self.in_institution_name(h)
                && !self.in_place_name(h)
        };
        if self.hits.len() <= FEW_HITS {
            // A short story: the hits of the same form are found by comparing, and only they
            // are checked (the list below costs every hit the checks).
            let found = &hs[self.hits[i].ns..self.hits[i].ne];
            return self.hits.iter().enumerate().any(|(k, h)| {
                h.ne - h.ns == found.len()
                    && hs[h.ns..h.ne].eq_ignore_ascii_case(found)
                    && in_name(k)
            });
        }
        let in_names = self.in_names.get_or_init(|| {
            let mut forms: Vec<String> = (0..self.hits.len())
                .filter(|&k| in_name(k))
                .map(|k| hs[self.hits[k].ns..self.hits[k].ne].to_ascii_lowercase())
                .collect();
            forms.sort_unstable();
            forms.dedup();
            forms
        });
        // Hit `i` itself is not in a longer name (the caller checked), so a listed form is
        // another occurrence.
        let found = hs[self.hits[i].ns..self.hits[i].ne].to_ascii_lowercase();
        in_names.binary_search(&found).is_ok()
    }

    /// A capitalized place word right before or after the hit: "Lake Chad", "Niger Delta"
    /// are not the names of people.
    fn in_place_name(&self, h: &Hit) -> bool {
        let hs = self.hs();
        let place =
            |w: &str| capitalized(w) && lexicon::exact_kinds(w) & lexicon::kind::PLACE_NAME != 0;
        word_before(hs, h.ns).is_some_and(|(_, w)| place(w))
            || word_after(hs, h.ne).is_some_and(|(_, w)| place(w))
    }

    /// The capitalized word that no hit covers after the hit and one space, when it may
    /// continue a name ("Abdul Ghani Baradar", "Israel Quintero").
    fn name_word_after(&self, h: &Hit) -> Option<&str> {
        let hs = self.hs();
        if !hs[h.ne..].starts_with(' ') {
            return None;
        }
        word_after(hs, h.ne)
            .filter(|&(at, w)| {
                capitalized(w)
                    && self.uncovered(at)
                    && lexicon::exact_kinds(w) & lexicon::kind::NOT_NAME == 0
                    && lexicon::kinds(w) & lexicon::kind::STATE_NOUN == 0
            })
            .map(|(_, w)| w)
    }

    /// A national body's name (an ORG with a `country=`) that opens a longer proper name
    /// ending in one of [`lexicon::LONGER_BODY_HEADS`], up to two capitalized words between:
    /// "the [Georgia Police] Department" (a US state's, not Georgia's police), "GUATEMALA
    /// POLICE IDENTIFICATION DEPARTMENT". The guidelines tag a body's whole name or nothing;
    /// the longer name is no listed body, so nothing. Words are one space apart (or one line
    /// break in all-caps wire copy, which wraps names); in all-caps text the heads are
    /// compared in upper case.
    fn truncated_body(&self, h: &Hit, e: u32, form: MentionForm) -> bool {
        let ent = self.ent(e);
        // An acronym is the body itself before a noun ("the DIJIN Directorate of Judicial
        // Police", "the DAS headquarters").
        if form == MentionForm::Acronym
            || ent.country
            || ent.official
            || ent.home.is_none()
            || *ent.label != *"ORG"
        {
            return false;
        }
        let text = self.doc.text.as_str();
        let bytes = text.as_bytes();
        let shouted = !text[h.start..h.end].chars().any(char::is_lowercase);
        let mut at = h.end;
        for _ in 0..3 {
            match bytes.get(at) {
                Some(b' ') => at += 1,
                Some(b'\n') if shouted => at += 1,
                _ => return false,
            }
            let end = at
                + bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
            let w = &text[at..end];
            if w.len() < 2 || !w.as_bytes()[0].is_ascii_uppercase() {
                return false;
            }
            let all_caps = !w.bytes().any(|b| b.is_ascii_lowercase());
            // In all-caps copy a connector looks like a name word ("THE SALVADORAN ARMED
            // FORCES AND SECURITY CORPS"): it ends the name.
            if shouted != all_caps
                || (shouted
                    && matches!(
                        w,
                        "AND"
                            | "OF"
                            | "FOR"
                            | "THE"
                            | "DE"
                            | "OR"
                            | "IN"
                            | "AT"
                            | "ON"
                            | "TO"
                            | "BY"
                            | "AS"
                    ))
            {
                return false;
            }
            if lexicon::LONGER_BODY_HEADS.iter().any(|head| {
                if shouted {
                    head.eq_ignore_ascii_case(w)
                } else {
                    *head == w
                }
            }) {
                return true;
            }
            at = end;
        }
        false
    }

    /// A country's name that means something else here: a city named after it ("Port
    /// Sudan") or a person's given name before a mixed-case name word ("His brother, Israel
    /// Quintero, said"; all-caps text tells nothing).
    fn not_the_country(&self, h: &Hit, e: u32, form: MentionForm) -> bool {
        let ent = self.ent(e);
        // Acronyms stay: "CENTRAL U.S." is a part of the country.
        if form != MentionForm::Acronym
            && !ent.not_after.is_empty()
            && self.after_region_word(h, &ent.not_after)
        {
            return true;
        }
        // "ethnic Serbs", "ethnic Chinese": a people, not the state's.
        if form == MentionForm::Demonym
            && may_be_word_before(self.hs(), h.ns, lexicon::ETHNIC_WORDS)
            && word_before(self.hs(), h.ns).is_some_and(|(_, w)| lexicon::ETHNIC_WORDS.contains(&w))
        {
            return true;
        }
        ent.country
            && form == MentionForm::Name
            && ((self.may_be_in_city_name(h) && self.in_city_name(h))
                || (ent.given_name
                    && !self.doc.text[..h.start].ends_with(['/', '-'])
                    && self
                        .name_word_after(h)
                        .is_some_and(|w| w.bytes().any(|b| b.is_ascii_lowercase()))))
    }

    /// Whether one of `words` stands right before the hit, one space apart ("Latin America").
    #[inline(never)]
    fn after_region_word(&self, h: &Hit, words: &[Box<str>]) -> bool {
        let hs = self.hs();
        // "Latin American", "Bosniak-Croat"
        hs[..h.ns].ends_with([' ', '-'])
            && !hs[..h.ns - 1].ends_with(char::is_whitespace)
            && may_be_word_before(hs, h.ns, words)
            && word_before(hs, h.ns).is_some_and(|(_, w)| words.iter().any(|x| **x == *w))
    }

    /// Whether no hit covers the normalized position `pos`.
    fn uncovered(&self, pos: usize) -> bool {
        let j = self.hits.partition_point(|o| o.ne <= pos);
        self.hits.get(j).is_none_or(|o| o.ns > pos)
    }

    /// "Atlanta, Georgia": a capitalized word no hit covers, then a comma, right before the
    /// hit (a capital is a hit: "Tbilisi, Georgia" does not count).
    fn after_place_comma(&self, h: &Hit) -> bool {
        let hs = self.hs();
        let Some(before) = hs[..h.ns].strip_suffix(", ") else {
            return false;
        };
        word_before(hs, before.len()).is_some_and(|(at, w)| capitalized(w) && self.uncovered(at))
    }

    /// Whether the hit follows a place and a comma and ends its line: a capitalized word or a
    /// subdivision noun ([`lexicon::SUBDIVISION_WORDS`]) before ", " ("Niamey, Niger",
    /// "Tillabéri region, Niger"), nothing but spaces after it up to a line break or the end.
    fn place_comma_line_end(&self, h: &Hit) -> bool {
        let text = self.doc.text.as_str();
        let rest = text[h.end..].trim_start_matches([' ', '\t', '\r']);
        if !(rest.is_empty() || rest.starts_with('\n')) {
            return false;
        }
        let Some(before) = text[..h.start].strip_suffix(", ") else {
            return false;
        };
        trailing_word(before).is_some_and(|w| {
            (capitalized(w) && !sentence_start(before, before.len() - w.len()))
                || lexicon::SUBDIVISION_WORDS.contains(&w)
        })
    }

    /// A country name inside a city or region named after it ("Port Sudan", "PORT SUDAN", "New
    /// Mexico"); the gazetteer's own longer names ("New Zealand") never get here.
    #[inline(never)]
    fn in_city_name(&self, h: &Hit) -> bool {
        // One space apart on one line ("TIANJIN PORT  China has signed" is a headline and a
        // sentence). In capitals only a dateline's "PORT" ("NEW BANGLADESH CABINET" is a
        // headline's adjective, "THE ONLY FREE PORT BOLIVIA HAD" no city).
        let hs = self.hs();
        if !hs[..h.ns].ends_with(' ') || hs[..h.ns - 1].ends_with(char::is_whitespace) {
            return false;
        }
        // "Port", "New" or "PORT" end in one of these bytes (test
        // `lexicon_shapes_the_lookups_rely_on`).
        if !may_be_word_before(hs, h.ns, &["t", "w", "T"]) {
            return false;
        }
        word_before(hs, h.ns).is_some_and(|(at, w)| {
            lexicon::CITY_PREFIXES.contains(&w)
                || (w == "PORT" && (at == 0 || hs[..at].trim_end_matches(' ').ends_with('\n')))
        })
    }

    /// A quick test before [`Self::in_city_name`]: false when it is false. One space before
    /// the hit, and before it a byte that ends "Port", "New" or "PORT" (or a dot, which the
    /// word before may end in).
    #[inline(always)]
    fn may_be_in_city_name(&self, h: &Hit) -> bool {
        let b = self.hs().as_bytes();
        h.ns >= 2 && b[h.ns - 1] == b' ' && matches!(b[h.ns - 2], b't' | b'w' | b'T' | b'.')
    }

    /// A stock symbol in a wire story's ticker brackets (`<APS>`, `<SUNA.N>`): not an entity.
    fn ticker(&self, h: &Hit) -> bool {
        let text = self.doc.text.as_str();
        // The byte before, not `text[..h.start].ends_with('<')`: no boundary check and char
        // encoding for each of the ~34 hits of a story.
        h.start > 0
            && text.as_bytes().get(h.start - 1) == Some(&b'<')
            && text[h.end..].split_once('>').is_some_and(|(rest, _)| {
                rest.len() <= 4 && rest.bytes().all(|b| b == b'.' || b.is_ascii_alphanumeric())
            })
    }

    /// The hit is a sports team: a result verb right before or after it ("Atalanta beat
    /// Roma", "lost to Atalanta") or a score in its sentence ("drew 1-1 with Atalanta").
    fn sports_context(&self, h: &Hit) -> bool {
        let hs = self.hs();
        let verb = |w: &str| lexicon::SPORTS_VERBS.contains(&w);
        if word_after(hs, h.ne).is_some_and(|(_, w)| verb(w))
            || word_before(hs, h.ns).is_some_and(|(_, w)| verb(w))
        {
            return true;
        }
        // The sentence in the original text (the normalized copy turns "2-1" into "2 1").
        let text = self.doc.text.as_str();
        let from = text[..h.start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |p| p + 1);
        let to = text[h.end..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.len(), |p| h.end + p);
        // A score: one or two digits, a hyphen, one or two digits ("2-1", not "1987-88").
        let digits = |r: &str| (1..=2).contains(&r.len()) && r.bytes().all(|c| c.is_ascii_digit());
        text[from..to]
            .split(|c: char| !(c.is_ascii_digit() || c == '-'))
            .any(|tok| {
                tok.split_once('-')
                    .is_some_and(|(l, r)| digits(l) && digits(r))
            })
    }

    /// An ambiguous country name that is also a state or province of a country the story
    /// names ([`lexicon::SUBNATIONAL_NAMESAKES`]: "Georgia" in a story about the US).
    fn subnational_reading(&self, h: &Hit, anchors: &Anchors) -> bool {
        self.subnational_namesake(h)
            .is_some_and(|country| anchors.country(country))
    }

    /// The country whose subdivision shares the hit's name ("Georgia": the United States).
    fn subnational_namesake(&self, h: &Hit) -> Option<&'static str> {
        let found = &self.hs()[h.ns..h.ne];
        lexicon::SUBNATIONAL_NAMESAKES
            .iter()
            .find(|(form, _)| form.eq_ignore_ascii_case(found))
            .map(|&(_, country)| country)
    }

    fn decide(&self, out: &mut Vec<Annotation>, bufs: &mut DecideBufs) {
        let mut certain = std::mem::take(&mut bufs.certain);
        certain.clear();
        certain.extend(self.hits.iter().map(|h| self.certain(h)));
        let mut anchors = std::mem::take(&mut bufs.anchors);
        anchors.clear();
        // Room for every hit (the capitals are appended below): `flatten` gives no length.
        anchors.reserve(self.hits.len());
        anchors.extend(certain.iter().flatten().copied());
        anchors.sort_unstable();
        anchors.dedup();
        // The countries named: the certain ones (each entry once, from the sorted list), and
        // country acronyms that spell a word in mixed-case text ("US").
        let mut named = std::mem::take(&mut bufs.named);
        named.clear();
        named.extend(anchors.iter().copied().filter(|&e| self.ent(e).country));
        for (h, c) in self.hits.iter().zip(&certain) {
            if c.is_none() {
                if let Some((e, MentionForm::Acronym)) = Self::top(self.opts(h)) {
                    if self.ent(e).country && !named.contains(&e) && self.mixed_case_context(h) {
                        named.push(e);
                    }
                }
            }
        }
        let mut countries = std::mem::take(&mut bufs.countries);
        countries.clear();
        for &e in &named {
            let id = &self.ent(e).link.id;
            if !countries
                .iter()
                .any(|c| std::ptr::eq(c.as_str(), id.as_str()) || c == id)
            {
                countries.push(id.clone());
            }
        }
        // A capital is evidence of its country wherever it stands ("TBILISI —" makes the
        // story's "Georgia" the country, "Amman" its "Jordan"), tagged or not.
        anchors.extend(self.hits.iter().filter_map(|h| match h.kind {
            HitKind::Capital(e) => Some(e),
            _ => None,
        }));
        // Sorted already but for the capitals appended: the stable sort merges the two runs.
        anchors.sort();
        anchors.dedup();
        let anchors = Anchors(anchors, countries);
        let mut tagged = std::mem::take(&mut bufs.tagged);
        tagged.clear();
        tagged.reserve(self.hits.len());
        let mut pending: Vec<(usize, usize, u32, MentionForm)> = Vec::new();
        for (i, h) in self.hits.iter().enumerate() {
            if self.ticker(h) {
                continue;
            }
            if let HitKind::Capital(e) = h.kind {
                if self.capital_for_state(i) {
                    tagged.push((h.start, h.end, e, MentionForm::Alias));
                }
                continue;
            }
            let opts = self.opts(h);
            if opts.is_empty() {
                continue;
            }
            if let Some(e) = certain[i] {
                let form = opts
                    .iter()
                    .find(|o| o.0 == e)
                    .map_or(MentionForm::Name, |o| o.1);
                if !(self.truncated_body(h, e, form)
                    || (self.ent(e).country && self.in_institution_name(h)))
                {
                    tagged.push((h.start, h.end, e, form));
                }
                continue;
            }
            let unique = opts.len() == 1;
            let viable: Vec<(u32, MentionForm)> = opts
                .iter()
                .copied()
                .filter(|&(e, form)| self.viable(i, e, form, unique, &anchors, &certain))
                .collect();
            let chosen = match viable.as_slice() {
                [one] => Some(*one),
                [] => None,
                many => {
                    let anchored: Vec<_> = many
                        .iter()
                        .filter(|(e, _)| anchors.contains(e))
                        .copied()
                        .collect();
                    Self::top(many).or(match anchored.as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    })
                }
            };
            if let Some((e, form)) = chosen {
                if form == MentionForm::Surname && !anchors.contains(&e) {
                    // A title + unique surname: yields to a person named in full here.
                    pending.push((h.start, h.end, e, form));
                } else if !(self.truncated_body(h, e, form)
                    || (self.ent(e).country && self.in_institution_name(h)))
                {
                    tagged.push((h.start, h.end, e, form));
                }
            }
        }
        // A person's name in a place's name ("Benazir Bhutto Hospital") is no mention of them.
        tagged.retain(|t| !(self.ent(t.2).official && self.facility_after(t.1)));
        pending.retain(|t| !(self.ent(t.2).official && self.facility_after(t.1)));
        self.shortened_full_names(&mut tagged);
        self.foreign_namesakes(&mut tagged);
        self.titled_surnames(&tagged, &mut pending);
        let unlisted = self.unlisted_officials(&tagged);
        let short = self.short_forms(&tagged, &unlisted);
        pending.extend(self.listed_nicknames(&tagged));
        pending.retain(|p| {
            !short
                .iter()
                .chain(unlisted.iter().map(|(a, _)| a))
                .any(|a| a.span.byte_start < p.1 && p.0 < a.span.byte_end)
        });
        tagged.extend(pending);
        let defined = self.defined_acronyms(&tagged, &unlisted, &short);
        tagged.extend(defined);
        // Numbered units ("82nd Airborne Division") are the longest name where they overlap.
        // A gazetteer name holding the unit stays ("US Seventh Fleet").
        // A text with a `_` has the unit and body finders search it whole (asked once here).
        let underscore = memchr::memchr(b'_', self.doc.text.as_bytes()).is_some();
        let mut units = units::find_among(&self.doc.text, self.unit_starts, underscore);
        units.retain(|&(us, ue)| !tagged.iter().any(|t| t.0 <= us && ue <= t.1));
        let in_unit = |s: usize, e: usize| units.iter().any(|&(us, ue)| us < e && s < ue);
        tagged.retain(|t| !in_unit(t.0, t.1));
        let unlisted: Vec<_> = unlisted
            .into_iter()
            .filter(|(a, _)| !in_unit(a.span.byte_start, a.span.byte_end))
            .collect();
        let short: Vec<_> = short
            .into_iter()
            .filter(|a| !in_unit(a.span.byte_start, a.span.byte_end))
            .collect();
        let bodies = self.named_bodies(&mut tagged, &unlisted, &short, &units, underscore);
        // Written in span order (units, listed mentions, unlisted officials, short forms; a
        // stable sort, so equal spans keep that order): `resolve` sorts the document's
        // annotations stably by span, and a run already in order costs it no moves.
        let mut unlisted: Vec<Option<Annotation>> =
            unlisted.into_iter().map(|(a, _)| Some(a)).collect();
        let mut short: Vec<Option<Annotation>> = short.into_iter().map(Some).collect();
        let mut bodies: Vec<Option<Annotation>> = bodies.into_iter().map(Some).collect();
        // Each source in span order (a stable sort where one is not), then merged, equal spans
        // in the order of the sources: what one stable sort of them all gives, without its
        // run detection and merges over every element.
        type Order = Vec<(usize, usize, u8, u32)>;
        let run = |mut v: Order| {
            if !v.is_sorted_by_key(|&(s, e, _, _)| (s, e)) {
                v.sort_by_key(|&(s, e, _, _)| (s, e));
            }
            v
        };
        let units_run = run(units
            .iter()
            .enumerate()
            .map(|(k, &(s, e))| (s, e, 0, k as u32))
            .collect());
        let mut tagged_run = std::mem::take(&mut bufs.order);
        tagged_run.clear();
        tagged_run.extend(
            tagged
                .iter()
                .enumerate()
                .map(|(k, t)| (t.0, t.1, 1, k as u32)),
        );
        let tagged_run = run(tagged_run);
        let annotated = |from: u8, v: &[Option<Annotation>]| -> Order {
            v.iter()
                .enumerate()
                .filter_map(|(k, a)| {
                    a.as_ref()
                        .map(|a| (a.span.byte_start, a.span.byte_end, from, k as u32))
                })
                .collect()
        };
        // The few spans of the other sources merged first, then with the listed mentions in
        // one pass (the source field orders equal spans: units first, then listed mentions).
        let rest = merge_runs(
            units_run,
            merge_runs(
                merge_runs(run(annotated(2, &unlisted)), run(annotated(3, &short))),
                run(annotated(4, &bodies)),
            ),
        );
        let order = merge_runs(tagged_run, rest);
        if out.is_empty() && out.capacity() < order.len() {
            // Growing an empty vector would copy its whole old capacity: let it go first.
            let spare = out.capacity();
            *out = Vec::new();
            out.reserve_exact(order.len() + spare);
        }
        out.reserve(order.len());
        for &(s, e, from, k) in &order {
            let k = k as usize;
            // Each arm pushes its own annotation (built in place, not moved through one).
            match from {
                0 => out.push(units::annotation(self.doc, s, e)),
                1 => {
                    let (start, end, e, form) = tagged[k];
                    Self::push_in_place(out, self.doc.span(start..end), self.ent(e), form);
                }
                2 => out.extend(unlisted[k].take()),
                3 => out.extend(short[k].take()),
                _ => out.extend(bodies[k].take()),
            }
        }
        let Anchors(anchors, countries) = anchors;
        *bufs = DecideBufs {
            certain,
            anchors,
            named,
            countries,
            tagged,
            order,
        };
    }

    /// Appends the annotation of a listed mention, written straight into the vector's spare room:
    /// built by `push`, the 208-byte annotation was assembled on the stack and copied with a
    /// `memcpy` call per mention (the vector could have grown between the two).
    #[inline(always)]
    fn push_in_place(out: &mut Vec<Annotation>, span: Span, ent: &Ent, form: MentionForm) {
        out.reserve(1);
        let len = out.len();
        let Some(slot) = out.spare_capacity_mut().first_mut() else {
            return;
        };
        slot.write(Annotation {
            span,
            label: ent.label.clone(),
            rule: ent.rule.clone(),
            detail: Detail::Entity(EntityLink {
                id: ent.link.id.clone(),
                name: ent.link.name.clone(),
                gazetteer: ent.link.gazetteer.clone(),
                form,
                country: ent.link.country.clone(),
                role: ent.link.role.clone(),
            }),
        });
        debug_assert!(len < out.capacity());
        // SAFETY: `reserve(1)` left room for one more element, and the element at `len` (the
        // first of the spare room) was just initialized by `write`.
        unsafe { out.set_len(len + 1) };
    }

    /// Named state bodies no gazetteer lists ([`bodies`]): the name where no other mention
    /// crosses it (a listed name inside it gives way: "Papua New Guinea Constabulary" in "the
    /// Royal Papua New Guinea Constabulary (RPNGC)"; one that is the whole name stays), and its
    /// acronym or the broadcaster's name wherever the story repeats them and nothing else is
    /// tagged there.
    fn named_bodies(
        &self,
        tagged: &mut Vec<(usize, usize, u32, MentionForm)>,
        unlisted: &[(Annotation, String)],
        short: &[Annotation],
        units: &[(usize, usize)],
        underscore: bool,
    ) -> Vec<Annotation> {
        let text = self.doc.text.as_str();
        let found = bodies::find_among(text, self.body_starts, underscore);
        if found.is_empty() {
            return Vec::new();
        }
        // Every other mention, sorted; a listed one (`true`) may lie strictly inside a body
        // (then it gives way), the others may not touch it.
        let others = SpanIndex::new(
            tagged
                .iter()
                .map(|t| (t.0, t.1, true))
                .chain(
                    unlisted
                        .iter()
                        .map(|(a, _)| (a.span.byte_start, a.span.byte_end, false)),
                )
                .chain(
                    short
                        .iter()
                        .map(|a| (a.span.byte_start, a.span.byte_end, false)),
                )
                .chain(units.iter().map(|&(us, ue)| (us, ue, false)))
                .collect(),
        );
        let mut accepted = SpanIndex::default();
        let mut out: Vec<Annotation> = Vec::new();
        // Whether `s..e` is free for a body: no other mention crosses it, and a listed one may
        // only lie strictly inside it.
        let free = |accepted: &SpanIndex, s: usize, e: usize| {
            !accepted.near(s, e).any(|&(a, b, _)| a < e && s < b)
                && !others.near(s, e).any(|&(a, b, listed)| {
                    a < e && s < b && !(listed && s <= a && b <= e && (a, b) != (s, e))
                })
        };
        for body in found {
            let (s, e) = body.name;
            if !free(&accepted, s, e) {
                continue;
            }
            let name = &text[s..e];
            let (repeat, form) = match body.acronym {
                Some((a, b)) => (&text[a..b], MentionForm::Acronym),
                None => (name, MentionForm::Name),
            };
            let repeats = unglued(text, repeat, char::is_alphanumeric)
                .filter(|&span| span != (s, e))
                .map(|span| (span, form));
            for ((a, b), form) in std::iter::once(((s, e), MentionForm::Name)).chain(repeats) {
                if free(&accepted, a, b) {
                    accepted.insert(a, b);
                    out.push(bodies::annotation(self.doc, (a, b), name, form, body.rule));
                }
            }
        }
        // The listed mentions inside a body give way (a removed one could only ever have
        // blocked a span that crosses its body, which the body blocks itself).
        tagged.retain(|t| {
            !accepted
                .near(t.0, t.1)
                .any(|&(a, b, _)| a <= t.0 && t.1 <= b)
        });
        out.sort_by_key(|a| a.span.byte_start);
        out
    }

    fn viable(
        &self,
        i: usize,
        e: u32,
        form: MentionForm,
        unique: bool,
        anchors: &Anchors,
        certain: &[Option<u32>],
    ) -> bool {
        let ent = self.ent(e);
        let h = &self.hits[i];
        if form == MentionForm::Demonym && self.language(h) {
            return false;
        }
        if form == MentionForm::Surname {
            if anchors.contains(&e) {
                // Named in full here; not inside another name ("Abdul Ghani Baradar").
                return !self.in_longer_mixed_case_name(i);
            }
            return unique
                && !ent.ambiguous
                && !self.in_longer_name(i)
                && !self.before_office(ent)
                && (self.role_titled(i) || (ent.famous && self.famous_alone(i, ent, anchors)));
        }
        if self.not_the_country(h, e, form) {
            return false;
        }
        if !self.needs_context(h, e, form) {
            return true;
        }
        // "Field Report - Tillabéri region, Niger" + line end: a dateline's or heading's
        // place and its country (the river or the person would not end the line there).
        if ent.country && form == MentionForm::Name && self.place_comma_line_end(h) {
            return true;
        }
        if ent.agency_context {
            return anchors.contains(&e) || self.agency_word_near(h);
        }
        if *ent.label == *"GROUP" && (self.group_word_before(h) || self.leader_named(e, anchors)) {
            return true;
        }
        let home_named = |home: &str| anchors.0.iter().any(|&a| *self.ent(a).link.id == *home);
        if form == MentionForm::Acronym {
            if anchors.contains(&e) {
                return true;
            }
            if let Some(home) = ent.home.as_deref() {
                // A national body's ambiguous acronym: its country must be in the story.
                if !home_named(home) {
                    return false;
                }
            }
            return self.mixed_case_context(h);
        }
        if self.in_longer_name(i) && !(ent.official && self.titled(i)) {
            return false;
        }
        if ent.country_context {
            // An ambiguous name several countries use ("Government of National Unity"): the
            // entry's own country in the story decides.
            if let Some(home) = ent.home.as_deref() {
                return anchors.contains(&e) || home_named(home);
            }
        }
        if ent.family.is_some() && self.family_named(h, e, anchors) {
            return true;
        }
        // "Atlanta, Georgia": after a place and a comma, a state's namesake is the state.
        if ent.country && self.subnational_namesake(h).is_some() && self.after_place_comma(h) {
            return false;
        }
        if ent.country && self.subnational_reading(h, anchors) {
            // Only another unambiguous mention of the country itself ("Georgian", "Tbilisi")
            // or a list of countries ("Ukraine and Georgia").
            return anchors.contains(&e) || self.country_context(i, certain, true);
        }
        if !ent.country && self.sports_context(h) {
            // "Atalanta beat Roma" in a story that also names Operation Atalanta.
            return false;
        }
        anchors.contains(&e)
            || (*ent.label == *"GROUP" && self.group_member_word_after(h))
            || (ent.country && self.country_context(i, certain, false))
            || (ent.country && self.official_of(&ent.link.id, anchors))
            || (ent.official && self.titled(i))
    }

    /// Whether the story names in full an official of the armed group `e` (`group=`): "Jonas
    /// Savimbi" makes a bare "UNITA said" the movement he led, not the later party.
    fn leader_named(&self, e: u32, anchors: &Anchors) -> bool {
        let id = &*self.ent(e).link.id;
        anchors
            .0
            .iter()
            .any(|&a| self.ent(a).group.as_deref() == Some(id))
    }

    /// Whether the story names in full an official of the country with this id: "In Chad,
    /// Mahamat Idriss Déby Itno …" makes "Chad" the country.
    fn official_of(&self, country: &str, anchors: &Anchors) -> bool {
        anchors.0.iter().any(|&a| {
            let ent = self.ent(a);
            ent.official && ent.link.country.as_deref().is_some_and(|c| *c == *country)
        })
    }

    /// Whether another body of the organization's family is named in the story ("the UN",
    /// "UNMISS" for "the Security Council"), and the mention is not some other body of the
    /// same name: not after a possessive ("Russia's Security Council") and not followed by
    /// "of" ("the Security Council of Ukraine").
    fn family_named(&self, h: &Hit, e: u32, anchors: &Anchors) -> bool {
        let family = self.ent(e).family.as_deref();
        let hs = self.hs();
        let before = hs[..h.ns].trim_end_matches(' ');
        if before.ends_with("'s") || before.ends_with("s'") {
            return false;
        }
        if word_after(hs, h.ne).is_some_and(|(_, w)| w == "of") {
            return false;
        }
        anchors
            .0
            .iter()
            .any(|&a| a != e && self.ent(a).family.as_deref() == family)
    }

    /// A capital standing for its government: possessive `'s` before a word of
    /// [`lexicon::STATE_POSSESSIONS`] ("[Kabul]'s repeated disagreement", the guidelines' own
    /// example; not "Kabul's airport"), not after a place preposition and not part of a longer
    /// name ("Kabul Airport", "Islamabad High Court"). A capital as the subject of a verb
    /// ("Beijing said", "a charge Kabul denies") is a seat of government, which the guidelines
    /// leave untagged: every one of 20 independent gold sets leaves all 35 such subjects out.
    fn capital_for_state(&self, i: usize) -> bool {
        let h = &self.hits[i];
        let hs = self.hs();
        // The possessive first: most capitals have none, and the other tests only say no.
        let Some(after) = hs[h.ne..].strip_prefix("'s") else {
            return false;
        };
        if after.starts_with(|c: char| is_word_char(c)) {
            return false;
        }
        if self.in_longer_name(i) {
            return false;
        }
        if let Some((_, w)) = word_before(hs, h.ns) {
            if lexicon::folded_in(w, lexicon::kind::CAPITAL_PLACE_BEFORE) {
                return false;
            }
        }
        // One lower-case modifier may come first ("Kabul's repeated disagreement").
        let Some((at, w)) = word_after(hs, h.ne + 2) else {
            return false;
        };
        if lexicon::exact_in(w, lexicon::kind::STATE_POSSESSION) {
            return true;
        }
        w.bytes().all(|b| b.is_ascii_lowercase())
            && word_after(hs, at + w.len())
                .is_some_and(|(_, w2)| lexicon::exact_in(w2, lexicon::kind::STATE_POSSESSION))
    }

    /// A famous official's surname with no title: written in mixed case (not an all-caps
    /// acronym or headline), not part of a longer name, and either distinctive (the entry's
    /// `alone=` attribute: "Putin said" in any story) or the official's country is mentioned
    /// in the document ("Kenny" in a story that names Ireland).
    fn famous_alone(&self, i: usize, ent: &Ent, anchors: &Anchors) -> bool {
        let h = &self.hits[i];
        let found = &self.hs()[h.ns..h.ne];
        if !found.bytes().any(|b| b.is_ascii_lowercase()) {
            return false;
        }
        // A namesake named in full in the story ("Mario Branco Peres ... Peres said", "James
        // Cameron ... said Mr Cameron"): the surname alone is that person.
        if self.name_elsewhere(i) {
            return false;
        }
        let home = ent
            .link
            .country
            .as_deref()
            .is_some_and(|c| anchors.country(c));
        if ent.alone.iter().any(|a| a.eq_ignore_ascii_case(found)) {
            // Distinctive, but a story about other countries that never names the official's
            // own is about someone else ("Mr Hadi" in a story about Iraq, "Peres said" in one
            // about Brazil, "read Proust" in one about a US singer).
            return !self.before_office(ent) && (home || anchors.1.is_empty());
        }
        home
    }

    /// Of several officials sharing a surname after a role title ("President Bush", "President
    /// Clinton"): those whose recorded role is the title's office ("President" → head of
    /// state: not the Cayman premier McKeeva Bush) if any, then those of a country the story
    /// names if any, then the one whose office began last by the document's date.
    fn namesake_for_title(
        &self,
        title: &str,
        officials: &[u32],
        tagged: &[(usize, usize, u32, MentionForm)],
    ) -> Option<u32> {
        fn narrow(pool: &mut Vec<u32>, keep: impl Fn(u32) -> bool) {
            if pool.iter().any(|&e| keep(e)) {
                pool.retain(|&e| keep(e));
            }
        }
        let mut pool = officials.to_vec();
        let office = lexicon::title_office(title);
        if office != 0 {
            narrow(&mut pool, |e| self.ent(e).led & office != 0);
        }
        narrow(&mut pool, |e| {
            let Some(country) = self.ent(e).link.country.as_deref() else {
                return false;
            };
            tagged.iter().any(|t| *self.ent(t.2).link.id == *country)
        });
        match pool.as_slice() {
            [one] => Some(*one),
            many => self.latest_in_office(many),
        }
    }

    /// Of several officials sharing a surname, the one whose first office began last by the
    /// document's year (Bill Clinton, from 1993, for "President Clinton" in 2000; Hillary
    /// Clinton's office began in 2009). None for an undated document, or when no office had
    /// begun by then or two began in the same year.
    fn latest_in_office(&self, officials: &[u32]) -> Option<u32> {
        let year = self.doc.date.value?.year();
        let mut best: Option<(i32, u32)> = None;
        let mut tie = false;
        for &e in officials {
            let Some(since) = self.ent(e).in_office_since.filter(|&y| y <= year) else {
                continue;
            };
            match best {
                Some((b, _)) if b == since => tie = true,
                Some((b, _)) if b > since => {}
                _ => {
                    best = Some((since, e));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|(_, e)| e)
    }

    /// The document is dated more than [`lexicon::YEARS_BEFORE_OFFICE`] years before the
    /// official's first recorded office: a surname alone then names someone else ("Mr Hadi"
    /// in a 1987 wire story is not Yemen's president of 2012). Undated documents are not.
    fn before_office(&self, ent: &Ent) -> bool {
        match (self.doc.date.value, ent.in_office_since) {
            (Some(date), Some(since)) => date.year() < since - lexicon::YEARS_BEFORE_OFFICE,
            _ => false,
        }
    }

    /// A listed official's name right after a role title whose country contradicts the
    /// official's ("Colombian Defense Minister Pedro Sanchez" is not Pedro Sánchez of Spain):
    /// untagged here, so that the title makes it an unlisted official of that country.
    fn foreign_namesakes(&self, tagged: &mut Vec<(usize, usize, u32, MentionForm)>) {
        let text = self.doc.text.as_str();
        let mut drop = Vec::new();
        // `tagged` is sorted by start and hits end ever later: the first mention starting at
        // or after the hit's end is found by a cursor, not a binary search per title.
        let mut j = 0;
        for (i, h) in self.hits.iter().enumerate() {
            if !office_title(&h.kind) {
                continue;
            }
            while tagged.get(j).is_some_and(|t| t.0 < h.end) {
                j += 1;
            }
            debug_assert_eq!(j, tagged.partition_point(|t| t.0 < h.end));
            let Some(&(start, _, e, form)) = tagged.get(j) else {
                continue;
            };
            let ent = self.ent(e);
            if !ent.official
                || form == MentionForm::Surname
                || !text[h.end..start].bytes().all(|b| b == b' ')
                || start - h.end > 1
            {
                continue;
            }
            let (Some(title_country), Some(own)) =
                (self.country_before(i, tagged), ent.link.country.as_deref())
            else {
                continue;
            };
            if *title_country != *own {
                drop.push(j);
            }
        }
        drop.dedup();
        for j in drop.into_iter().rev() {
            tagged.remove(j);
        }
    }

    /// A famous official's surname ending a longer capitalized name that is the official's
    /// name shortened, with the same first and last word ("Jose Manuel Barroso" for José
    /// Manuel Durão Barroso; not "Mario Branco Peres" for Shimon Peres): the whole name is
    /// that official, form `alias`, with no title needed.
    fn shortened_full_names(&self, tagged: &mut Vec<(usize, usize, u32, MentionForm)>) {
        let text = self.doc.text.as_str();
        let before = tagged.len();
        for (i, h) in self.hits.iter().enumerate() {
            let mut surnames = self.opts(h).iter().filter(|o| o.1 == MentionForm::Surname);
            let (Some(&(e, _)), None) = (surnames.next(), surnames.next()) else {
                continue;
            };
            if !self.in_longer_name(i) {
                continue;
            }
            let Some((start, end)) = name_before(&text[..h.end]) else {
                continue;
            };
            if self.m.known_official(&text[start..end], true) != Some(e) {
                continue;
            }
            let j = tagged[..before].partition_point(|t| t.1 <= start);
            if tagged[..before].get(j).is_some_and(|t| t.0 < end) {
                continue;
            }
            tagged.push((start, end, e, MentionForm::Alias));
        }
        if tagged.len() > before {
            tagged.sort_by_key(|t| t.0);
        }
    }

    /// A role title followed by one capitalized word that is the surname of exactly one
    /// official in the gazetteers ("President Putin"), or of several of whom one took office
    /// last by the document's date ([`Doc::latest_in_office`]): that official, form `surname`.
    fn titled_surnames(
        &self,
        tagged: &[(usize, usize, u32, MentionForm)],
        pending: &mut Vec<(usize, usize, u32, MentionForm)>,
    ) {
        let text = self.doc.text.as_str();
        for h in self.hits {
            if !office_title(&h.kind) || !text[h.end..].starts_with(' ') {
                continue;
            }
            let from = h.end + 1;
            let len: usize = text[from..]
                .char_indices()
                .take_while(|&(i, c)| c.is_alphabetic() || (i > 0 && matches!(c, '-' | '\'' | '’')))
                .map(|(_, c)| c.len_utf8())
                .sum();
            let mut word = text[from..from + len].trim_end_matches(['\'', '’', '-']);
            for p in ["'s", "’s"] {
                if let Some(w) = word.strip_suffix(p) {
                    word = w;
                }
            }
            let end = from + word.len();
            if !capitalized(word) || text[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            // Part of a longer name ("President Vladimir Putin" is matched as a whole).
            if text[end..].starts_with(' ')
                && word_after(text, end).is_some_and(|(_, w)| {
                    capitalized(w) && !lexicon::exact_in(w, lexicon::kind::NOT_NAME)
                })
            {
                continue;
            }
            let j = tagged.partition_point(|t| t.1 <= from);
            if tagged.get(j).is_some_and(|t| t.0 < end) {
                continue;
            }
            // A famous surname after a title is a hit of its own, already pending: one
            // annotation per mention.
            if pending.iter().any(|p| p.0 < end && from < p.1) {
                continue;
            }
            let key = normalize::pattern(word).to_lowercase();
            let official = match self.m.surnames.get(&key).map(Vec::as_slice) {
                Some([e]) => Some(*e),
                Some(many) => self.namesake_for_title(&text[h.start..h.end], many, tagged),
                None => None,
            };
            if let Some(e) = official {
                // "Prime Minister Nakasone" in a 1987 story is not the namesake who took office
                // decades later: left to `unlisted_officials`.
                if !self.ent(e).ambiguous && !self.before_office(self.ent(e)) {
                    pending.push((from, end, e, MentionForm::Surname));
                }
            }
        }
    }

    /// Names after a role title that no gazetteer lists: "Senator Mushahid Hussain". Returns
    /// the annotations and each one's name tokens (for later surname-only mentions).
    fn unlisted_officials(
        &self,
        tagged: &[(usize, usize, u32, MentionForm)],
    ) -> Vec<(Annotation, String)> {
        let mut found = Vec::new();
        let text = self.doc.text.as_str();
        // The first mention at or after a title's end, by a cursor (see `foreign_namesakes`).
        let mut j = 0;
        // The mentions ending before a title ([`Doc::entity_before`]): by a cursor too where
        // their ends are in order.
        let ends_in_order = tagged.windows(2).all(|w| w[0].1 <= w[1].1);
        let mut before = Ascending::default();
        for (i, h) in self.hits.iter().enumerate() {
            let HitKind::Title(t) = h.kind else { continue };
            while tagged.get(j).is_some_and(|t| t.0 < h.end) {
                j += 1;
            }
            debug_assert_eq!(j, tagged.partition_point(|t| t.0 < h.end));
            // A title chain ("Lieutenant Governor", "Acting President"): the last title names
            // the person; an earlier one would take the next title as the first name.
            let chained = self.hits.get(i + 1).is_some_and(|next| {
                matches!(next.kind, HitKind::Title(_))
                    && next.start >= h.end
                    && text[h.end..next.start].trim().is_empty()
            });
            if chained {
                continue;
            }
            // "Tennessee Gas Transmission Co president R.C. Thomas": a private body's officer.
            if word_before(text, h.start)
                .is_some_and(|(_, w)| lexicon::PRIVATE_BODY_BEFORE_TITLE.contains(&w))
            {
                continue;
            }
            // "the Taliban Spokesperson, Zabihullah Mujahid", "the entity's prime minister,
            // Radovan Višković": a comma after the title only when an entity names whose title
            // it is or the title is a definite description.
            let ended = if ends_in_order {
                before.partition(tagged, |t| t.1, h.start + 1)
            } else {
                tagged.partition_point(|t| t.1 <= h.start)
            };
            // A title any institution uses ("president", "spokesman") is a public office when
            // the phrase after it names a public body ("the president of the Legislative
            // Assembly, Ernesto Castro"; not "the president of the Rotary Club, John Smith").
            let office = lexicon::ROLE_TITLES[t as usize].2;
            let phrase = title_phrase(text, h.end);
            let comma = if text[h.end..].starts_with(", ") && public_body_before(text, h.start) {
                true
            } else if office == lexicon::Office::Body {
                self.heads_public_body(i, phrase.as_ref()) && definite_before(text, h.start, false)
            } else {
                self.entity_before(i, tagged, ended)
                    || self.local_office(i)
                    || (office == lexicon::Office::Shared && styled_office(text, h.start, h.end))
                    || self.body_named_before(i, tagged, ended)
                    || ((office != lexicon::Office::Shared
                        || phrase.as_ref().is_some_and(|p| p.public_body)
                        || (phrase.is_some() && self.entity_after(i, tagged)))
                        && definite_before(text, h.start, office == lexicon::Office::Public))
            };

            // "Russia's ambassador in Sarajevo, Igor Kalabukhov": a place after the title.
            let from = match phrase {
                Some(p) if comma && text[p.end..].starts_with(", ") => p.end,
                _ => h.end,
            };
            // "the former navy commander, Vice Adm. Juan Arnez": a title right after the comma
            // names the person itself.
            if comma {
                let rest = text[from..].trim_start_matches([',', ' ']);
                let at = text.len() - rest.len();
                let titled_next = self.hits[i + 1..]
                    .iter()
                    .take_while(|o| o.start <= at)
                    .any(|o| o.start == at && matches!(o.kind, HitKind::Title(_)));
                if titled_next {
                    continue;
                }
            }
            // The next tagged mention must not start right here.
            let limit = tagged[j..]
                .iter()
                .find(|t| t.0 >= from)
                .map_or(text.len(), |t| t.0);
            // "director Mira Nair": a title that heads any institution names no official
            // before its name; only after a public body's name and a comma, or before it
            // ("Magomed Omarov, the head of the Sergokala district").
            let direct = if office == lexicon::Office::Body && !comma {
                None
            } else {
                // All-caps copy ("COMMONWEALTH SECRETARY-GENERAL DON MCKINNON SAID"): the
                // title and the words after it show no case.
                let caps_copy = !text[h.start..h.end].bytes().any(|b| b.is_ascii_lowercase())
                    && !text[h.end..]
                        .bytes()
                        .take(CAPS_COPY_WINDOW)
                        .any(|b| b.is_ascii_lowercase());
                // "Secretary-General Condemns Seizure of Power": a headline's verb is no name.
                let headline = !caps_copy && title_case_line(text, h.start);
                name_after(text, from, limit, comma, caps_copy, headline)
            };
            let (ns, ne) = match direct {
                Some(found) => found,
                None => match self.appositive_name(i, tagged) {
                    Some(found) => found,
                    None => continue,
                },
            };
            let name = &text[ns..ne];
            let role = lexicon::ROLE_TITLES[t as usize].0;
            let country = self.country_before(i, tagged);
            let slug = normalize::slug(name.trim_end_matches('.'));
            // A listed official of another country is a namesake ("Colombian Defense Minister
            // Pedro Sanchez" is not Spain's prime minister).
            let same_country = |e: u32| match (&country, self.ent(e).link.country.as_deref()) {
                (Some(c), Some(ec)) => **c == *ec,
                _ => true,
            };
            // All-caps copy: the gazetteer's names are in mixed case ("VIRGILIO BARCO").
            let known = if name.bytes().any(|b| b.is_ascii_lowercase()) {
                self.m.known_official(name, false)
            } else {
                self.m.known_official(&capitalize_words(name), false)
            };
            let (link, rule) = match known.filter(|&e| same_country(e)) {
                Some(e) => {
                    let ent = self.ent(e);
                    let mut link = ent.link.clone();
                    link.form = MentionForm::Alias;
                    (link, format!("{}/shortened", ent.rule).into())
                }
                // "Commodore Business Machines", "General Public Utilities": a title before
                // words that are all common English words is part of a name, not a person's
                // title.
                None if name
                    .split([' ', '-'])
                    .all(|w| lexicon::common_word(&w.to_ascii_lowercase())) =>
                {
                    continue;
                }
                None => (
                    EntityLink {
                        id: format!("sitrep:official:{slug}").into(),
                        name: name.into(),
                        gazetteer: "title".into(),
                        form: MentionForm::Name,
                        country,
                        role: Some(title_case(text, h.start, h.end, role).into()),
                    },
                    Name::from_static("title/unlisted-official"),
                ),
            };
            // "Adolfo Macías, alias \"Fito\"": the quoted nicknames name the same person.
            if let Some((nicks, _)) = alias_clause(text, ne) {
                for (s, e) in nicks {
                    let mut link = link.clone();
                    link.form = MentionForm::Alias;
                    found.push((
                        Annotation {
                            span: self.doc.span(s..e),
                            label: Name::from_static("OFFICIAL"),
                            rule: rule.clone(),
                            detail: Detail::Entity(link),
                        },
                        text[s..e].to_string(),
                    ));
                }
            }
            found.push((
                Annotation {
                    span: self.doc.span(ns..ne),
                    label: Name::from_static("OFFICIAL"),
                    rule,
                    detail: Detail::Entity(link),
                },
                name.to_string(),
            ));
        }
        found.sort_by_key(|(a, _)| a.span.byte_start);
        found.dedup_by_key(|(a, _)| a.span.byte_start);
        found
    }

    /// The nicknames after a listed official's name ("Adolfo Macías, alias \"Fito\""): the
    /// same official, form `alias`, where nothing else is tagged.
    fn listed_nicknames(
        &self,
        tagged: &[(usize, usize, u32, MentionForm)],
    ) -> Vec<(usize, usize, u32, MentionForm)> {
        let text = self.doc.text.as_str();
        let mut out = Vec::new();
        for t in tagged {
            if !self.ent(t.2).official || !matches!(t.3, MentionForm::Name | MentionForm::Alias) {
                continue;
            }
            let Some((nicks, _)) = alias_clause(text, t.1) else {
                continue;
            };
            for (s, e) in nicks {
                if !tagged.iter().any(|o| o.0 < e && s < o.1) {
                    out.push((s, e, t.2, MentionForm::Alias));
                }
            }
        }
        out
    }

    /// A name before a comma and a lower-case role title describing it: "Yue Xiaoyong,
    /// China’s special envoy", "Mumtaz Baloch, the Foreign Office spokesperson".
    fn appositive_name(
        &self,
        i: usize,
        tagged: &[(usize, usize, u32, MentionForm)],
    ) -> Option<(usize, usize)> {
        let h = &self.hits[i];
        let text = self.doc.text.as_str();
        // A capitalized title describes the name before it only right after its comma, with
        // no name after it (the caller tried that first): "Sayyid Badr bin Hamad Albusaidi,
        // Minister of Foreign Affairs, said"; "In Kabul, President" is a place.
        // An acronym title is capitalized whatever its place: "Jane Doe, the MP for Leeds".
        let acronym = text[h.start..h.end].bytes().all(|b| b.is_ascii_uppercase());
        if capitalized(&text[h.start..h.end])
            && !text[..h.start].ends_with(", ")
            && !(acronym && text[..h.start].ends_with(", the "))
        {
            return None;
        }
        let mut at = h.start;
        // Evidence that the title is a public office: a country before it ("China’s special
        // envoy") or an entity after it ("spokesman for the Taliban"). Without it, "Kurt
        // Barnard, president of Barnard's Retail" is a business title.
        // A group or organization before the title counts like a country ("a JNIM
        // commander", "the Taliban's chief spokesman").
        // A title that heads any institution: only a public body's name after it ("the BBC's
        // head of development", "British director Mark Dornford-May" are no officials).
        let office = match h.kind {
            HitKind::Title(t) => lexicon::ROLE_TITLES[t as usize].2,
            _ => lexicon::Office::Shared,
        };
        let body = office == lexicon::Office::Body;
        // A title only governments give needs no more evidence ("Abdulla Shahid, Minister of
        // Foreign Affairs"; "Ian Macfarlane, Governor of the Reserve Bank"), unless a name
        // follows it, whose title it is ("Economic Summit, Secretary of State George Shultz").
        let title = &text[h.start..h.end];
        // ... or it is someone's ("Humberto Florez Sanchez, the mayor's driver").
        let name_follows = text[h.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            || text[h.end..].starts_with("'s")
            || text[h.end..].starts_with("’s");
        let governmental = !name_follows
            && title
                .split([' ', '-'])
                .any(|w| lexicon::any_case(lexicon::GOVERNMENT_ONLY_TITLE_WORDS, w));
        // "Abebe Tadesse, the government spokeswoman", "…, the army spokesman": a state
        // body's word right before a shared title makes it a public office.
        let state_body = !body && public_body_before(text, h.start);
        let mut evidence = match office {
            lexicon::Office::Body => self.heads_public_body(i, title_phrase(text, h.end).as_ref()),
            _ => governmental || state_body || self.entity_after(i, tagged) || self.local_office(i),
        };
        let j = tagged.partition_point(|t| t.1 <= at);
        if let Some(t) = j.checked_sub(1).filter(|_| !body).map(|k| &tagged[k]) {
            let gap = text[t.1..at].trim();
            // "the Ethiopian government spokesman", "the Nigerian national police spokesman":
            // lower-case words ending in the state body's word between country and title.
            let fits = matches!(gap, "" | "'s" | "’s") || (state_body && body_modifiers(gap));
            if !self.ent(t.2).official && fits {
                at = t.0;
                evidence = true;
            }
        }
        if !evidence {
            return None;
        }
        // Up to three lower-case modifiers ("the", "special", "former"; "the national police
        // spokesman"), nor a relative clause ("Jane Doe, who met the minister") but one that
        // says what the person is ("Prince Abdullah, who is deputy prime minister").
        let mut last: Option<&str> = None;
        for _ in 0..3 {
            let head = text[..at].trim_end_matches(' ');
            let Some((ws, w)) = word_before(head, head.len()) else {
                break;
            };
            // "the army’s spokesman": `word_before` stops at a curly apostrophe.
            let (ws, w) = match head[..ws].strip_suffix('’') {
                Some(owner) if w == "s" => match word_before(owner, owner.len()) {
                    Some((os, o)) if os + o.len() == owner.len() => (os, &head[os..head.len()]),
                    _ => (ws, w),
                },
                _ => (ws, w),
            };
            let lower = w.chars().all(char::is_lowercase)
                && (!lexicon::RELATIVE_PRONOUNS.contains(&w)
                    || last.is_some_and(|l| lexicon::COPULAS.contains(&l)));
            // "the army's spokesman", "the Foreign Ministry spokesman": the state body's
            // word in any case, and a capitalized word of its name before it.
            let body_name = state_body
                && (state_body_word(w) || (capitalized(w) && last.is_some_and(state_body_word)));
            if !(lower || body_name) {
                break;
            }
            at = ws;
            last = Some(w);
        }
        let head = text[..at].trim_end_matches(' ');
        let comma = head.strip_suffix(',')?;
        // "Ahmed Farah, alias \"Blackie\" or \"Sheikh Ali\", a senior al-Shabaab commander".
        let comma = &comma[..before_alias_clause(text, comma.len())];
        let (ns, ne) = name_before(comma)?;
        let overlaps = {
            let k = tagged.partition_point(|t| t.1 <= ns);
            tagged.get(k).is_some_and(|t| t.0 < ne)
        };
        // No other match inside, except an untagged surname-only reading (a famous official's
        // surname inside another person's name: "Jacques Barrot").
        let free = {
            let k = self.hits.partition_point(|o| o.end <= ns);
            self.hits[k.min(self.hits.len())..]
                .iter()
                .take_while(|o| o.start < ne)
                .all(|o| {
                    let opts = self.opts(o);
                    !opts.is_empty() && opts.iter().all(|(_, f)| *f == MentionForm::Surname)
                })
        };
        (!overlaps && free).then_some((ns, ne))
    }

    /// Whether a title that heads any institution ([`lexicon::Office::Body`]) heads a public
    /// one here: a public body's name after it ("the director of the National Civil Police"),
    /// or a local government word with no other body named ("Xinjiang's regional chairman";
    /// not "regional director of the Countryside Alliance").
    fn heads_public_body(&self, i: usize, phrase: Option<&TitlePhrase>) -> bool {
        match phrase {
            Some(phrase) => phrase.public_body,
            None => self.local_office(i),
        }
    }

    /// Whether title hit `i` is a local government office: it opens with a word of
    /// [`lexicon::LOCAL_OFFICE_WORDS`] ("district chief") or follows one ("the county
    /// commissioner", "the provincial governor").
    fn local_office(&self, i: usize) -> bool {
        let h = &self.hits[i];
        let text = self.doc.text.as_str();
        let local = |w: &str| {
            lexicon::LOCAL_OFFICE_WORDS
                .iter()
                .any(|l| l.eq_ignore_ascii_case(w))
        };
        let title = &text[h.start..h.end];
        let first = title.split(' ').next().unwrap_or("");
        local(first) || word_before(text, h.start).is_some_and(|(_, w)| local(w))
    }

    /// Acronyms a story defines for a group or organization it names: "the Ambazonia Defence
    /// Forces (ADF)" makes "ADF" that group here, at the definition and wherever the story
    /// repeats it, even when the gazetteer lists no acronym or drops one two entries claim. The
    /// acronym's capitals must be the name's word initials in order ("Rohingya Solidarity
    /// Organisation (RSO)", "Armed Police Battalion (APBn)"); one defined for two entities is
    /// unclear and left out. Spans another mention covers stay as they are.
    fn defined_acronyms(
        &self,
        tagged: &[(usize, usize, u32, MentionForm)],
        unlisted: &[(Annotation, String)],
        short: &[Annotation],
    ) -> Vec<(usize, usize, u32, MentionForm)> {
        let text = self.doc.text.as_str();
        let mut defs: Vec<(&str, u32)> = Vec::new();
        for &(s, e, entry, form) in tagged {
            let ent = self.ent(entry);
            if ent.country
                || ent.official
                || !matches!(form, MentionForm::Name | MentionForm::Alias)
            {
                continue;
            }
            let Some(acr) = acronym_after(text, e) else {
                continue;
            };
            if initials_spell(&text[s..e], acr) {
                defs.push((acr, entry));
            }
        }
        if defs.is_empty() {
            return Vec::new();
        }
        // One entity per acronym; an acronym defined for two is left out.
        let mut unique: Vec<(&str, Option<u32>)> = Vec::new();
        for &(acr, entry) in &defs {
            match unique.iter_mut().find(|(a, _)| *a == acr) {
                Some((_, e)) if *e != Some(entry) => *e = None,
                Some(_) => {}
                None => unique.push((acr, Some(entry))),
            }
        }
        // Every occurrence not glued to a word, acronym by acronym, each in text order.
        let mut out = Vec::new();
        for &(acr, entry) in &unique {
            let Some(entry) = entry else { continue };
            let glue: fn(char) -> bool = |c| c.is_alphanumeric() || c == '-';
            out.extend(
                unglued(text, acr, glue).map(|(at, end)| (at, end, entry, MentionForm::Acronym)),
            );
        }
        if out.is_empty() {
            return out;
        }
        // An occurrence is taken when a span already tagged overlaps it, looked back for a
        // bounded distance (mentions are short): a span (s, e) takes an occurrence (a, b)
        // when s < b, s + MAX_MENTION_BYTES > a and e > a. The occurrences are few and the
        // spans many, so each span looks up the occurrences it can reach (starts from
        // s − longest acronym) among them sorted by start.
        let longest = out.iter().map(|o| o.1 - o.0).max().unwrap_or(0);
        let mut by_start: Vec<(usize, usize, usize)> =
            out.iter().enumerate().map(|(k, o)| (o.0, o.1, k)).collect();
        // Runs in order (each acronym's occurrences in text order): merged by the stable sort.
        by_start.sort();
        let mut taken = vec![false; out.len()];
        let spans = tagged
            .iter()
            .map(|t| (t.0, t.1))
            .chain(
                unlisted
                    .iter()
                    .map(|(u, _)| (u.span.byte_start, u.span.byte_end)),
            )
            .chain(short.iter().map(|u| (u.span.byte_start, u.span.byte_end)));
        let mut cursor = Ascending::default();
        for (s, e) in spans {
            let reach = e.min(s + MAX_MENTION_BYTES);
            let from = cursor.partition(&by_start, |o| o.0, s.saturating_sub(longest));
            for &(a, b, k) in by_start[from..].iter().take_while(|o| o.0 < reach) {
                if s < b && a < reach {
                    taken[k] = true;
                }
            }
        }
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !taken[k - 1]
        });
        out
    }

    /// A tagged country, group or organization right before title hit `i` ("the Taliban
    /// Spokesperson", "Pakistan's envoy"), or an official's possessive before a title that
    /// serves a person ("Gbagbo's spokesman", "the president's chief of staff").
    /// `j` is `tagged.partition_point(|t| t.1 <= h.start)`, the mentions ending before it.
    fn entity_before(
        &self,
        i: usize,
        tagged: &[(usize, usize, u32, MentionForm)],
        j: usize,
    ) -> bool {
        let h = &self.hits[i];
        let text = self.doc.text.as_str();
        debug_assert_eq!(j, tagged.partition_point(|t| t.1 <= h.start));
        j.checked_sub(1).map(|k| &tagged[k]).is_some_and(|t| {
            let gap = text[t.1..h.start].trim();
            // At most the possessive and a space between them: "Russia’s ambassador" (a curly
            // apostrophe is three bytes).
            let serves = matches!(h.kind, HitKind::Title(r)
                if matches!(lexicon::ROLE_TITLES[r as usize].2,
                    lexicon::Office::Shared | lexicon::Office::Serves));
            let fits = if self.ent(t.2).official {
                serves && matches!(gap, "'s" | "’s")
            } else {
                matches!(gap, "" | "'s" | "’s")
            };
            fits && t.1 + "’s ".len() >= h.start
        })
    }

    /// Whether title hit `i` follows a possessive pronoun of [`lexicon::BODY_POSSESSIVES`]
    /// whose antecedent is the last mention before it, an armed group named
    /// in the same or the previous sentence ("The Front said it would fight. Its leader,
    /// Butteur Metayer, said"). `j` counts the mentions ending before the title.
    fn body_named_before(
        &self,
        i: usize,
        tagged: &[(usize, usize, u32, MentionForm)],
        j: usize,
    ) -> bool {
        let h = &self.hits[i];
        let text = self.doc.text.as_str();
        let Some((ws, _)) =
            word_before(text, h.start).filter(|(_, w)| lexicon::BODY_POSSESSIVES.contains(w))
        else {
            return false;
        };
        j.checked_sub(1).map(|k| &tagged[k]).is_some_and(|t| {
            let between = &text[t.1.min(ws)..ws];
            let sentence_ends = || between.matches(". ").count() + between.matches(".\n").count();
            // An armed group only: a company, an agency or a country before "its" or "their"
            // is as often not the antecedent ("… in West Germany, their spokesman" speaks for
            // research institutes).
            &*self.ent(t.2).label == "GROUP"
                && between.len() <= MAX_ANTECEDENT_BYTES
                && !between.contains("\n\n")
                && sentence_ends() <= 1
        })
    }

    /// A tagged country, group or organization right after title hit `i` through "of", "for"
    /// or "to" ("spokesman for the Taliban", "envoy to Pakistan").
    fn entity_after(&self, i: usize, tagged: &[(usize, usize, u32, MentionForm)]) -> bool {
        let h = &self.hits[i];
        let text = self.doc.text.as_str();
        let j = tagged.partition_point(|t| t.0 < h.end);
        // An adviser serves an official ("foreign policy adviser to President Ilham Aliyev").
        let adviser = matches!(h.kind, HitKind::Title(r)
            if lexicon::ROLE_TITLES[r as usize].2 == lexicon::Office::Serves);
        tagged.get(j).is_some_and(|t| {
            let gap = text[h.end..t.0].trim();
            let gap = gap.strip_suffix(" the").unwrap_or(gap);
            if self.ent(t.2).official {
                adviser && (gap == "to" || gap.strip_prefix("to ").is_some_and(|g| g.len() <= 24))
            } else {
                // A demonym opens another name ("President of the French Maize Producers'
                // Association"): no state's office.
                // "a spokesman for the Pakistan Cricket Board": a country opening a body's name
                // that shows no state body's word is no state's office.
                matches!(gap, "of" | "for" | "to")
                    && t.3 != MentionForm::Demonym
                    && !(self.ent(t.2).country && non_state_name_after(text, t.1))
            }
        })
    }

    /// The country of a title: a tagged COUNTRY mention right before it ("Kazakh Deputy
    /// Foreign Minister", "China's envoy").
    fn country_before(
        &self,
        i: usize,
        tagged: &[(usize, usize, u32, MentionForm)],
    ) -> Option<Name> {
        let h = &self.hits[i];
        let text = self.doc.text.as_str();
        let j = tagged.partition_point(|t| t.1 <= h.start);
        j.checked_sub(1)
            .map(|k| &tagged[k])
            .filter(|(_, end, e, _)| {
                let gap = text[*end..h.start].trim();
                self.ent(*e).country && matches!(gap, "" | "'s" | "’s") && end + 4 >= h.start
            })
            .map(|(_, _, e, _)| self.ent(*e).link.id.clone())
    }

    /// Surname-only (and, for two-word names, first-name-only) mentions of officials named in
    /// full in the document: linked to the same person.
    fn short_forms<'x>(
        &'x self,
        tagged: &[(usize, usize, u32, MentionForm)],
        unlisted: &'x [(Annotation, String)],
    ) -> Vec<Annotation> {
        let text: &'x str = self.doc.text.as_str();
        // short form -> its claimant; None when two people share it. Forms are borrowed from
        // the text, the entries or the unlisted names where they can be (most are).
        // Sized for the names at once (a name gives a few forms): grown from empty, the maps
        // were rehashed three or four times per document.
        let names = tagged
            .iter()
            .filter(|t| {
                self.ent(t.2).official && matches!(t.3, MentionForm::Name | MentionForm::Alias)
            })
            .count()
            + unlisted.len();
        if names == 0 {
            return Vec::new();
        }
        let mut forms: HashMap<Cow<'x, str>, Option<Claimant<'x>>, BuildFx> =
            HashMap::with_capacity_and_hasher(4 * names, BuildFx::default());
        // Forms two people share ("Deby" of a father and his son), with every claimant: an
        // occurrence goes to the one the story named in full last before it.
        let mut shared: HashMap<Cow<'x, str>, Vec<Claimant<'x>>, BuildFx> = HashMap::default();
        // The words of the name in `add`, as byte ranges (one buffer for all names).
        let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
        let mut add = |name: Cow<'x, str>, link: &'x EntityLink, rule: &'x Name, titled: bool| {
            let full = name.as_ref();
            parts.clear();
            parts.extend(word_ranges(full));
            if parts.len() < 2 {
                return;
            }
            // A part of the name as a form: borrowed when the name is.
            let part = |r: std::ops::Range<usize>| -> Cow<'x, str> {
                match &name {
                    Cow::Borrowed(b) => Cow::Borrowed(&b[r]),
                    Cow::Owned(o) => Cow::Owned(o[r].to_string()),
                }
            };
            let word = |r: &std::ops::Range<usize>| &full[r.clone()];
            // The full name again ("Ryuzo Kawabata's deputy" after "Minister Ryuzo Kawabata"):
            // an official no gazetteer lists has no trie pattern to find it.
            if !full.contains(['.', ',']) {
                forms
                    .entry(name.clone())
                    .or_insert(Some((link, rule, link.form)));
            }
            // The surname: the last word that is not a regnal number or suffix ("Abdullah II").
            let last = parts
                .iter()
                .rev()
                .find(|r| !lexicon::exact_in(word(r), lexicon::kind::NAME_SUFFIX))
                .cloned();
            // "Bashar al-Assad": the surname is also written without its article ("Assad",
            // "pro-Assad fighters").
            let bare = last.clone().and_then(|r| {
                let (particle, rest) = word(&r).split_once('-')?;
                lexicon::exact_in(particle, lexicon::kind::NAME_PARTICLE)
                    .then(|| r.end - rest.len()..r.end)
            });
            let shorts = [
                last.clone().map(|r| (r, false)),
                bare.map(|r| (r, false)),
                (parts.len() == 2
                    && (titled || first_word_is_short_form(word(&parts[0]), word(&parts[1]))))
                .then(|| (parts[0].clone(), true)),
            ];
            for (r, first) in shorts.into_iter().flatten() {
                let s = word(&r).trim_end_matches(['\'', '’', ',', '.']);
                // One lookup for the three lists a short form must not be in.
                let stop = if first {
                    lexicon::kind::SHORT_FORM_STOP
                } else {
                    0
                } | lexicon::kind::NAME_SUFFIX
                    | lexicon::kind::NOT_NAME;
                if s.chars().nth(1).is_none()
                    || !capitalized(s)
                    || lexicon::exact_kinds(s) & stop != 0
                {
                    continue;
                }
                claim(
                    &mut forms,
                    &mut shared,
                    part(r.start..r.start + s.len()),
                    link,
                    rule,
                );
            }
            // "Eduardo del Valle", "Ursula von der Leyen": the surname keeps its particles
            // ("del Valle", and "Del Valle" opening a sentence), found before the bare last
            // word because matches are leftmost.
            let particles = parts[1..parts.len() - 1]
                .iter()
                .rev()
                .take_while(|r| lexicon::exact_in(word(r), lexicon::kind::NAME_PARTICLE))
                .count();
            if particles > 0 && last.as_ref() == parts.last() {
                let with = parts[parts.len() - 1 - particles..]
                    .iter()
                    .map(word)
                    .collect::<Vec<_>>()
                    .join(" ");
                let mut upper = with.clone();
                if upper.is_char_boundary(1) {
                    upper[..1].make_ascii_uppercase();
                }
                for s in [with, upper] {
                    claim(&mut forms, &mut shared, Cow::Owned(s), link, rule);
                }
            }
        };
        let mut listed: Vec<(Cow<'x, str>, &EntityLink, &Name)> = Vec::new();
        // An official named in full again adds nothing new (`add` keeps the first link of a
        // form and voids a form two people share): each name and each entry's surnames once.
        let mut added: std::collections::HashSet<(u32, &str), BuildFx> =
            std::collections::HashSet::with_capacity_and_hasher(names, BuildFx::default());
        let mut surnames_listed: std::collections::HashSet<u32, BuildFx> =
            std::collections::HashSet::with_capacity_and_hasher(names, BuildFx::default());
        let mut surnames_shouted: std::collections::HashSet<u32, BuildFx> = Default::default();
        // Where each official is named in full (byte starts), for forms two people share.
        let mut named_at: Vec<(usize, &str)> = Vec::new();
        for &(start, end, e, form) in tagged {
            let ent = self.ent(e);
            if ent.official && matches!(form, MentionForm::Name | MentionForm::Alias) {
                named_at.push((start, &ent.link.id));
                if added.insert((e, &text[start..end])) {
                    let name = &text[start..end];
                    let titled = addressed_by_given_name(&text[..start]);
                    if name.contains('\n') {
                        add(
                            Cow::Owned(name.replace('\n', " ")),
                            &ent.link,
                            &ent.rule,
                            titled,
                        );
                    } else {
                        add(Cow::Borrowed(name), &ent.link, &ent.rule, titled);
                    }
                }
                // All-caps copy names the person in capitals: "DEBY, 40," after "MAHAMAT IDRISS
                // DEBY ITNO" (the gazetteer's surname forms are written "Deby", "Déby").
                let shouted = !text[start..end].chars().any(char::is_lowercase);
                let first = surnames_listed.insert(e);
                let upper = shouted && surnames_shouted.insert(e);
                if !first && !upper {
                    continue;
                }
                for s in &ent.surnames {
                    if upper {
                        listed.push((Cow::Owned(s.to_uppercase()), &ent.link, &ent.rule));
                    }
                    if first {
                        listed.push((Cow::Borrowed(s.as_str()), &ent.link, &ent.rule));
                    }
                }
            }
        }
        for (a, name) in unlisted {
            if let Detail::Entity(link) = &a.detail {
                named_at.push((a.span.byte_start, &link.id));
                let titled = addressed_by_given_name(&text[..a.span.byte_start]);
                add(Cow::Borrowed(name.as_str()), link, &a.rule, titled);
            }
        }
        for (s, link, rule) in listed {
            claim(&mut forms, &mut shared, s, link, rule);
        }
        // Each form with the range of its claimants in one list (not a vector per form).
        let mut claimants: Vec<Claimant<'x>> = Vec::with_capacity(forms.len());
        let forms: Vec<(Cow<'x, str>, std::ops::Range<usize>)> = forms
            .into_iter()
            .filter_map(|(k, v)| {
                let from = claimants.len();
                match v {
                    Some(one) => claimants.push(one),
                    None => {
                        let all = shared.remove(&k).unwrap_or_default();
                        claimants.extend(all);
                    }
                }
                (claimants.len() > from).then_some((k, from..claimants.len()))
            })
            .collect();
        // Where each official is named in full (byte starts), for forms two people share.
        if forms.is_empty() {
            return Vec::new();
        }
        // (start, end, form index), leftmost-longest and non-overlapping. One form: one SIMD
        // substring search; more: one pass over the text (`literals`, which compares only the
        // bytes equal to a form's first byte where the forms have few first bytes). (Over
        // `bench-corpus-20mb/000`, the substring searches up to six forms cost 0.9 M
        // instructions more; up to twelve, 3.6 M more.)
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        if forms.len() <= 1 {
            for (k, (form, _)) in forms.iter().enumerate() {
                found.extend(
                    memchr::memmem::find_iter(text.as_bytes(), form.as_bytes())
                        .map(|at| (at, at + form.len(), k)),
                );
            }
            found.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
            let mut last_end = 0;
            found.retain(|&(s, e, _)| {
                let keep = s >= last_end;
                if keep {
                    last_end = e;
                }
                keep
            });
        } else {
            Literals::new(forms.iter().map(|f| f.0.as_bytes()))
                .find_all(text.as_bytes(), &mut found);
        }
        // The occurrences come in text order: where the mentions' ends are in order too (the
        // searches' conditions are then monotone), cursors find what binary searches find.
        let tagged_cursor = tagged.windows(2).all(|w| w[0].1 <= w[1].1);
        let unlisted_cursor = unlisted
            .windows(2)
            .all(|w| w[0].0.span.byte_end <= w[1].0.span.byte_end);
        let (mut tc, mut uc) = (Ascending::default(), Ascending::default());
        let mut taken = |s: usize, e: usize| {
            let j = if tagged_cursor {
                tc.partition(tagged, |t| t.1, s + 1)
            } else {
                tagged.partition_point(|t| t.1 <= s)
            };
            let k = if unlisted_cursor {
                uc.partition(unlisted, |(a, _)| a.span.byte_end, s + 1)
            } else {
                unlisted.partition_point(|(a, _)| a.span.byte_end <= s)
            };
            tagged.get(j).is_some_and(|t| t.0 < e)
                || unlisted.get(k).is_some_and(|(a, _)| a.span.byte_start < e)
        };
        // The rule of a surname form, made once per rule (a document's officials come from a
        // few gazetteers), and only for the forms that occur (most never do).
        let mut short_rules: Vec<(Name, Name)> = Vec::new();
        let mut rule_of = |form: MentionForm, rule: &Name| -> Name {
            if form != MentionForm::Surname {
                return rule.clone();
            }
            if let Some((_, short)) = short_rules.iter().find(|(r, _)| r == rule) {
                return short.clone();
            }
            let short: Name = format!("{rule}/short-form").into();
            short_rules.push((rule.clone(), short.clone()));
            short
        };
        let mut out = Vec::new();
        for (s, e, k) in found {
            if text[..s].chars().next_back().is_some_and(is_word_char)
                || text[e..].chars().next().is_some_and(is_word_char)
                || (text[..s].ends_with('-')
                    && !opinion_prefix(&text[..s])
                    // "the Yeutter-de Clercq meeting": two surnames joined, the second with
                    // its particle.
                    && !text[s..].starts_with(|c: char| c.is_lowercase()))
                || taken(s, e)
            {
                continue;
            }
            // Part of another capitalized name ("Abdul Ghani Baradar" for "Ghani")? In
            // all-caps copy a common word is no name's ("SINGIROK SAID", "TOLD SINGIROK").
            let caps_copy = !text[s..e].bytes().any(|b| b.is_ascii_lowercase());
            let name_word = |w: &str| {
                capitalized(w)
                    && !lexicon::exact_in(w, lexicon::kind::NOT_NAME)
                    && !(caps_copy
                        && !w.bytes().any(|b| b.is_ascii_lowercase())
                        && lexicon::common_word(&w.to_ascii_lowercase()))
            };
            // A single line break joins words as a space does (hard-wrapped copy:
            // "BERNARDO JARAMILLO\nURIBE").
            let line_break_after = text[e..].starts_with('\n') && !text[e + 1..].starts_with('\n');
            let next_cap = (text[e..].starts_with(' ') || line_break_after)
                && word_after(text, e + usize::from(line_break_after))
                    .is_some_and(|(_, w)| name_word(w));
            let line_break_before = text[..s].ends_with('\n') && !text[..s - 1].ends_with('\n');
            let before = s - usize::from(line_break_before);
            let prev_cap = (text[..s].ends_with(' ') || line_break_before)
                && ends_in_word(&text[..before])
                && word_before(text, before).is_some_and(|(at, w)| {
                    name_word(w)
                        && !possessive(w)
                        && !sentence_start(text, at)
                        && !self.is_title_or_country_end(at, s)
                });
            if next_cap || prev_cap {
                continue;
            }
            let claimants = &claimants[forms[k].1.clone()];
            let chosen = if claimants.len() == 1 {
                claimants.first()
            } else {
                // The claimant named in full last before this occurrence, if any.
                named_at
                    .iter()
                    .filter(|(at, _)| *at < s)
                    .max_by_key(|(at, _)| *at)
                    .and_then(|(_, id)| claimants.iter().find(|(l, _, _)| &*l.id == *id))
            };
            let Some(&(link, rule, form)) = chosen else {
                continue;
            };
            let mut link = link.clone();
            link.form = form;
            out.push(Annotation {
                span: self.doc.span(s..e),
                label: Name::from_static("OFFICIAL"),
                rule: rule_of(form, rule),
                detail: Detail::Entity(link),
            });
        }
        out
    }

    /// An agency word right after the mention ("[Trend] news agency", "[APA] agency") or
    /// right before it ("the news agency [APA]", "state broadcaster [EBC]").
    fn agency_word_near(&self, h: &Hit) -> bool {
        let hs = self.hs();
        word_after(hs, h.ne).is_some_and(|(_, w)| lexicon::AGENCY_WORDS_AFTER.contains(&w))
            || word_before(hs, h.ns).is_some_and(|(_, w)| lexicon::AGENCY_WORDS_BEFORE.contains(&w))
    }

    /// Whether a word naming the group's members follows ("Wagner mercenaries"): an armed
    /// group's attributive form, not the surname or word it shares.
    fn group_member_word_after(&self, h: &Hit) -> bool {
        word_after(self.hs(), h.ne)
            .is_some_and(|(_, w)| lexicon::any_case(lexicon::GROUP_MEMBER_WORDS, w))
    }

    /// Whether a word for an armed group comes right before ("the separatist group [ETA]").
    fn group_word_before(&self, h: &Hit) -> bool {
        word_before(self.hs(), h.ns)
            .is_some_and(|(_, w)| lexicon::any_case(lexicon::GROUP_WORDS_BEFORE, w))
    }

    /// Whether original byte range `a..b` is covered by a title/honorific or entity hit.
    fn is_title_or_country_end(&self, a: usize, b: usize) -> bool {
        let j = self.hits.partition_point(|h| h.end <= a);
        self.hits.get(j).is_some_and(|h| h.start <= a && h.end <= b)
    }
}

/// Records that `form` names the official of `link` (a surname form): the first claimant
/// keeps it; a second, other person voids it in `forms` and both are kept in `shared`.
fn claim<'x>(
    forms: &mut HashMap<Cow<'x, str>, Option<Claimant<'x>>, BuildFx>,
    shared: &mut HashMap<Cow<'x, str>, Vec<Claimant<'x>>, BuildFx>,
    form: Cow<'x, str>,
    link: &'x EntityLink,
    rule: &'x Name,
) {
    // The link as a surname form (the link is copied only for an occurrence found).
    let surname = (link, rule, MentionForm::Surname);
    match forms.entry(form) {
        MapEntry::Vacant(v) => {
            v.insert(Some(surname));
        }
        MapEntry::Occupied(mut o) => match *o.get() {
            Some(first) if first.0.id != link.id => {
                o.insert(None);
                shared
                    .entry(o.key().clone())
                    .or_insert_with(|| vec![first])
                    .push(surname);
            }
            None => {
                let all = shared.entry(o.key().clone()).or_default();
                if !all.iter().any(|(l, _, _)| l.id == link.id) {
                    all.push(surname);
                }
            }
            _ => {}
        },
    }
}

/// Who a short form names: the official's link and rule (borrowed from the entry or the
/// unlisted official's annotation), and the form the mention has.
type Claimant<'x> = (&'x EntityLink, &'x Name, MentionForm);

/// `head` ends in an opinion prefix and its hyphen ("pro-", "anti-"): "pro-Assad fighters",
/// "anti-Maduro protests" mention the person; other hyphens join name parts ("Abdul-Malik").
fn opinion_prefix(head: &str) -> bool {
    let Some(rest) = head.strip_suffix('-') else {
        return false;
    };
    lexicon::OPINION_PREFIXES.iter().any(|p| {
        // `get`: the cut may fall inside a multi-byte character ("”-").
        let at = rest.len().saturating_sub(p.len());
        match (rest.get(..at), rest.get(at..)) {
            (Some(before), Some(word)) => {
                word.eq_ignore_ascii_case(p)
                    && !before.chars().next_back().is_some_and(is_word_char)
            }
            _ => false,
        }
    })
}

/// `items.partition_point(|x| key(x) < q)` for a run of queries `q` over items whose keys do
/// not decrease: a cursor moved forward while the queries do not decrease either (mentions
/// and occurrences in text order), a binary search where one goes back.
#[derive(Default)]
struct Ascending {
    at: usize,
    last: Option<usize>,
}

impl Ascending {
    #[inline]
    fn partition<T>(&mut self, items: &[T], key: impl Fn(&T) -> usize, q: usize) -> usize {
        if self.last.is_some_and(|last| last <= q) {
            while items.get(self.at).is_some_and(|x| key(x) < q) {
                self.at += 1;
            }
        } else {
            self.at = items.partition_point(|x| key(x) < q);
        }
        self.last = Some(q);
        debug_assert_eq!(self.at, items.partition_point(|x| key(x) < q));
        self.at
    }
}

/// Two lists, each sorted by span, merged by (span, source): on equal spans the source
/// (the third field, different in the two lists) decides, as a stable sort of the sources
/// concatenated in their order would.
fn merge_runs(
    a: Vec<(usize, usize, u8, u32)>,
    b: Vec<(usize, usize, u8, u32)>,
) -> Vec<(usize, usize, u8, u32)> {
    if b.is_empty() {
        return a;
    }
    if a.is_empty() {
        return b;
    }
    let key = |t: &(usize, usize, u8, u32)| (t.0, t.1, t.2);
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if key(&b[j]) < key(&a[i]) {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// Spans sorted by start, for overlap questions that look back only as far as the longest
/// span (`bool`: a caller's flag per span).
#[derive(Default)]
struct SpanIndex {
    spans: Vec<(usize, usize, bool)>,
    longest: usize,
}

impl SpanIndex {
    fn new(mut spans: Vec<(usize, usize, bool)>) -> Self {
        // A stable sort: the spans come as a few runs already in order (mentions, unlisted
        // officials, short forms, units), which it merges; the quicksort of `sort_unstable`
        // partitioned them all. (Equal tuples are alike, so the order is the same.)
        spans.sort();
        let longest = spans.iter().map(|s| s.1 - s.0).max().unwrap_or(0);
        SpanIndex { spans, longest }
    }

    fn insert(&mut self, s: usize, e: usize) {
        let at = self.spans.partition_point(|x| x.0 < s);
        self.spans.insert(at, (s, e, false));
        self.longest = self.longest.max(e - s);
    }

    /// Every span that may overlap `s..e` (and some that do not): those starting before `e`
    /// and no further back than the longest span.
    fn near(&self, s: usize, e: usize) -> impl Iterator<Item = &(usize, usize, bool)> {
        let from = self
            .spans
            .partition_point(|x| x.0 < s.saturating_sub(self.longest));
        self.spans[from..].iter().take_while(move |x| x.0 < e)
    }
}

/// Every occurrence of `literal` in `text` that no character matching `glue` touches on
/// either side, as byte spans in text order.
fn unglued<'t>(
    text: &'t str,
    literal: &'t str,
    glue: fn(char) -> bool,
) -> impl Iterator<Item = (usize, usize)> + 't {
    memchr::memmem::find_iter(text.as_bytes(), literal.as_bytes())
        .map(move |at| (at, at + literal.len()))
        .filter(move |&(at, end)| {
            !text[..at].chars().next_back().is_some_and(glue)
                && !text[end..].chars().next().is_some_and(glue)
        })
}

/// Whether the title starting at `start` is a definite description: "the", a possessive
/// determiner or a possessive noun before it, across up to two lower-case modifiers ("the
/// entity’s prime minister", "its former spokesman").
fn definite_before(text: &str, start: usize, indefinite: bool) -> bool {
    let mut at = start;
    // A capitalized modifier was passed: only an article may open the phrase then ("the Sinn
    // Féin president"); a possessive before a capitalized word is another name's ("Arnaud
    // Desplechin's Kings And Queen, Abdellatif Kechiche").
    let mut proper = false;
    for _ in 0..4 {
        let Some((ws, w)) = word_before(text, at) else {
            return false;
        };
        // `word_before` stops at a curly apostrophe: "entity’s" reads as "s" after "’".
        let curly_possessive = matches!(w, "s" | "S") && text[..ws].ends_with('’');
        let possessive = w.ends_with("'s") || w.ends_with("'S") || curly_possessive;
        if lexicon::exact_in(w, lexicon::kind::DEFINITE)
            || (possessive && !proper)
            || (indefinite && lexicon::INDEFINITE_WORDS.contains(&w))
        {
            return true;
        }
        if w.chars().all(char::is_lowercase) {
            // "the former army commander"
        } else if w.starts_with(char::is_uppercase)
            && !possessive
            && (!sentence_start(text, ws) || follows_abbreviation(text, ws))
            && !lexicon::any_case(lexicon::NAME_CONNECTORS, w)
        {
            // "The Northern Ireland Secretary"
            proper = true;
        } else {
            return false;
        }
        at = ws;
    }
    false
}

/// Whether the word right before the title at `start` names a state body or an armed group,
/// possessive or not ("the army's spokesman", "a rebel commander"): see
/// [`lexicon::PUBLIC_BODY_BEFORE_TITLE`].
fn public_body_before(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|(ws, w)| {
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("'S"))
            .or_else(|| w.strip_suffix('\''))
            .unwrap_or(w);
        // `word_before` stops at a curly apostrophe: "army’s" reads as "s" after "’".
        let w = if w == "s" && text[..ws].ends_with('’') {
            word_before(text, ws - '’'.len_utf8()).map_or("", |(_, w)| w)
        } else {
            w
        };
        lexicon::any_case(lexicon::PUBLIC_BODY_BEFORE_TITLE, w)
    })
}

/// Words that make a name opening on a country's name a state body's ("Pakistan Foreign
/// Office", "Kenya Wildlife Service"), besides [`lexicon::PUBLIC_BODY_WORDS`] and
/// [`bodies::BODY_NOUNS`].
const STATE_NAME_WORDS: &[&str] = &["Office", "Embassy", "Mission", "Treasury", "Presidency"];

/// Whether capitalized words right after a country's mention ending at `end` continue a name
/// with no state body's word in it ("Pakistan Cricket Board", "Kenya Football Federation"):
/// the body the country's name opens is not the state's. A title after the country ("the US
/// President") is no such name.
fn non_state_name_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let mut words = 0;
    for w in rest.split_whitespace().take(6) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '\'', '’']);
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if words > 0 && matches!(bare, "of" | "and" | "for") {
            continue;
        }
        if !capitalized(bare) {
            break;
        }
        if lexicon::PUBLIC_BODY_WORDS.contains(&bare)
            || bodies::BODY_NOUNS.contains(&bare)
            || STATE_NAME_WORDS.contains(&bare)
            || lexicon::any_case(lexicon::PUBLIC_BODY_BEFORE_TITLE, bare)
            || lexicon::ROLE_TITLES
                .iter()
                .any(|r| r.0.eq_ignore_ascii_case(bare))
        {
            return false;
        }
        words += 1;
        if bare.len() != w.len() {
            break;
        }
    }
    words > 0
}

/// Whether the shared title at `start..end` is capitalized after a lower-case "the" or a
/// sentence's "The", as a public office's style writes it ("the Spokesperson, Martin Nesirky,
/// said"; a company writes "the spokesman").
fn styled_office(text: &str, start: usize, end: usize) -> bool {
    let title = &text[start..end];
    capitalized(title)
        && title.bytes().any(|b| b.is_ascii_lowercase())
        && word_before(text, start)
            .is_some_and(|(ws, w)| w == "the" || (w == "The" && sentence_start(text, ws)))
}

/// The farthest a body mention may stand before the possessive pronoun that refers to it
/// (bytes): about two sentences.
const MAX_ANTECEDENT_BYTES: usize = 300;

/// Whether `gap`, between a country and a title whose word before is a state body's, is at
/// most [`MAX_BODY_MODIFIERS`] lower-case words, the last one possessive or not ("government",
/// "national police", "government's").
fn body_modifiers(gap: &str) -> bool {
    // "Ethiopia's government spokesman": the country's possessive opens the gap.
    let gap = ["'s ", "’s "]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
        .unwrap_or(gap);
    let mut words = 0;
    for w in gap.split(' ') {
        words += 1;
        let lower = !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
        if !(lower || state_body_word(w)) {
            return false;
        }
    }
    words <= MAX_BODY_MODIFIERS
}

/// Whether `w`, possessive or not and in any case, is a state body's word of
/// [`lexicon::PUBLIC_BODY_BEFORE_TITLE`] ("Government", "army's").
fn state_body_word(w: &str) -> bool {
    let bare = ["'s", "’s", "'"]
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .unwrap_or(w);
    lexicon::any_case(lexicon::PUBLIC_BODY_BEFORE_TITLE, bare)
}

/// The most lower-case words between a country and the title of its state body's official
/// ("the Nigerian federal government spokesman").
const MAX_BODY_MODIFIERS: usize = 3;

/// The line around `start` when it is no longer than [`MAX_HEADLINE_BYTES`] (`None` for a
/// longer one). Its line breaks are looked for by `memchr`: a byte loop over up to 160 bytes
/// each way cost ~1,200 instructions a title (2.2 M of the entity pass over 1,000 stories).
fn headline_bounds(bytes: &[u8], start: usize) -> Option<(usize, usize)> {
    let back = start.saturating_sub(MAX_HEADLINE_BYTES);
    let line_start = match memchr::memrchr(b'\n', bytes.get(back..start)?) {
        Some(p) => back + p + 1,
        None if back == 0 => 0,
        None => return None,
    };
    let ahead = (start + MAX_HEADLINE_BYTES).min(bytes.len());
    let line_end = match memchr::memchr(b'\n', bytes.get(start..ahead)?) {
        Some(p) => start + p,
        None if ahead == bytes.len() => ahead,
        None => return None,
    };
    (line_end - line_start <= MAX_HEADLINE_BYTES).then_some((line_start, line_end))
}

/// Whether title hit text at `start` is in a title-case headline: its line is short and every
/// word of four letters or more is capitalized, but for the few a headline keeps in lower case
/// ("Secretary-General Condemns Seizure of Power in Mali").
fn title_case_line(text: &str, start: usize) -> bool {
    // Looked for within the longest headline only: a long text without line breaks costs
    // no walk to its ends for every title.
    let Some((line_start, line_end)) = headline_bounds(text.as_bytes(), start) else {
        return false;
    };
    // A headline is a paragraph of its own: a line of hard-wrapped copy ("Finance and
    // Planning Minister Ronnie De\nMel has left") goes on in the next line.
    // (The gaps below are white space by construction: only their line breaks are counted.)
    let before = text[..line_start].trim_end_matches([' ', '\t', '\r', '\n']);
    let opens = before.is_empty() || text[before.len()..line_start].matches('\n').count() >= 2;
    let rest = &text[line_end..];
    let after_gap = &rest[..rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len()];
    let closes = after_gap.len() == rest.len() || after_gap.matches('\n').count() >= 2;
    if !(opens && closes) {
        return false;
    }
    let mut capitals = 0;
    for w in text[line_start..line_end].split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() < 4 {
            continue;
        }
        if capitalized(w) {
            capitals += 1;
        } else if !lexicon::HEADLINE_LOWER_WORDS.contains(&w) {
            return false;
        }
    }
    capitals >= MIN_HEADLINE_CAPITALS
}

/// Whether `w` is one of [`lexicon::NOT_NAME_WORDS`] (exact case), by a set made once: the
/// list's ~100 words compared one by one cost ~400 instructions a word of a name.
fn not_name_word(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, BuildFx>> = OnceLock::new();
    SET.get_or_init(|| lexicon::NOT_NAME_WORDS.iter().copied().collect())
        .contains(w)
}

/// The longest line read as a headline (bytes).
const MAX_HEADLINE_BYTES: usize = 160;

/// Capitalized words of four letters or more a title-case headline has at least.
const MIN_HEADLINE_CAPITALS: usize = 4;

/// Whether the word at `ws` follows an abbreviation like "U.S." ("the U.S. Assistant
/// Secretary"): its period ends no sentence.
fn follows_abbreviation(text: &str, ws: usize) -> bool {
    let before = text[..ws].trim_end_matches(' ');
    let b = before.as_bytes();
    let mut from = b.len();
    while from >= 2 && b[from - 1] == b'.' && b[from - 2].is_ascii_uppercase() {
        from -= 2;
    }
    b.len() - from >= 4 && (from == 0 || b[from - 1] == b' ')
}

/// A place or body phrase after a title ("ambassador in Sarajevo, Igor Kalabukhov", "the mayor
/// of Odesa, Gennadiy Trukhanov", "the director of the National Civil Police, Mauricio Arriaza
/// Chicas").
struct TitlePhrase {
    /// Where the phrase's last word ends.
    end: usize,
    /// The phrase names a public body or a unit of government ("of the Legislative Assembly",
    /// "of Kherson region"): evidence that a title any institution uses is a public office.
    public_body: bool,
}

/// The phrase after a title: a preposition of [`lexicon::TITLE_PLACE_PREPOSITIONS`] or "of",
/// an optional "the", then up to [`MAX_PLACE_WORDS`] capitalized words or lower-case units of
/// government ("of Kherson region"), ending at punctuation or a space before another word.
fn title_phrase(text: &str, end: usize) -> Option<TitlePhrase> {
    let rest = text[end..].strip_prefix(' ')?;
    let phrase = lexicon::TITLE_PLACE_PREPOSITIONS
        .iter()
        .chain(&["of"])
        .find_map(|p| rest.strip_prefix(p)?.strip_prefix(' '))?;
    let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
    let unit = |w: &str| lexicon::exact_in(w, lexicon::kind::GOVERNMENT_UNIT);
    let start = text.len() - phrase.len();
    let mut at = start;
    let mut public_body = false;
    for _ in 0..MAX_PLACE_WORDS {
        let word_len = text[at..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’')))
            .unwrap_or(text.len() - at);
        let w = &text[at..at + word_len];
        if w.is_empty() || !(w.starts_with(|c: char| c.is_uppercase()) || unit(w)) {
            break;
        }
        let bare = w.trim_end_matches('.');
        public_body |= lexicon::exact_in(
            bare,
            lexicon::kind::GOVERNMENT_UNIT | lexicon::kind::PUBLIC_BODY,
        );
        at += w.len();
        match text[at..].strip_prefix(' ') {
            Some(next) if next.starts_with(|c: char| c.is_alphabetic()) => at += 1,
            _ => break,
        }
    }
    let end = text[..at].trim_end_matches(' ').len();
    (end > start).then_some(TitlePhrase { end, public_body })
}

/// Each word with a capital first letter and the rest in lower case ("VIRGILIO BARCO" →
/// "Virgilio Barco"), to look an all-caps name up in the gazetteer.
fn capitalize_words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut first = true;
    for c in name.chars() {
        if first {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphanumeric();
    }
    out
}

/// How many bytes after a title must show no lower-case letter for the copy to count as all
/// caps.
const CAPS_COPY_WINDOW: usize = 40;

/// The longest place phrase after a title ("envoy to the Democratic Republic of Congo" is not
/// one: "of" is lower case).
const MAX_PLACE_WORDS: usize = 4;

/// Words that introduce a person's nickname after their name (", alias \"Fito\"").
const ALIAS_CUES: &[&str] = &[
    "alias",
    "aka",
    "a.k.a.",
    "also known as",
    "known as",
    "nicknamed",
];

/// The nicknames of an alias clause starting at `at` (", alias \"Blackie\" or \"Sheikh Ali\"",
/// ", also known as Blackie", or in brackets: " (alias \"Blackie\")"): their spans (without
/// quotes) and the clause's end (after the closing bracket). Each nickname opens on a capital
/// and holds at most four words; only a single one may go unquoted.
fn alias_clause(text: &str, at: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let after = text.get(at..)?;
    let (rest, bracketed) = match after.strip_prefix(", ") {
        Some(rest) => (rest, false),
        None => (after.strip_prefix(" (")?, true),
    };
    let cue = ALIAS_CUES.iter().find(|c| rest.starts_with(*c))?;
    let mut pos = at + 2 + cue.len();
    let mut spans = Vec::new();
    loop {
        let sep = if spans.is_empty() {
            [" "].as_slice()
        } else {
            [" or ", ", ", " and "].as_slice()
        };
        let Some(sep) = sep.iter().find(|s| text[pos..].starts_with(*s)) else {
            break;
        };
        let open = pos + sep.len();
        let Some(q) = ['"', '“']
            .into_iter()
            .find(|&q| text[open..].starts_with(q))
        else {
            // "also known as Blackie": one unquoted nickname of capitalized words.
            if spans.is_empty() {
                let mut end = open;
                let line = text[open..].split(['\n', '\r']).next().unwrap_or_default();
                for w in line.split(' ').take(4) {
                    let word = w.trim_end_matches([',', '.', ';', ')']);
                    if !word.starts_with(char::is_uppercase)
                        || !word
                            .chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    {
                        break;
                    }
                    end += usize::from(end > open) + word.len();
                    if word.len() != w.len() {
                        break;
                    }
                }
                if end > open {
                    spans.push((open, end));
                    pos = end;
                }
            }
            break;
        };
        let inner = open + q.len_utf8();
        let Some(len) = text[inner..].find(['"', '”']) else {
            break;
        };
        let nick = text[inner..inner + len].trim_end_matches([',', '.']);
        if !nick.starts_with(char::is_uppercase) || nick.split(' ').count() > 4 || len > 40 {
            break;
        }
        spans.push((inner, inner + nick.len()));
        // The closing quote: '"' or '”' (three bytes).
        pos = inner + len + text[inner + len..].chars().next().map_or(1, char::len_utf8);
    }
    let mut end = spans.last().map(|_| pos)?;
    if bracketed {
        // The clause is the whole bracket: "(alias \"Blackie\")", nothing else inside.
        if !text[end..].starts_with(')') {
            return None;
        }
        end += 1;
    }
    Some((spans, end))
}

/// Where the text before `end` ends once an alias clause closing right at `end` is left out:
/// "Ahmed Farah, alias \"Blackie\" or \"Sheikh Ali\"" gives the end of "Ahmed Farah", so an
/// appositive title after the clause describes the name before it.
fn before_alias_clause(text: &str, end: usize) -> usize {
    let mut from = end.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut at = end;
    // The clause opens on ", " or, in brackets, on " (".
    while let Some(k) = text
        .get(from..at)
        .and_then(|window| window.rfind(", ").max(window.rfind(" (")))
        .map(|k| from + k)
    {
        if alias_clause(text, k).is_some_and(|(_, e)| e == end) {
            return k;
        }
        at = k;
    }
    end
}

/// A person name (2–4 capitalized words) ending at the end of `head`, not preceded by a
/// preposition ("In New Delhi, the minister" is a place).
fn name_before(head: &str) -> Option<(usize, usize)> {
    /// Capital letters joined by dots ("J.K", "F"; [`word_before`] leaves the last dot off).
    fn initials(w: &str) -> bool {
        w.split('.')
            .all(|part| part.len() == 1 && part.bytes().all(|b| b.is_ascii_uppercase()))
    }
    let end = head.len();
    let mut start = end;
    let mut count = 0;
    while count < 4 {
        let Some((ws, w)) = word_before(head, start) else {
            break;
        };
        // "J.K. Dutt", "John F. Kerry": initials before the surname, with their dots.
        let initials = count > 0 && initials(w) && head[ws + w.len()..].starts_with('.');
        if !(capitalized(w) || (count > 0 && lexicon::exact_in(w, lexicon::kind::NAME_PARTICLE)))
            || lexicon::exact_in(w, lexicon::kind::NOT_NAME)
            || w.chars().filter(|c| c.is_uppercase()).count() > 1 && !w.contains('-') && !initials
            || possessive(w)
        {
            break;
        }
        if head[ws..start].trim_end_matches(' ').len() != w.len() + usize::from(initials) {
            break;
        }
        count += 1;
        start = ws;
        // "al-Bambari": a particle joined by a hyphen belongs to the same name word.
        if let Some(joined) = head[..start].strip_suffix('-') {
            match word_before(joined, joined.len()) {
                Some((ps, p))
                    if lexicon::exact_in(p, lexicon::kind::NAME_PARTICLE)
                        && ps + p.len() == joined.len() =>
                {
                    start = ps;
                }
                _ => break,
            }
        }
        if !head[..start].ends_with(' ') {
            break;
        }
        start -= 1;
        if head[..start].ends_with(' ') {
            break;
        }
    }
    let mut start = start + usize::from(head[start..].starts_with(' '));
    // "Sir Dawda Jawara": an honorific before the name stays outside it.
    if let Some((first, _)) = head[start..end].split_once(' ') {
        if count > 2 && lexicon::NAME_HONORIFICS.contains(&first.trim_end_matches('.')) {
            start += first.len() + 1;
            count -= 1;
        }
    }
    if count < 2 {
        return None;
    }
    // A lone initial is a middle one ("James\nR. Jones": the first name is across a line
    // break the walk does not cross); "J.K. Dutt" opens with two.
    if head.as_bytes()[start..end].get(1..3) == Some(b". ") {
        return None;
    }
    let before = word_before(head, start);
    // "writing in the Daily Telegraph, the prime minister": an article makes it no person.
    // "by" and "with" name agents and companions ("negotiated by Javier Solana, the EU's
    // foreign policy chief"), not places; "of" after a noun that is no place, an object ("a
    // convoy of John Smith, the mayor of Springfield").
    let place_preposition = |ws: usize, w: &str| {
        lexicon::PLACE_PREPOSITIONS.contains(&w)
            && !matches!(w, "by" | "with")
            && !(w == "of" && of_after_common_noun(head, ws))
    };
    if before.is_some_and(|(ws, w)| {
        let w = w.to_ascii_lowercase();
        place_preposition(ws, &w) || w == "the"
    }) {
        return None;
    }
    Some((start, end))
}

/// Whether the "of" at `of_start` follows a lower-case noun that is no place ("a convoy of",
/// "the arrest of"; not "the capital of", nor a capitalized name's "Ministry of").
fn of_after_common_noun(head: &str, of_start: usize) -> bool {
    word_before(head, of_start).is_some_and(|(_, w)| {
        w.chars().all(char::is_lowercase)
            && !lexicon::PLACE_NOUNS_BEFORE_OF.contains(&w)
            && !lexicon::PLACE_PREPOSITIONS.contains(&w)
            && !lexicon::exact_in(w, lexicon::kind::DEFINITE)
    })
}

/// The role title as written, when it is capitalized; else the lexicon form.
fn title_case(text: &str, start: usize, end: usize, lexicon_form: &str) -> String {
    let written = text[start..end].replace('\n', " ");
    if capitalized(&written) {
        written
    } else {
        lexicon_form.to_string()
    }
}

/// Whether an all-caps word is an inflected form of a common English word the word list
/// lacks in that form: "DEFIES" (defy), "SACKS" (sack), "VOWED" (vow), "URGING" (urge).
/// After a title in a headline it is the verb, not a first name ("ARMY CHIEF DEFIES CHAN").
fn inflects_common_verb(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let common = |stem: &str| stem.len() >= 3 && lexicon::common_word(stem);
    if let Some(stem) = lower.strip_suffix("ies") {
        return common(&format!("{stem}y"));
    }
    if let Some(stem) = lower
        .strip_suffix("ing")
        .or_else(|| lower.strip_suffix("ed"))
    {
        return common(stem) || common(&format!("{stem}e"));
    }
    // "-es" after a sibilant only ("DISMISSES", "PUSHES"): "JAMES" is no "jam".
    if let Some(stem) = lower.strip_suffix("es") {
        if ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|e| stem.ends_with(e))
        {
            return common(stem);
        }
    }
    lower.strip_suffix('s').is_some_and(common)
}

/// A person name (2–4 capitalized words, lower-case particles and initials inside) starting
/// after `from` (after one space, or a comma and a space when `comma` is allowed), ending before
/// `limit`. A leading honorific ("Sir", "Lord") is skipped and stays outside. In all-caps copy
/// (`caps_copy`) and title-case headlines (`headline`) words English writes in lower case end
/// the name.
fn name_after(
    text: &str,
    from: usize,
    limit: usize,
    comma: bool,
    caps_copy: bool,
    headline: bool,
) -> Option<(usize, usize)> {
    let rest = &text[from..limit.max(from)];
    let skip = if rest.starts_with(' ') || rest.starts_with('\u{a0}') {
        rest.chars().next().map_or(1, char::len_utf8)
    } else if comma && rest.starts_with(", ") {
        2
    } else {
        return None;
    };
    let mut start = from + skip;
    let mut pos = start;
    let mut end = None;
    let mut count = 0;
    let mut full_words = 0;
    // A leading peer's title was skipped: one name word after it is a surname ("NATO's
    // Secretary-General, Lord [Robertson]").
    let mut honorific = false;
    // All-caps copy: name words English does not write in lower case ("MCKINNON"); a name
    // needs one ("JUDGE DISMISSES NORTH'S LAWSUIT" has none).
    let mut uncommon_words = 0;
    // Word lists are asked in any case in all-caps copy ("SIR", "THE").
    let listed = |list: &[&str], w: &str| {
        if caps_copy {
            lexicon::any_case(list, w)
        } else {
            list.contains(&w)
        }
    };
    // Initials before the first full word ("W.B. Rajaguru", "W. B. Rajaguru").
    let mut leading_initials = 0;
    loop {
        let tail = &text[pos..limit.max(pos)];
        let initials = initials_len(tail);
        let len: usize = if initials > 2 {
            initials
        } else {
            tail.char_indices()
                .take_while(|&(i, c)| {
                    c.is_alphabetic()
                        || (i > 0 && matches!(c, '-' | '\'' | '’'))
                        || (c == '.' && i == 1)
                })
                .map(|(_, c)| c.len_utf8())
                .sum()
        };
        if len == 0 {
            break;
        }
        // "Jr." and "Sr." keep their period ("Ferdinand Marcos Jr.").
        let len =
            if count > 0 && matches!(&tail[..len], "Jr" | "Sr") && tail[len..].starts_with('.') {
                len + 1
            } else {
                len
            };
        let mut word = tail[..len].trim_end_matches(['\'', '’', '-']);
        // A possessive ends the name and stays outside it ("Xi Jinping’s").
        let possessive = ["'s", "’s", "'S", "’S"].iter().find(|p| word.ends_with(*p));
        if let Some(p) = possessive {
            word = &word[..word.len() - p.len()];
        }
        let word_len = word.len();
        let bare = word.trim_end_matches('.');
        if count == 0
            && (listed(lexicon::NAME_HONORIFICS, bare)
                || lexicon::PROVINCES_AFTER_TITLE.contains(&bare))
        {
            let after = &text[pos + word_len..limit.max(pos + word_len)];
            // "Mr. Ali Raza" keeps its period outside; "IG Police Punjab, Mr. Ali Raza": a
            // province closes the office with a comma.
            let gap = if after.starts_with(' ') {
                1
            } else if (after.starts_with(". ") && listed(lexicon::NAME_HONORIFICS, bare))
                || (after.starts_with(", ") && lexicon::PROVINCES_AFTER_TITLE.contains(&bare))
            {
                2
            } else {
                break;
            };
            pos += word_len + gap;
            start = pos;
            // A peer is named by title and surname ("Lord Robertson"); "Mr Brown" is a
            // short form of someone the story named in full, found as such.
            honorific = lexicon::any_case(lexicon::PEER_TITLES, bare);
            continue;
        }
        // Initials: "W." or "W.B." anywhere, "W" inside a name ("George W Bush").
        let is_initial = (word.len() >= 2 && initials_len(word) == word.len())
            || (count > 0 && word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()));
        if is_initial && full_words == 0 {
            leading_initials += 1;
        }
        // "al-Baghdadi": a particle glued to a capitalized name.
        let core = match word.split_once('-') {
            Some((p, rest)) if lexicon::exact_in(p, lexicon::kind::NAME_PARTICLE) => rest,
            _ => word,
        };
        let core_bare = core.trim_end_matches('.');
        if lexicon::exact_in(
            core_bare,
            lexicon::kind::INSTITUTION | lexicon::kind::COMPANY | lexicon::kind::PUBLIC_BODY,
        ) {
            // "General Motors Corp", "Worker's Union", "General National Congress": not a
            // person.
            return None;
        }
        // In all-caps copy and title-case headlines a word English writes in lower case ends
        // the name ("DON MCKINNON SAID"); the first word after the title is a name's ("DON").
        let no_case = caps_copy || headline;
        let common = no_case && lexicon::common_word(&core_bare.to_ascii_lowercase());
        uncommon_words += usize::from(no_case && !common);
        // A first word may be a common word ("DON"), unless it reads as an inflected verb or
        // an adverb: a headline's ("JUDGE DISMISSES", "MINISTER ADVISES NAKASONE",
        // "Secretary-General Condemns Seizure").
        let upper = core_bare.to_ascii_uppercase();
        let common_stop = (common
            && (count > 0
                || ["S", "ED", "ING", "LY"]
                    .iter()
                    .any(|end| upper.ends_with(end))))
            // Not in headlines: their names keep case ("Governor Sayed Ahmad Khan Meets"),
            // and a verb's next word is common too ("Condemns Seizure").
            || (caps_copy && count == 0 && inflects_common_verb(core_bare));
        // "Communications Minister Mohamed Said told": in mixed-case text a capitalized "Said"
        // after a first name is a surname (the verb is capitalized only in headlines).
        let surname =
            count > 0 && !no_case && lexicon::SURNAMES_AMONG_NOT_NAME_WORDS.contains(&core_bare);
        let not_name = if caps_copy {
            lexicon::any_case(lexicon::NOT_NAME_WORDS, core_bare)
        } else {
            not_name_word(core_bare)
        } && !surname;
        if capitalized(core) && !not_name && !common_stop {
            // All-caps words (acronyms) are not names, except initials and in all-caps copy.
            let caps = core.chars().filter(|c| c.is_uppercase()).count();
            let roman = count > 0 && core.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
            if caps > 1
                && caps == core.chars().filter(|c| c.is_alphabetic()).count()
                && !roman
                && !is_initial
                && !caps_copy
            {
                break;
            }
            if !(is_initial || core.chars().count() >= 2) {
                break;
            }
            count += 1;
            if !is_initial && !roman {
                full_words += 1;
            }
            end = Some(pos + word_len);
        } else if !(lexicon::exact_in(word, lexicon::kind::NAME_PARTICLE) && count > 0) {
            break;
        }
        if count >= 4 || possessive.is_some() {
            break;
        }
        let after = pos + word_len;
        if text[after..limit.max(after)].starts_with(' ') {
            pos = after + 1;
        } else {
            break;
        }
    }
    let end = end?;
    // One word after a title is too weak ("General Motors", "Captain Gerrard", "President
    // Forever"): a name needs two words that are not initials, or a word and a regnal number.
    let regnal = text[start..end]
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
    // Words right before another mention are its titles ("RATU SIR KAMISESE MARA").
    let before_mention = limit < text.len() && text[end..limit].trim().is_empty();
    // "General Automation Iberica S.A.": a company.
    if text[end..].starts_with(' ')
        && word_after(text, end).is_some_and(|(_, w)| lexicon::COMPANY_SUFFIXES.contains(&w))
    {
        return None;
    }
    // Initials and a surname name a person too ("Inspector-General of Police W.B. Rajaguru").
    let initialled = leading_initials > 0 && count > leading_initials;
    ((full_words >= 2 || (full_words == 1 && (honorific || initialled || (regnal && count >= 2))))
        && (!(caps_copy || headline) || uncommon_words > 0)
        && !before_mention)
        .then_some((start, end))
}

/// Length of a run of initials at the start of `s`: capital letters each followed by a period,
/// as in "W.B." (4) or "W." (2); 0 for none.
fn initials_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    while n + 1 < b.len() && b[n].is_ascii_uppercase() && b[n + 1] == b'.' {
        n += 2;
    }
    if b.get(n).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return 0;
    }
    // Countries' and companies' abbreviations ("S.A.", "N.V.") are no initials.
    match &s[..n] {
        "U.S." | "U.N." | "U.K." | "E.U." | "S.A." | "N.V." | "A.G." | "B.V." => 0,
        _ => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::compile::{group_claims, word_capitals};
    use crate::gazetteer::first_words::{first_word_len, LETTER_RANGES};

    /// [`Fx`] hashes as it did with each eight-byte piece copied into a zeroed word.
    #[test]
    fn fx_hashes_zero_padded_pieces() {
        use std::hash::Hasher;
        let reference = |bytes: &[u8]| {
            let mut h = 0u64;
            for chunk in bytes.chunks(8) {
                let mut v = [0u8; 8];
                v[..chunk.len()].copy_from_slice(chunk);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(v))
                    .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            h
        };
        let mut rng = crate::testutil::Xorshift(0x00f0_0fed);
        for _ in 0..2000 {
            let bytes: Vec<u8> = (0..rng.below(40)).map(|_| rng.below(256) as u8).collect();
            let mut fx = Fx::default();
            fx.write(&bytes);
            assert_eq!(fx.finish(), reference(&bytes), "{bytes:?}");
        }
    }

    /// The first-word table cuts a pattern's first word (`first_word_len`, also built into the
    /// image by `build.rs`) where the scan does ([`word_end`]): on every bundled pattern, and
    /// on random strings of word bytes, separators and non-ASCII letters and marks.
    #[test]
    fn first_word_len_is_word_end() {
        let sources = crate::gazetteer::data::load_sources(&[]).expect("bundled files");
        let files = crate::gazetteer::data::parse_all(&sources).expect("bundled files parse");
        let entries = crate::gazetteer::data::merge(&files);
        let mut texts = crate::gazetteer::compile::patterns(&entries).patterns;
        let pieces = [
            "a", "Z", "0", "_", " ", "-", "'", ".", "é", "Ж", "ب", "\u{2019}", "\u{2013}",
            "\u{301}", "中", "٣", "\u{a0}", "ß", "Ω", "\u{200b}",
        ];
        let mut rng = crate::testutil::Xorshift(0x00f1_257d);
        for _ in 0..5000 {
            let n = 1 + rng.below(24);
            texts.push(rng.concat(&pieces, n));
        }
        for t in &texts {
            let starts_word = t.chars().next().is_some_and(|c| {
                c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && non_ascii_alnum(c))
            });
            if starts_word {
                assert_eq!(first_word_len(t), word_end(t, 0), "{t:?}");
            }
        }
    }

    #[test]
    fn initials_are_capitals_with_periods() {
        assert_eq!(initials_len("W.B. Rajaguru"), 4);
        assert_eq!(initials_len("W. B."), 2);
        assert_eq!(initials_len("U.S. Army"), 0);
        assert_eq!(initials_len("S.A. as"), 0);
        assert_eq!(initials_len("W.Bush"), 0);
        assert_eq!(initials_len("Wb."), 0);
    }

    #[test]
    fn lexicon_shapes_the_lookups_rely_on() {
        assert!(lexicon::NAME_CONNECTORS.iter().all(|w| w.len() <= 3));
        assert!(lexicon::NAME_CONNECTORS
            .iter()
            .all(|w| w.starts_with(['o', 'f', 'a', 't', 'd', '&'])));
        assert!(lexicon::CITY_PREFIXES
            .iter()
            .chain(&["PORT"])
            .all(|w| w.ends_with(['t', 'w', 'T'])));
        assert!(lexicon::INSTITUTION_WORDS
            .iter()
            .all(|w| w.as_bytes()[0].is_ascii_uppercase()));
        assert!(lexicon::STATE_BODY_HEADS
            .iter()
            .all(|w| w.as_bytes()[0].is_ascii_uppercase()));
    }

    /// The counting sort of [`group_claims`] groups, orders and drops duplicates as the
    /// stable sort and `dedup_by` it replaced.
    #[test]
    fn group_claims_matches_a_stable_sort() {
        fn reference(mut all: Vec<(u32, Claim)>, patterns: usize) -> (Vec<Claim>, Vec<(u32, u32)>) {
            all.sort_by_key(|(p, c)| (*p, !matches!(c.target, Target::Entity { .. })));
            all.dedup_by(|(pa, a), (pb, b)| pa == pb && a.target == b.target && a.exact == b.exact);
            let mut claims = Vec::new();
            let mut ranges = vec![(0u32, 0u32); patterns];
            for (p, c) in all {
                let at = claims.len() as u32;
                let r = &mut ranges[p as usize];
                if r.1 == 0 {
                    *r = (at, at);
                }
                r.1 = at + 1;
                claims.push(c);
            }
            (claims, ranges)
        }
        let mut rng = crate::testutil::Xorshift(0x2545_f491_4f6c_dd1du64);
        let mut next = move |n: u64| rng.below(n as usize) as u32;
        for _ in 0..200 {
            let patterns = 1 + next(12) as usize;
            let all: Vec<(u32, Claim)> = (0..next(40))
                .map(|_| {
                    let target = match next(4) {
                        0 | 1 => Target::Entity {
                            entry: next(3),
                            form: [MentionForm::Name, MentionForm::Alias][next(2) as usize],
                        },
                        2 => Target::Title(next(2) as u16),
                        _ => Target::Honorific,
                    };
                    let exact = ["Kabul", "kabul", "KABUL"][next(3) as usize];
                    let claim = Claim {
                        target,
                        exact: exact.into(),
                        nocase: next(2) == 0,
                        capitals: word_capitals(exact),
                    };
                    (next(patterns as u64), claim)
                })
                .collect();
            let (got, got_ranges) = group_claims(all.clone(), patterns);
            let (want, want_ranges) = reference(all, patterns);
            assert_eq!(got_ranges, want_ranges);
            let show = |v: &[Claim]| format!("{v:?}");
            assert_eq!(show(&got), show(&want));
        }
    }

    #[test]
    fn class_runs_agree_with_the_byte_loops() {
        let mut texts: Vec<String> = crate::testutil::seed_texts();
        let mut rng = crate::testutil::Xorshift(0x9E37_79B9_7F4A_7C15);
        let parts = [
            "a", "Z", "9", "_", "&", "'", ".", " ", ",", "é", "д", "’", "\u{a0}", "—", "x",
        ];
        for _ in 0..2_000 {
            let n = rng.below(60);
            texts.push((0..n).map(|_| parts[rng.below(parts.len())]).collect());
        }
        for extra in [[0, 0], [b'&', 0], [b'\'', b'.']] {
            let ascii = |b: u8| ascii_word(b) || (b != 0 && extra.contains(&b));
            let keep = |c: char| {
                is_word_char(c) || (c.is_ascii() && c != '\0' && extra.contains(&(c as u8)))
            };
            for t in &texts {
                for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                    assert_eq!(
                        class_run_end(t, i, extra, keep),
                        run_end(t, i, ascii, keep),
                        "{t:?} {i}"
                    );
                    assert_eq!(
                        class_run_start(t, i, extra, keep),
                        run_start(t, i, ascii, keep),
                        "{t:?} {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn word_char_shortcuts_agree_with_the_unicode_tables() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || c == '_',
                "{c:?} U+{:04X}",
                c as u32
            );
            if !c.is_ascii() {
                assert_eq!(
                    non_ascii_alnum(c),
                    c.is_alphanumeric(),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    /// The words of `hs` found a byte at a time (the scan's first-written loop).
    fn words_byte_by_byte(hs: &str) -> Vec<(usize, usize)> {
        let bytes = hs.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if !WORD[b as usize] {
                    i += 1;
                    continue;
                }
            } else {
                let c = hs[i..].chars().next().unwrap_or(' ');
                if !non_ascii_alnum(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            let j = word_end(hs, i);
            out.push((i, j));
            i = j;
        }
        out
    }

    #[test]
    fn words_by_block_masks_agree_with_the_byte_loop() {
        let pieces = [
            "a", "Z", "9", "_", " ", "  ", ",", ".", "-", "'", "\n", "é", "“", "”", "ا", "\u{a0}",
            "word", "Taliban", "x_y", "2024", "\u{2014}", "Ж", "\u{2026}", "\u{2040}", "€",
            "\u{2071}",
        ];
        let mut rng = crate::testutil::Xorshift(11);
        let mut next = |m: usize| rng.below(m);
        let mut texts: Vec<String> = vec![
            String::new(),
            "a".repeat(64),
            "a".repeat(65),
            format!("{} b", "a".repeat(63)),
            format!("{}é{}", "a".repeat(63), "b".repeat(70)),
            format!("{} {}", "a".repeat(64), "c".repeat(128)),
        ];
        for _ in 0..2000 {
            let len = next(120);
            // Mostly ASCII (whole blocks), sometimes not; or with punctuation of U+2000–U+203F
            // as its only other characters (blocks read off their masks too).
            let kind = next(3);
            let general_punctuation =
                |p: &str| p.chars().all(|c| ('\u{2000}'..='\u{203f}').contains(&c));
            let text: String = (0..len)
                .map(|_| loop {
                    let p = pieces[next(pieces.len())];
                    if kind == 0 || p.is_ascii() || (kind == 2 && general_punctuation(p)) {
                        break p;
                    }
                })
                .collect();
            texts.push(text);
        }
        for text in &texts {
            let mut words = Words::new(text);
            let mut found = Vec::new();
            while let Some(w) = words.next() {
                found.push(w);
            }
            assert_eq!(found, words_byte_by_byte(text), "{text:?}");
        }
    }

    #[test]
    fn capital_masks_check_what_the_byte_loop_checks() {
        let forms = [
            "Al Qaida",
            "al Qaida",
            "Islamic State of Iraq and the Levant",
            "U.S. Coast Guard",
            "McCain",
            "x",
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z A B C D E F G H I J K",
        ];
        let mut rng = crate::testutil::Xorshift(7);
        for form in forms {
            for _ in 0..200 {
                // The form with each letter's case flipped at random.
                let found: Vec<u8> = form
                    .bytes()
                    .map(|b| {
                        if rng.below(2) == 1 {
                            b ^ (0x20 * u8::from(b.is_ascii_alphabetic()))
                        } else {
                            b
                        }
                    })
                    .collect();
                let claim = |capitals| Claim {
                    target: Target::Honorific,
                    exact: form.into(),
                    nocase: false,
                    capitals,
                };
                assert_eq!(
                    case_ok(&claim(word_capitals(form)), &found),
                    case_ok(&claim(None), &found),
                    "{form} {:?}",
                    String::from_utf8_lossy(&found)
                );
            }
        }
        assert_eq!(word_capitals("Al Qaida"), Some(0b1001));
        assert_eq!(word_capitals(&"A ".repeat(40)), None);
    }

    #[test]
    fn skipped_walks_find_what_the_walk_finds() {
        // Patterns sharing first words, with rests of every length from one byte on, and
        // texts made of their pieces: every first word's patterns found through its slot
        // are the trie walk's.
        let pats = [
            "us",
            "usa",
            "u.s.",
            "u.s. army",
            "at&t",
            "at",
            "iraq",
            "iraq survey group",
            "iraqi",
            "south",
            "south africa",
            "south sudan",
            "south korean",
            "sudan",
            "al",
            "al qaida",
            "al-shabaab",
            "new york",
            "new york times",
            "x y",
            "x,y",
            "xy z",
        ];
        let trie = Trie::new(
            pats.iter()
                .enumerate()
                .map(|(i, p)| (p.as_bytes(), i as u32)),
        );
        let words = FirstWords::new(&trie, pats.iter().copied());
        let pieces = [
            "US", "USA", "U.S.", " ", "  ", ".", ",", "'s", "Army", "army", "AT&T", "at", "&",
            "Iraq", "Survey", "Group", "Iraqi", "South", "Africa", "Sudan", "Korean", "Kor", "al",
            "Qaida", "-", "shabaab", "New", "York", "Times", "x", "y", "z", "said",
        ];
        let mut rng = crate::testutil::Xorshift(23);
        let mut checked = 0;
        for _ in 0..20_000 {
            let n = rng.below(12);
            let hay = rng.concat(&pieces, n);
            let bytes = hay.as_bytes();
            let mut words_of = Words::new(&hay);
            while let Some((i, j)) = words_of.next() {
                let len = j - i;
                if len > FIRST_WORD_MAX {
                    continue;
                }
                let key = pack_at(bytes, i, len);
                let Some(slot) = words.slot_of(key, len, FirstWords::hash(key)) else {
                    continue;
                };
                let (mut fast, mut walked) = (Vec::new(), Vec::new());
                patterns_after(&trie, slot, 0, bytes, j, &mut fast);
                trie.prefixes_from(slot.nodes[0], bytes, j, &mut walked);
                assert_eq!(fast, walked, "{hay:?} at {i}");
                checked += 1;
            }
        }
        assert!(checked > 3000, "{checked}");
    }

    #[test]
    fn first_words_lead_to_their_trie_node() {
        let pats = [
            "ab",
            "abc def",
            "abcdefghijklmnop x",
            "abcdefghijklmnopq",
            "t\u{fc}rk",
            "'s",
        ];
        let trie = Trie::new(
            pats.iter()
                .enumerate()
                .map(|(i, p)| (p.as_bytes(), i as u32)),
        );
        let words = FirstWords::new(&trie, pats.iter().copied());
        let node = |w: &[u8]| words.get(w).map(|n| n[0]);
        assert_eq!(node(b"ab"), trie.node(b"ab"));
        assert!(words.get(b"AB").is_some());
        assert_eq!(node(b"Abc"), trie.node(b"abc"));
        assert_eq!(node(b"ABCDEFGHIJKLMNOP"), trie.node(b"abcdefghijklmnop"));
        assert_eq!(
            node("T\u{fc}rk".as_bytes()),
            trie.node("t\u{fc}rk".as_bytes())
        );
        // The in-text lookup reads sixteen bytes and folds case eight at a time.
        let hay = b"xx ABC def abcdefghijklmnop T\xc3\xbcrk ab, abcd                ";
        for (at, len) in [(3, 3), (11, 16), (28, 5), (34, 2), (38, 4), (3, 1)] {
            assert_eq!(
                words.get_at(hay, at, len),
                words.get(&hay[at..at + len]),
                "{at} {len}"
            );
        }
        // Not first words: a prefix, a longer word, one beyond the table's length (walked).
        assert_eq!(words.get(b"a"), None);
        assert_eq!(words.get(b"abcd"), None);
        assert_eq!(words.get(b"abcdefghijklmnopq"), None);
        assert_eq!(words.get(b"s"), None);
        assert_eq!(FirstWords::default().get(b"ab"), None);
    }

    /// Every institution word passes the filter the scan asks, in any case of its first
    /// letter and as the block copy packs it (the filter may let others through; they are
    /// checked against the list).
    #[test]
    fn institution_filter_lets_every_institution_word_through() {
        let filter = InstitutionFilter::new();
        for w in lexicon::INSTITUTION_WORDS {
            assert!(INSTITUTION_WORD_LENS.contains(&w.len()), "{w}");
            assert!(w.as_bytes()[0].is_ascii_uppercase(), "{w}");
            let mut block = [0u8; 80];
            block[5..5 + w.len()].copy_from_slice(w.as_bytes());
            let keys = [
                pack(w.as_bytes()),
                pack_block(&block, 5, w.len()),
                pack_at(&block, 5, w.len()),
            ];
            for key in keys {
                assert!(filter.may_have(FirstWords::hash(key)), "{w}");
            }
        }
    }

    /// A lower-case word that `Matcher::scan` passes by in a block (no `lower_acts` bit) is
    /// one `Scan::word` would do nothing with in a line with a capital: no lower-case-start
    /// first word and no finder word has its bit clear. For every two first bytes and length.
    #[test]
    fn lower_case_words_passed_by_do_nothing() {
        let pats = ["president", "minister x", "s", "spokesman", "a b"];
        let trie = Trie::new(
            pats.iter()
                .enumerate()
                .map(|(i, p)| (p.as_bytes(), i as u32)),
        );
        let mut words = FirstWords::new(&trie, pats.iter().copied());
        for p in pats {
            let first = &p.as_bytes()[..word_end(p, 0)];
            if let Some(node) = trie.node(first) {
                words.set_lower(first, &trie, node);
            }
        }
        words.set_lower_acts();
        for b in b'a'..=b'z' {
            for b1 in (b'0'..=b'9').chain(b'a'..=b'z').chain([b'_']) {
                for len in 1..=FIRST_WORD_MAX {
                    let finders = FINDER_START[usize::from(b)];
                    let finder = finders != 0
                        && (finders & UNIT_START != 0 || usize::from(finders >> 4) == len);
                    if words.may_start_lower(b, b1, len) || finder {
                        assert!(words.may_act_lower(b, b1, len), "{b} {b1} {len}");
                    }
                }
            }
        }
    }

    /// The sixteen-byte word mask agrees with the byte table for every byte value at every
    /// position.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn sixteen_byte_word_mask_agrees_with_the_byte_table() {
        for pos in 0..16 {
            for b in 0..=255u8 {
                let mut c = *b"aZ09_ -@[`{/:~\x7f\xc3";
                c[pos] = b;
                let want = c.iter().enumerate().fold(0u32, |m, (i, &b)| {
                    m | u32::from(ASCII_WORD[usize::from(b)]) << i
                });
                assert_eq!(word_mask16(&c), want, "{c:?}");
            }
        }
    }

    #[test]
    fn eight_byte_case_fold_agrees_with_the_byte_one() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut w = *b"aZ@[`{0\xff";
                w[pos] = b;
                let want: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
                let got = lower8(u64::from_le_bytes(w)).to_le_bytes();
                assert_eq!(got.as_slice(), want.as_slice(), "{w:?}");
            }
        }
        #[cfg(target_arch = "x86_64")]
        for b in 0..=255u8 {
            for pos in 0..16 {
                let mut w = *b"aZ@[`{0\xffAbYz_9 \x80";
                w[pos] = b;
                for len in 1..=16 {
                    assert_eq!(pack16(&w, len), pack(&w[..len]), "{w:?} {len}");
                }
            }
        }
        let hay = b"Al-QAIDA Islamic State of IRAQ and the Levant, x";
        for at in 0..hay.len() {
            for len in 1..=FIRST_WORD_MAX.min(hay.len() - at) {
                assert_eq!(
                    pack_at(hay, at, len),
                    pack(&hay[at..at + len]),
                    "{at} {len}"
                );
            }
        }
    }

    #[test]
    fn eight_byte_word_test_agrees_with_the_byte_table() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut w = *b"a_Z09 zA";
                w[pos] = b;
                let got = word_mask(u64::from_le_bytes(w)).to_le_bytes();
                for k in 0..8 {
                    assert_eq!(got[k] == 0x80, ASCII_WORD[usize::from(w[k])], "{w:?} {k}");
                    assert!(got[k] == 0 || got[k] == 0x80);
                }
            }
        }
        let text = "Tehrik_i2 Taliban-Pakistan Türkiye’s 82nd_Airborne_Division \u{2014}x abcdefghijklmnopqrstu";
        for (i, c) in text.char_indices() {
            if is_word_char(c) {
                let want = i + text[i..]
                    .chars()
                    .take_while(|&c| is_word_char(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                assert_eq!(word_end(text, i), want, "{i}");
            }
        }
    }

    #[test]
    fn line_case_test_agrees_with_the_char_test() {
        let pieces = [
            "a", "Z", "z", "9", " ", ",", "é", "É", "“", "Ж", "ж", "ا", "\u{a0}", "word", "ǅ", "ß",
        ];
        let mut rng = crate::testutil::Xorshift(29);
        for _ in 0..5000 {
            let len = rng.below(60);
            let line = rng.concat(&pieces, len);
            // Mostly lower case, as the lines the scan asks about.
            let line = if rng.below(2) == 0 {
                line.to_lowercase()
            } else {
                line
            };
            assert_eq!(
                no_upper_case(&line),
                !line.chars().any(char::is_uppercase),
                "{line:?}"
            );
        }
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in ['é', 'Ж', '٣', 'ⁱ', '“', '\u{2070}'] {
            assert_eq!(non_ascii_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        for c in LETTER_RANGES.iter().flat_map(|r| r.clone()) {
            assert!(c.is_alphanumeric(), "{c:?}");
        }
        for c in '\u{0080}'..='\u{3000}' {
            assert_eq!(non_ascii_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn alias_clauses() {
        let t = "Ahmed Farah, alias \"Blackie\" or “Sheikh Ali”, a commander";
        let (spans, end) = alias_clause(t, 11).expect("a clause");
        let nicks: Vec<&str> = spans.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(nicks, ["Blackie", "Sheikh Ali"]);
        assert_eq!(&t[end..], ", a commander");
        assert_eq!(before_alias_clause(t, end), 11);
        let t = "Víctor Quispe Palomino, alias \"Comrade José.\" They";
        let (spans, _) = alias_clause(t, 23).expect("a clause");
        assert_eq!(&t[spans[0].0..spans[0].1], "Comrade José");
        let t = "Ahmed Farah, also known as Blackie, a commander";
        let (spans, end) = alias_clause(t, 11).expect("a clause");
        assert_eq!(&t[spans[0].0..spans[0].1], "Blackie");
        assert_eq!(before_alias_clause(t, end), 11);
        let t = "Victor Polay Campos, aka Comrade Rolando.\n\nThe police";
        let (spans, _) = alias_clause(t, 19).expect("a clause");
        assert_eq!(&t[spans[0].0..spans[0].1], "Comrade Rolando");
        // Lower-case words are no nickname; no cue, no clause.
        assert_eq!(alias_clause("the scheme, known as a put option", 10), None);
        assert_eq!(alias_clause("Ahmed Farah, \"Blackie\"", 11), None);
        let t = "Ahmed Farah, a commander";
        assert_eq!(before_alias_clause(t, 11), 11);
        // In brackets: the clause ends after the bracket, which holds nothing else.
        let t = "Ahmed Farah (alias \"Blackie\"), a commander";
        let (spans, end) = alias_clause(t, 11).expect("a clause");
        assert_eq!(&t[spans[0].0..spans[0].1], "Blackie");
        assert_eq!(&t[end..], ", a commander");
        assert_eq!(before_alias_clause(t, end), 11);
        let t = "Ahmed Farah (also known as Blackie), a commander";
        let (spans, end) = alias_clause(t, 11).expect("a clause");
        assert_eq!(&t[spans[0].0..spans[0].1], "Blackie");
        assert_eq!(&t[end..], ", a commander");
        assert_eq!(
            alias_clause("Ahmed Farah (alias \"Blackie\" in Somali), a", 11),
            None
        );
        assert_eq!(alias_clause("Ahmed Farah (\"Blackie\"), a", 11), None);
    }

    #[test]
    fn country_opening_a_private_name() {
        // The end of the country's mention: the text's third word.
        let after = |t: &str| t.match_indices(' ').nth(2).map_or(t.len(), |(k, _)| k);
        for t in [
            "for the Pakistan Cricket Board",
            "for the Japan Chamber of Commerce, said",
        ] {
            assert!(non_state_name_after(t, after(t)), "{t}");
        }
        for t in [
            "for the Pakistan Foreign Office",
            "for the Kenya Wildlife Service",
            "for the Pakistan government",
            "to the Pakistan President",
            "for the Pakistan Army",
            "for the Pakistan",
            "for the Kenya Revenue Authority's office",
        ] {
            assert!(!non_state_name_after(t, after(t)), "{t}");
        }
    }

    #[test]
    fn names_after_titles() {
        let t = "Senator Mushahid Hussain said";
        assert_eq!(
            name_after(t, 7, t.len(), false, false, false).map(|(s, e)| &t[s..e]),
            Some("Mushahid Hussain")
        );
        let t = "leader Abu Bakr al-Baghdadi, who";
        assert_eq!(
            name_after(t, 6, t.len(), false, false, false).map(|(s, e)| &t[s..e]),
            Some("Abu Bakr al-Baghdadi")
        );
        let t = "Minister said on Monday";
        assert_eq!(name_after(t, 8, t.len(), false, false, false), None);
        let t = "Minister NATO";
        assert_eq!(name_after(t, 8, t.len(), false, false, false), None);
        let t = "President George W. Bush";
        assert_eq!(
            name_after(t, 9, t.len(), false, false, false).map(|(s, e)| &t[s..e]),
            Some("George W. Bush")
        );
    }

    #[test]
    fn public_body_words_and_headline_verbs_are_no_names() {
        let t = "president of Libya's General National Congress";
        assert_eq!(name_after(t, 28, t.len(), false, false, false), None);
        let t = "Secretary-General Condemns Seizure of Power in Mali";
        assert!(title_case_line(t, 0));
        assert_eq!(name_after(t, 17, t.len(), false, false, true), None);
        let t = "Governor Sayed Ahmad Khan Meets Tribal Elders";
        assert_eq!(
            name_after(t, 8, t.len(), false, false, true).map(|(s, e)| &t[s..e]),
            Some("Sayed Ahmad Khan")
        );
        // A hard-wrapped line of a paragraph is no headline.
        let t = "IMF LOAN\n\nFinance and Planning Minister Ronnie De\nMel has left for Washington.";
        assert!(!title_case_line(t, 12));
        assert!(!title_case_line(
            "Governor Sayed Ahmad Khan said on Monday",
            0
        ));
    }

    #[test]
    fn headline_bounds_agree_with_byte_loops() {
        // The byte loops `headline_bounds` replaced.
        fn reference(bytes: &[u8], start: usize) -> Option<(usize, usize)> {
            let back = start.saturating_sub(MAX_HEADLINE_BYTES);
            let line_start = match bytes[back..start].iter().rposition(|&b| b == b'\n') {
                Some(p) => back + p + 1,
                None if back == 0 => 0,
                None => return None,
            };
            let ahead = (start + MAX_HEADLINE_BYTES).min(bytes.len());
            let line_end = match bytes[start..ahead].iter().position(|&b| b == b'\n') {
                Some(p) => start + p,
                None if ahead == bytes.len() => ahead,
                None => return None,
            };
            (line_end - line_start <= MAX_HEADLINE_BYTES).then_some((line_start, line_end))
        }
        let mut rng = crate::testutil::Xorshift(0x5EED_1600);
        let mut seen = [0usize; 2];
        for round in 0..400 {
            // Line breaks from dense to rare, so lines both sides of 160 bytes occur.
            let len = rng.below(700);
            let every = 2 + round % 300;
            let bytes: Vec<u8> = (0..len)
                .map(|_| match rng.below(every) {
                    0 => b'\n',
                    1 => b' ',
                    _ => b'a',
                })
                .collect();
            for start in 0..=len {
                let got = headline_bounds(&bytes, start);
                assert_eq!(got, reference(&bytes, start), "start {start} of {bytes:?}");
                seen[usize::from(got.is_some())] += 1;
            }
        }
        assert!(seen[0] > 1000 && seen[1] > 1000, "{seen:?}");
    }

    #[test]
    fn not_name_words_set_agrees_with_the_list() {
        let mut words: Vec<String> = Vec::new();
        for w in lexicon::NOT_NAME_WORDS {
            words.push(w.to_string());
            words.push(w.to_lowercase());
            words.push(w.to_uppercase());
            words.push(format!("{w}s"));
            let mut cut = w.to_string();
            cut.pop();
            words.push(cut);
        }
        let mut rng = crate::testutil::Xorshift(0xA11_CE16);
        for _ in 0..2000 {
            let n = 1 + rng.below(6);
            words.push(
                (0..n)
                    .map(|_| (b'A' + rng.below(58) as u8) as char)
                    .collect(),
            );
        }
        let mut hits = 0;
        for w in &words {
            let want = lexicon::NOT_NAME_WORDS.contains(&w.as_str());
            assert_eq!(not_name_word(w), want, "{w:?}");
            hits += usize::from(want);
        }
        assert!(hits >= lexicon::NOT_NAME_WORDS.len(), "{hits}");
    }

    #[test]
    fn names_before_of_after_a_common_noun() {
        let head = "A convoy of John Smith";
        assert_eq!(
            name_before(head).map(|(s, e)| &head[s..e]),
            Some("John Smith")
        );
        for head in [
            "the Ministry of Foreign Affairs",
            "in the capital of New Delhi",
            "In New Delhi",
        ] {
            assert_eq!(name_before(head), None, "{head}");
        }
    }

    #[test]
    fn state_body_words_between_country_and_title() {
        assert!(body_modifiers("government"));
        assert!(body_modifiers("national police"));
        assert!(body_modifiers("government's"));
        assert!(body_modifiers("'s Government"));
        assert!(!body_modifiers("Bank"));
        assert!(!body_modifiers("a b c d"));
    }

    #[test]
    fn styled_offices_are_capitalized_after_the() {
        let t = "the Spokesperson, Martin Nesirky, said";
        assert!(styled_office(t, 4, 16));
        let t = "the spokesperson, Martin Nesirky, said";
        assert!(!styled_office(t, 4, 16));
        let t = "its President, John Smith, said";
        assert!(!styled_office(t, 4, 13));
    }
}
