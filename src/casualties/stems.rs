//! The casualty prefilter: where the next trigger stem (`lexicon::PREFILTER`, in lower case,
//! Capitalized or UPPER CASE) starts.
//!
//! One pass over the bytes reads the trigram of low five bits (a letter's place in the
//! alphabet in either case) at every other byte and tests it in a 4 KiB bit table of the stems' trigrams at
//! offsets 0 and 1 (every stem has four letters or more); only a set bit compares the stems of
//! the two starts it may belong to with the text. It answers what a
//! leftmost-first aho-corasick automaton over the 3 × N stems answered (test
//! `agrees_with_aho_corasick`), at about a third of the instructions per byte: the DFA's
//! dependent transition loads were the single largest cost of the pass. The trigrams of
//! sixteen bytes are computed at once (SSE2), and with AVX2 those of 32 bytes are also looked
//! up at once (gathers), so that only the trigrams that hit reach the byte code.

use super::lexicon::PREFILTER;

/// Letters to 1..=26 (case folded); every other byte (digits, spaces, UTF-8) to 0.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = b as u8 + 1;
        table[b'A' as usize + b] = b as u8 + 1;
        b += 1;
    }
    table
};

/// The trigger stems, ready to be found in text.
pub struct Stems {
    /// One bit per trigram index that opens a stem.
    bits: Box<[u64; 512]>,
    /// One bit per folded trigram (`fold`) at offset 0 or 1 of a stem.
    inner: Box<[u64; 512]>,
    /// The same for offset 0 alone, and for offset 1 alone.
    first: Box<[u64; 512]>,
    second: Box<[u64; 512]>,
    /// One bit per folded four-letter prefix (`quad`) of a stem: asked before a stem is looked
    /// up at a start, since most trigram hits ("will" for "kill", "army" for "harm") are no
    /// stem's first four letters.
    quads: Box<[u64]>,
    /// (trigram index, stem indices in `PREFILTER` order), sorted by trigram.
    buckets: Vec<(u16, Vec<u8>)>,
    /// `inner` as 32-bit words (bit `h` in word `h >> 5`), for the AVX2 gather.
    inner32: Box<[u32; 1024]>,
    /// Whether the CPU has AVX2 (the sixteen-trigram scan), checked once.
    avx2: bool,
}

impl Default for Stems {
    fn default() -> Self {
        Self::new()
    }
}

impl Stems {
    pub fn new() -> Self {
        let mut bits = Box::new([0u64; 512]);
        let mut inner = Box::new([0u64; 512]);
        let mut first = Box::new([0u64; 512]);
        let mut second = Box::new([0u64; 512]);
        let mut buckets: Vec<(u16, Vec<u8>)> = Vec::new();
        let mut quads = vec![0u64; (1 << 20) / 64].into_boxed_slice();
        for (si, stem) in PREFILTER.iter().enumerate() {
            let b = stem.as_bytes();
            // Every stem opens with four letters (the tables hold nothing else).
            assert!(b.len() >= 4 && b[..4].iter().all(u8::is_ascii_lowercase));
            let q = quad(b, 0).unwrap_or_else(|| unreachable!("four bytes"));
            quads[q >> 6] |= 1 << (q & 63);
            let h = trigram(b[0], b[1], b[2]);
            bits[h >> 6] |= 1 << (h & 63);
            for (t, table) in [(&b[..3], &mut first), (&b[1..4], &mut second)] {
                let t = (fold(t[0]) << 10) | (fold(t[1]) << 5) | fold(t[2]);
                inner[t >> 6] |= 1 << (t & 63);
                table[t >> 6] |= 1 << (t & 63);
            }
            match buckets.iter_mut().find(|(t, _)| *t as usize == h) {
                Some((_, list)) => list.push(si as u8),
                None => buckets.push((h as u16, vec![si as u8])),
            }
        }
        buckets.sort_by_key(|(t, _)| *t);
        let mut inner32 = Box::new([0u32; 1024]);
        for (w, &word) in inner.iter().enumerate() {
            inner32[2 * w] = word as u32;
            inner32[2 * w + 1] = (word >> 32) as u32;
        }
        Stems {
            bits,
            inner,
            first,
            second,
            quads,
            buckets,
            inner32,
            avx2: has_avx2(),
        }
    }

