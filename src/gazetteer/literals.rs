//! Leftmost-longest search for a handful of literals in one document.
//!
//! The per-document short forms of officials (`Doc::short_forms`) are a few dozen words at
//! most, different in every document. An aho-corasick automaton built for each document cost
//! more to build (~170,000 instructions: start states, failure links, a packed prefilter) than
//! the search saved; this is a table of the literals by first byte and a byte loop over the
//! text that compares the literals of a byte only where the byte occurs.

/// One literal: its first eight bytes (zero padded) and their mask, for a one-load compare.
struct Pat<'a> {
    bytes: &'a [u8],
    id: usize,
    head: u64,
    mask: u64,
}

/// Non-empty literals bucketed by first byte, longest first within a bucket.
pub struct Literals<'a> {
    pats: Vec<Pat<'a>>,
    /// `pats[a..b]` start with byte `b0`: `bucket[b0] = (a, b)`.
    bucket: [(u16, u16); 256],
    /// Every first byte is an ASCII capital or a non-ASCII byte (names): candidates are found
    /// eight bytes at a time.
    capitals: bool,
    /// The first two bytes of every literal (one bit per pair, [`pair`] folds the pairs onto
    /// 4,096 bits; a one-byte literal sets every pair it begins): most capitals of a text begin
    /// no literal. A table this small costs a small document nothing to clear (the first one,
    /// a bit per pair, was 8 KiB zeroed for every document).
    pairs: [u64; PAIR_BITS / 64],
    /// The first bytes of the literals when there are at most [`FEW_FIRSTS`] of them (the
    /// first repeated to fill the array): candidates are then the bytes equal to one of these,
    /// sixteen at a time, far fewer than the capitals of a text (most documents' short forms
    /// are the names of one or two people).
    firsts: Option<[u8; FEW_FIRSTS]>,
}

/// At most this many distinct first bytes are compared byte for byte ([`Literals::firsts`]).
const FEW_FIRSTS: usize = 4;

/// Bits of [`Literals::pairs`].
const PAIR_BITS: usize = 4096;

/// The bit of a byte pair in [`Literals::pairs`]: all seven bits of an ASCII first byte and
/// all eight of the second, partly overlapping (a filter: a shared bit only costs a compare).
#[inline]
fn pair(a: u8, b: u8) -> usize {
    (usize::from(a) << 5 ^ usize::from(b)) & (PAIR_BITS - 1)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `w` that is an ASCII capital or not ASCII (SWAR, exact per
/// byte).
#[inline]
fn capital_or_high(w: u64) -> u64 {
    let low7 = w & !HIGHS;
    let ge_a = low7.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let gt_z = low7.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    ((ge_a & !gt_z) | w) & HIGHS
}

/// Bit `i` set for every byte `i` of `chunk` that is an ASCII capital or not ASCII.
#[cfg(target_arch = "x86_64")]
#[inline]
fn capital_or_high16(chunk: &[u8; 16]) -> u32 {
    let (capitals, highs) = capitals_and_highs16(chunk);
    capitals | highs
}

/// Bit `i` set for every byte `i` of `chunk` equal to one of `firsts` (SSE2).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
fn any_of16(chunk: &[u8; 16], firsts: &[u8; FEW_FIRSTS]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let is = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let [a, b, c, d] = *firsts;
        _mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(is(a), is(b)),
            _mm_or_si128(is(c), is(d)),
        )) as u32
    }
}

/// Masks of the sixteen bytes of `chunk` (bit `k` for byte `k`): the ASCII capitals, and the
/// bytes from 0x80 up (SSE2, part of every x86-64).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
pub(super) fn capitals_and_highs16(chunk: &[u8; 16]) -> (u32, u32) {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        // Signed compares: bytes from 0x80 up are negative, so only `A`..=`Z` pass both.
        let capital = _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8(b'A' as i8 - 1)),
            _mm_cmplt_epi8(v, _mm_set1_epi8(b'Z' as i8 + 1)),
        );
        (
            _mm_movemask_epi8(capital) as u32,
            _mm_movemask_epi8(v) as u32,
        )
    }
}

/// [`capitals_and_highs16`] where there is no SSE2.
#[cfg(not(target_arch = "x86_64"))]
pub(super) fn capitals_and_highs16(chunk: &[u8; 16]) -> (u32, u32) {
    chunk.iter().enumerate().fold((0, 0), |(c, h), (k, &b)| {
        (
            c | (u32::from(b.is_ascii_uppercase()) << k),
            h | (u32::from(b >= 0x80) << k),
        )
    })
}

#[inline]
fn load8(hay: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&hay[at..at + 8]);
    u64::from_le_bytes(w)
}