    /// The first stem occurrence starting at or after `from` (a char boundary): its byte range.
    /// Of stems starting at one position the first in `PREFILTER` wins (aho-corasick's
    /// leftmost-first). Not inlined: its loop keeps its registers.
    #[inline(never)]
    pub fn find(&self, text: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        // Every stem is at least four bytes, so a stem starting at `p` holds the trigram at
        // `p` and the one at `p + 1`; one of them starts at an even distance from `from`.
        // Only those trigrams are read (each byte folded to its low five bits:
        // the two cases of a letter agree, other bytes may collide with letters), in a table
        // of the stems' trigrams at offsets 0 and 1; a hit tries the two starts it may belong
        // to, left first. Sixteen trigrams a step with AVX2, else eight with SSE2, where the
        // text has room for them; the byte loop takes the tail.
        let mut j = from;
        #[cfg(target_arch = "x86_64")]
        if self.avx2 {
            while let Some(block) = bytes
                .get(j..j + 34)
                .and_then(|b| <&[u8; 34]>::try_from(b).ok())
            {
                debug_assert!(has_avx2());
                // SAFETY: `avx2` is set only when the CPU has AVX2 (`has_avx2`).
                let (trigrams, mut hits) = unsafe { hits16(block, &self.inner32) };
                while hits != 0 {
                    let lane = hits.trailing_zeros() as usize;
                    hits &= hits - 1;
                    let h = usize::from(trigrams[lane]);
                    if let Some(found) = self.either(bytes, from, j + 2 * lane, h) {
                        return Some(found);
                    }
                }
                j += 32;
            }
        }
        #[cfg(target_arch = "x86_64")]
        while let Some(block) = bytes
            .get(j..j + 18)
            .and_then(|b| <&[u8; 18]>::try_from(b).ok())
        {
            let (trigrams, mut letters) = trigrams8(block);
            // Only a trigram of three letters can belong to a stem (stems are letters).
            while letters != 0 {
                let lane = letters.trailing_zeros() as usize / 2;
                letters &= letters - 1;
                let h = usize::from(trigrams[lane]);
                if self.hit(h) {
                    if let Some(found) = self.either(bytes, from, j + 2 * lane, h) {
                        return Some(found);
                    }
                }
            }
            j += 16;
        }
        while j + 2 < bytes.len() {
            let h = (fold(bytes[j]) << 10) | (fold(bytes[j + 1]) << 5) | fold(bytes[j + 2]);
            if self.hit(h) {
                if let Some(found) = self.either(bytes, from, j, h) {
                    return Some(found);
                }
            }
            j += 2;
        }
        None
    }

    /// Whether folded trigram `h` is a stem's at offset 0 or 1.
    #[inline(always)]
    fn hit(&self, h: usize) -> bool {
        has(&self.inner, h)
    }

    /// The stem starting at `j - 1` (not before `from`) or else at `j`, given the folded
    /// trigram `h` at `j`.
    #[inline(never)]
    fn either(&self, bytes: &[u8], from: usize, j: usize, h: usize) -> Option<(usize, usize)> {
        if j > from && has(&self.second, h) && self.may_open(bytes, j - 1) {
            if let Some(n) = self.stem_at(bytes, j - 1) {
                return Some((j - 1, j - 1 + n));
            }
        }
        if has(&self.first, h) && self.may_open(bytes, j) {
            return self.stem_at(bytes, j).map(|n| (j, j + n));
        }
        None
    }

    /// Whether a stem may start at `p`: its four folded bytes are a stem's first four letters
    /// (a necessary condition for [`Stems::stem_at`], whose three cases fold alike).
    #[inline(always)]
    fn may_open(&self, bytes: &[u8], p: usize) -> bool {
        quad(bytes, p).is_some_and(|q| self.quads[q >> 6] & (1 << (q & 63)) != 0)
    }

    /// The length of the first stem that `bytes[p..]` opens with, in one of its three cases.
    fn stem_at(&self, bytes: &[u8], p: usize) -> Option<usize> {
        let h = match bytes.get(p..p + 3) {
            Some(&[a, b, c]) => (class(a) << 10) | (class(b) << 5) | class(c),
            _ => return None,
        };
        if self.bits[h >> 6] & (1 << (h & 63)) == 0 {
            return None;
        }
        let k = self
            .buckets
            .binary_search_by_key(&(h as u16), |(t, _)| *t)
            .ok()?;
        for &si in &self.buckets[k].1 {
            let stem = PREFILTER[si as usize].as_bytes();
            let Some(got) = bytes.get(p..p + stem.len()) else {
                continue;
            };
            let lower_tail = got[1..] == stem[1..];
            let first_ok = got[0] == stem[0] || got[0] == stem[0].to_ascii_uppercase();
            if (lower_tail && first_ok) || is_upper(got, stem) {
                return Some(stem.len());
            }
        }
        None
    }
}

/// Whether `got` is `stem` in upper case.
fn is_upper(got: &[u8], stem: &[u8]) -> bool {
    got.iter()
        .zip(stem)
        .all(|(&g, &s)| g == s.to_ascii_uppercase())
}

#[inline(always)]
fn has(table: &[u64; 512], h: usize) -> bool {
    table[h >> 6] & (1 << (h & 63)) != 0
}

/// The folded trigrams (see [`fold`]) at the eight even offsets of `block`'s first sixteen
/// bytes, and a mask with bit `2 i` set when the three bytes of trigram `i` are ASCII
/// letters (SSE2, part of every x86-64).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
#[allow(unused_unsafe)]
fn trigrams8(block: &[u8; 18]) -> ([u16; 8], u32) {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi16, _mm_set1_epi8, _mm_slli_epi16, _mm_srli_epi16,
        _mm_storeu_si128,
    };
    let mut trigrams = [0u16; 8];
    // SAFETY: SSE2 is in the x86-64 baseline; the two unaligned loads read bytes 0..16 and
    // 2..18 of the 18-byte `block`, and the store writes the sixteen bytes of `trigrams`.
    let letters = unsafe {
        let first = _mm_loadu_si128(block.as_ptr().cast());
        let third = _mm_loadu_si128(block.as_ptr().add(2).cast());
        let letter_bits = |v: __m128i| {
            // Signed compares: bytes from 0x80 up are negative and fall in no range; case is
            // folded (no other byte lands in `a`..=`z`).
            let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let letter = _mm_and_si128(
                _mm_cmpgt_epi8(folded, _mm_set1_epi8(b'a' as i8 - 1)),
                _mm_cmplt_epi8(folded, _mm_set1_epi8(b'z' as i8 + 1)),
            );
            _mm_movemask_epi8(letter) as u32
        };
        let (l0, l2) = (letter_bits(first), letter_bits(third));
        // Each 16-bit lane `i` of `first` holds bytes `2 i` (low) and `2 i + 1` (high); of
        // `third`, byte `2 i + 2` (low).
        let five = _mm_set1_epi8(31);
        let (a, c) = (_mm_and_si128(first, five), _mm_and_si128(third, five));
        let low = _mm_set1_epi16(0xff);
        let h = _mm_or_si128(
            _mm_or_si128(
                _mm_slli_epi16(_mm_and_si128(a, low), 10),
                _mm_slli_epi16(_mm_srli_epi16(a, 8), 5),
            ),
            _mm_and_si128(c, low),
        );
        _mm_storeu_si128(trigrams.as_mut_ptr().cast(), h);
        l0 & (l0 >> 1) & l2 & 0x5555
    };
    (trigrams, letters)
}