impl<'a> Literals<'a> {
    /// Indexes `pats` (ids are their positions; empty literals are never found). At most
    /// `u16::MAX` literals are kept.
    pub fn new(pats: impl IntoIterator<Item = &'a [u8]>) -> Literals<'a> {
        // The patterns made once, into a vector sized from the iterator (a filtered collect
        // of pairs, then a second vector of `Pat`s, cost ~800 instructions a document).
        let pats = pats.into_iter();
        let mut sorted: Vec<Pat<'a>> =
            Vec::with_capacity(pats.size_hint().0.min(usize::from(u16::MAX)));
        sorted.extend(
            pats.enumerate()
                .filter(|(_, p)| !p.is_empty())
                .take(usize::from(u16::MAX))
                .map(|(id, bytes)| {
                    let n = bytes.len().min(8);
                    let mut head = [0u8; 8];
                    head[..n].copy_from_slice(&bytes[..n]);
                    Pat {
                        bytes,
                        id,
                        head: u64::from_le_bytes(head),
                        mask: u64::MAX >> (64 - 8 * n),
                    }
                }),
        );
        sorted.sort_by(|a, b| (a.bytes[0], b.bytes.len()).cmp(&(b.bytes[0], a.bytes.len())));
        let mut bucket = [(0u16, 0u16); 256];
        for (k, Pat { bytes: p, .. }) in sorted.iter().enumerate() {
            let r = &mut bucket[usize::from(p[0])];
            if r.0 == r.1 {
                *r = (k as u16, k as u16);
            }
            r.1 = k as u16 + 1;
        }
        let capitals = sorted
            .iter()
            .all(|Pat { bytes: p, .. }| p[0].is_ascii_uppercase() || p[0] >= 0x80);
        let mut firsts = sorted
            .first()
            .map(|Pat { bytes: p, .. }| [p[0]; FEW_FIRSTS]);
        let mut distinct = 0;
        for Pat { bytes: p, .. } in &sorted {
            // Sorted by first byte: a new one differs from the last one kept.
            if let Some(f) = firsts.as_mut() {
                if distinct == 0 || f[distinct - 1] != p[0] {
                    if distinct == FEW_FIRSTS {
                        firsts = None;
                    } else {
                        f[distinct] = p[0];
                        distinct += 1;
                    }
                }
            }
        }
        let mut pairs = [0u64; PAIR_BITS / 64];
        for Pat { bytes: p, .. } in &sorted {
            let seconds = match p.get(1) {
                Some(&b) => b..=b,
                None => 0..=255,
            };
            for b in seconds {
                let k = pair(p[0], b);
                pairs[k / 64] |= 1 << (k % 64);
            }
        }
        let pats = sorted;
        Literals {
            pats,
            bucket,
            capitals,
            pairs,
            firsts,
        }
    }

    /// Whether a literal may begin at `at`: its byte pair is one of a literal's first two
    /// bytes (always, for the last byte of `hay`).
    #[inline]
    fn may_begin(&self, hay: &[u8], at: usize) -> bool {
        match (hay.get(at), hay.get(at + 1)) {
            (Some(&first), Some(&second)) => {
                let k = pair(first, second);
                self.pairs[k / 64] & (1 << (k % 64)) != 0
            }
            _ => true,
        }
    }

    /// The first position from `s` on whose byte may start a literal (`hay.len()` if none).
    #[inline]
    fn next_candidate(&self, hay: &[u8], mut s: usize) -> usize {
        #[cfg(target_arch = "x86_64")]
        if let Some(firsts) = &self.firsts {
            if let Some(at) = self.next_of_firsts(hay, &mut s, firsts) {
                return at;
            }
        } else if self.capitals {
            if let Some(at) = self.next_capital(hay, &mut s) {
                return at;
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        if self.capitals {
            if let Some(at) = self.next_capital(hay, &mut s) {
                return at;
            }
        }
        while s < hay.len() {
            let (a, b) = self.bucket[usize::from(hay[s])];
            if a != b {
                return s;
            }
            s += 1;
        }
        s
    }

    /// [`Literals::next_candidate`] with few first bytes ([`Literals::firsts`]), sixteen bytes
    /// at a time: the candidate, or `None` with `s` where fewer than sixteen bytes are left.
    #[cfg(target_arch = "x86_64")]
    #[inline]
    fn next_of_firsts(
        &self,
        hay: &[u8],
        s: &mut usize,
        firsts: &[u8; FEW_FIRSTS],
    ) -> Option<usize> {
        while let Some(chunk) = hay.get(*s..*s + 16) {
            let mut w = [0u8; 16];
            w.copy_from_slice(chunk);
            let mut m = any_of16(&w, firsts);
            while m != 0 {
                let at = *s + m.trailing_zeros() as usize;
                if self.may_begin(hay, at) {
                    return Some(at);
                }
                m &= m - 1;
            }
            *s += 16;
        }
        None
    }

    /// [`Literals::next_candidate`] where every first byte is a capital or not ASCII: the
    /// candidate, or `None` with `s` where fewer than eight bytes are left.
    #[inline]
    fn next_capital(&self, hay: &[u8], s: &mut usize) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        while let Some(chunk) = hay.get(*s..*s + 16) {
            let mut w = [0u8; 16];
            w.copy_from_slice(chunk);
            let mut m = capital_or_high16(&w);
            // Candidates whose byte pair begins no literal are passed here, within the
            // mask, rather than by a call per capital.
            while m != 0 {
                let at = *s + m.trailing_zeros() as usize;
                if self.may_begin(hay, at) {
                    return Some(at);
                }
                m &= m - 1;
            }
            *s += 16;
        }
        while *s + 8 <= hay.len() {
            let m = capital_or_high(load8(hay, *s));
            if m != 0 {
                return Some(*s + (m.trailing_zeros() / 8) as usize);
            }
            *s += 8;
        }
        None
    }

    /// Non-overlapping matches in `hay` as `(start, end, id)`, leftmost first and, among
    /// those starting at one position, the longest (aho-corasick's `LeftmostLongest`).
    pub fn find_all(&self, hay: &[u8], out: &mut Vec<(usize, usize, usize)>) {
        let n = hay.len();
        let mut s = 0;
        loop {
            s = self.next_candidate(hay, s);
            if s >= n {
                return;
            }
            let (a, b) = self.bucket[usize::from(hay[s])];
            let pats = &self.pats[usize::from(a)..usize::from(b)];
            // A literal of more than one byte needs its second byte here too.
            if let Some(&second) = hay.get(s + 1) {
                let k = pair(hay[s], second);
                if self.pairs[k / 64] & (1 << (k % 64)) == 0 {
                    s += 1;
                    continue;
                }
            }
            let found = if s + 8 <= n {
                let w = load8(hay, s);
                pats.iter().find(|p| {
                    w & p.mask == p.head
                        && (p.bytes.len() <= 8
                            || hay.get(s + 8..s + p.bytes.len()) == Some(&p.bytes[8..]))
                })
            } else {
                pats.iter().find(|p| hay[s..].starts_with(p.bytes))
            };
            match found {
                Some(p) => {
                    out.push((s, s + p.bytes.len(), p.id));
                    s += p.bytes.len();
                }
                None => s += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    fn both(pats: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(pats)
            .unwrap();
        let want: Vec<_> = ac
            .find_iter(hay)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        let mut got = Vec::new();
        Literals::new(pats.iter().map(|p| p.as_bytes())).find_all(hay.as_bytes(), &mut got);
        assert_eq!(got, want, "{pats:?} in {hay:?}");
        got
    }

    /// The sixteen-byte candidate mask agrees with the byte rule for every byte value at
    /// every position.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn sixteen_byte_candidates_agree_with_the_byte_rule() {
        for pos in 0..16 {
            for b in 0..=255u8 {
                let mut c = *b"abcdefgh ,.-'1Z@";
                c[pos] = b;
                let want = c.iter().enumerate().fold(0u32, |m, (i, &b)| {
                    m | u32::from(b.is_ascii_uppercase() || b >= 0x80) << i
                });
                assert_eq!(capital_or_high16(&c), want, "{c:?}");
            }
        }
    }

    #[test]
    fn agrees_with_aho_corasick_leftmost_longest() {
        let pats = [
            "Khan",
            "Imran Khan",
            "Kha",
            "Sharif",
            "Shar",
            "Ali",
            "Alison",
            "Tan",
            "Nguyen Tan",
            "Ümit",
            "Ü",
            "Ab",
        ];
        let hays = [
            "",
            "Imran Khan met Sharif and Khan.",
            "XNguyen Tan Tan, Alison Ali, Ali",
            "Kha Khan Khann KhaKhan Sharif Shar Sha",
            "Ümit Ü Üm «Ab» AbAb",
            "no matches here at all",
        ];
        for hay in hays {
            both(&pats, hay);
        }
        // Long texts (the eight-byte paths), literals longer than eight bytes, matches at
        // the very end.
        let long = "Imran Khan met Sharif and Khan. ".repeat(5) + "Nguyen Tan Tan Ali";
        both(&pats, &long);
        both(&["Muhammad Shehbaz Sharif", "Muhammad", "Sharif"], &long);
        both(
            &["Muhammad Shehbaz Sharif", "Muhammad", "Sharif"],
            "xx Muhammad Shehbaz Sharif, Muhammad Shehbaz Sharifa Muhammad Shehbaz",
        );
        both(&["ab", "Ab"], &long);
        assert_eq!(
            both(&pats, "XNguyen Tan Tan"),
            vec![(1, 11, 8), (12, 15, 7)]
        );
        // Pseudo-random texts over a small alphabet, where overlaps are frequent.
        let pats = ["ab", "abc", "bca", "c", "cab", "bb", "abcab"];
        let caps = ["AB", "ABC", "BCA", "C", "CAB", "BB", "ABCABCABCA", "É"];
        let mut x: u32 = 12345;
        for _ in 0..300 {
            let hay: String = (0..40)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ['a', 'b', 'c', ' '][(x >> 16) as usize % 4]
                })
                .collect();
            both(&pats, &hay);
            both(&caps, &hay.to_uppercase());
            both(&caps, &hay.to_uppercase().replace(' ', "É"));
        }
    }
}