/// Whether the CPU has AVX2 (for [`hits16`]).
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The folded trigrams at the sixteen even offsets of `block`'s first 32 bytes (as
/// [`trigrams8`]), and a mask with bit `i` set when trigram `i` is made of three ASCII
/// letters and its bit in `table` (the stems' trigrams, 32-bit words) is set: the table is
/// read by two gathers instead of a load and a test per trigram.
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[allow(unused_unsafe)]
unsafe fn hits16(block: &[u8; 34], table: &[u32; 1024]) -> ([u16; 16], u32) {
    use std::arch::x86_64::{
        _mm256_and_si256, _mm256_castsi256_ps, _mm256_castsi256_si128, _mm256_cmpeq_epi16,
        _mm256_cmpeq_epi32, _mm256_cvtepu16_epi32, _mm256_extracti128_si256,
        _mm256_i32gather_epi32, _mm256_loadu_si256, _mm256_movemask_ps, _mm256_or_si256,
        _mm256_set1_epi16, _mm256_set1_epi32, _mm256_set1_epi8, _mm256_slli_epi16,
        _mm256_srai_epi16, _mm256_srli_epi16, _mm256_srli_epi32, _mm256_srlv_epi32,
        _mm256_storeu_si256,
    };
    let mut trigrams = [0u16; 16];
    // SAFETY: the caller guarantees AVX2; the two unaligned loads read bytes 0..32 and 2..34
    // of the 34-byte `block`, the store writes the 32 bytes of `trigrams`, and every gathered
    // index is below 1024 (a trigram is fifteen bits, shifted right by five).
    let hits = unsafe {
        let first = _mm256_loadu_si256(block.as_ptr().cast());
        let third = _mm256_loadu_si256(block.as_ptr().add(2).cast());
        let (l0, l2) = (letters32(first), letters32(third));
        // Lane `i` (16 bits) of `first` holds bytes `2 i` and `2 i + 1`; of `third`, byte
        // `2 i + 2` in its low half. A lane of three letters is all ones.
        let three_letters = _mm256_and_si256(
            _mm256_cmpeq_epi16(l0, _mm256_set1_epi16(-1)),
            _mm256_srai_epi16(_mm256_slli_epi16(l2, 8), 8),
        );
        let five = _mm256_set1_epi8(31);
        let (a, c) = (_mm256_and_si256(first, five), _mm256_and_si256(third, five));
        let low = _mm256_set1_epi16(0xff);
        let h = _mm256_or_si256(
            _mm256_or_si256(
                _mm256_slli_epi16(_mm256_and_si256(a, low), 10),
                _mm256_slli_epi16(_mm256_srli_epi16(a, 8), 5),
            ),
            _mm256_and_si256(c, low),
        );
        _mm256_storeu_si256(trigrams.as_mut_ptr().cast(), h);
        // A lane that is not three letters asks about trigram 0, which no stem has (its
        // letters fold to 1..=26).
        let h = _mm256_and_si256(h, three_letters);
        let half = |x| {
            let words = _mm256_srli_epi32(x, 5);
            let bit = _mm256_and_si256(x, _mm256_set1_epi32(31));
            let got = _mm256_i32gather_epi32::<4>(table.as_ptr().cast(), words);
            let set = _mm256_and_si256(_mm256_srlv_epi32(got, bit), _mm256_set1_epi32(1));
            let set = _mm256_cmpeq_epi32(set, _mm256_set1_epi32(1));
            _mm256_movemask_ps(_mm256_castsi256_ps(set)) as u32
        };
        let lo = half(_mm256_cvtepu16_epi32(_mm256_castsi256_si128(h)));
        let hi = half(_mm256_cvtepu16_epi32(_mm256_extracti128_si256::<1>(h)));
        lo | hi << 8
    };
    (trigrams, hits)
}

/// Bytes of `v` that are ASCII letters as all ones, others as zero.
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
#[allow(unused_unsafe)]
unsafe fn letters32(v: std::arch::x86_64::__m256i) -> std::arch::x86_64::__m256i {
    use std::arch::x86_64::{
        _mm256_and_si256, _mm256_cmpgt_epi8, _mm256_or_si256, _mm256_set1_epi8,
    };
    // SAFETY: the caller guarantees AVX2; the intrinsics only compute on registers.
    unsafe {
        // Signed compares: bytes from 0x80 up are negative and fall in no range; case is
        // folded (no other byte lands in `a`..=`z`).
        let folded = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        _mm256_and_si256(
            _mm256_cmpgt_epi8(folded, _mm256_set1_epi8(b'a' as i8 - 1)),
            _mm256_cmpgt_epi8(_mm256_set1_epi8(b'z' as i8 + 1), folded),
        )
    }
}

/// The low five bits of a byte: a letter's place in the alphabet in either case.
#[inline(always)]
fn fold(b: u8) -> usize {
    (b & 31) as usize
}

#[inline(always)]
fn class(b: u8) -> usize {
    CLASS[b as usize] as usize
}

/// The four bytes at `p` folded (see [`fold`]) into a 20-bit index, if there are four.
#[inline(always)]
fn quad(bytes: &[u8], p: usize) -> Option<usize> {
    match bytes.get(p..p + 4) {
        Some(&[a, b, c, d]) => Some(fold(a) << 15 | fold(b) << 10 | fold(c) << 5 | fold(d)),
        _ => None,
    }
}

fn trigram(a: u8, b: u8, c: u8) -> usize {
    (class(a) << 10) | (class(b) << 5) | class(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::Xorshift;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

    /// The automaton this scanner replaced.
    fn reference() -> AhoCorasick {
        let mut stems = Vec::new();
        for stem in PREFILTER {
            let mut capitalized = stem.to_string();
            capitalized[..1].make_ascii_uppercase();
            stems.extend([stem.to_string(), capitalized, stem.to_ascii_uppercase()]);
        }
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&stems)
            .unwrap()
    }

    fn check(ac: &AhoCorasick, stems: &Stems, text: &str) {
        let mut from = 0;
        loop {
            let want = ac
                .find(aho_corasick::Input::new(text).span(from..text.len()))
                .map(|m| (m.start(), m.end()));
            let got = stems.find(text, from);
            assert_eq!(got, want, "{text:?} from {from}");
            let Some((s, _)) = got else { break };
            from = s + 1;
            while !text.is_char_boundary(from) {
                from += 1;
            }
        }
    }

    /// Both scans where the CPU has AVX2 (the sixteen-trigram one and the SSE2 one), else
    /// the one it has.
    fn scanners() -> Vec<Stems> {
        let mut without = Stems::new();
        without.avx2 = false;
        let mut all = vec![without];
        if has_avx2() {
            all.push(Stems::new());
        }
        all
    }

    #[test]
    fn agrees_with_aho_corasick() {
        for stems in scanners() {
            agrees_with_aho_corasick_using(&stems);
        }
    }

    fn agrees_with_aho_corasick_using(stems: &Stems) {
        let ac = reference();
        for text in crate::testutil::seed_texts() {
            check(&ac, stems, &text);
        }
        // Pieces of stems in every case, cut and joined with letters, spaces and UTF-8.
        let mut pieces: Vec<String> = Vec::new();
        for stem in PREFILTER {
            let mut cap = stem.to_string();
            cap[..1].make_ascii_uppercase();
            for v in [stem.to_string(), cap, stem.to_ascii_uppercase()] {
                for cut in 1..=v.len() {
                    pieces.push(v[..cut].to_string());
                    pieces.push(v[cut - 1..].to_string());
                }
            }
        }
        pieces.extend(
            [
                " ", "s", "S", "é", "’", "kI", "KiLL", "dEAD", ".", "9", "\n", "treated", " for",
            ]
            .map(String::from),
        );
        let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
        for round in 0..20_000 {
            // Long texts too: the scan reads sixteen bytes at a time where it has room.
            let n = 1 + rng.below(if round % 2 == 0 { 8 } else { 40 });
            let text: String = (0..n)
                .map(|_| pieces[rng.below(pieces.len())].as_str())
                .collect();
            check(&ac, stems, &text);
        }
    }
}
