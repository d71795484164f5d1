//! ASCII byte-class masks of sixteen-byte chunks and 64-byte blocks, shared by the entity scan
//! (`gazetteer::matcher`: word bytes), the date pass (`dates`: word bytes) and the casualty
//! pass's trigger test (`casualties`: letters).

/// Bit `i` set for every byte `i` of `chunk` that is an ASCII word byte (letter, digit, `_`),
/// with SSE2 (part of every x86-64). The entity scan's word starts and the date pass's candidate
/// walk both read it.
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
pub(crate) fn word_mask16(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let byte = |b: u8| _mm_set1_epi8(b as i8);
        // Signed compares: bytes from 0x80 up are negative and pass no range. Letters are
        // folded to lower case (no other byte lands in `a`..=`z`).
        let folded = _mm_or_si128(v, byte(0x20));
        let letter = _mm_and_si128(
            _mm_cmpgt_epi8(folded, byte(b'a' - 1)),
            _mm_cmplt_epi8(folded, byte(b'z' + 1)),
        );
        let digit = _mm_and_si128(
            _mm_cmpgt_epi8(v, byte(b'0' - 1)),
            _mm_cmplt_epi8(v, byte(b'9' + 1)),
        );
        let underscore = _mm_cmpeq_epi8(v, byte(b'_'));
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), underscore)) as u32
    }
}

/// Bit `i` set for every byte `i` of `chunk` that is an ASCII letter (SSE2, part of every
/// x86-64).
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
pub(crate) fn letter_mask16(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        // Letters folded to lower case (no other byte lands in `a`..=`z`; bytes from 0x80 up
        // are negative in the signed compares).
        let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        let letter = _mm_and_si128(
            _mm_cmpgt_epi8(folded, _mm_set1_epi8(b'a' as i8 - 1)),
            _mm_cmplt_epi8(folded, _mm_set1_epi8(b'z' as i8 + 1)),
        );
        _mm_movemask_epi8(letter) as u32
    }
}

/// A sixteen-byte mask function where SSE2 is known to be there (x86-64), nothing elsewhere.
#[cfg(target_arch = "x86_64")]
pub(crate) type Mask16 = fn(&[u8; 16]) -> u32;
#[cfg(not(target_arch = "x86_64"))]
pub(crate) type Mask16 = ();

/// [`word_mask16`] as a [`Mask16`].
#[cfg(target_arch = "x86_64")]
pub(crate) const WORD_MASK16: Mask16 = word_mask16;
#[cfg(not(target_arch = "x86_64"))]
pub(crate) const WORD_MASK16: Mask16 = ();

/// [`letter_mask16`] as a [`Mask16`].
#[cfg(target_arch = "x86_64")]
const LETTER_MASK16: Mask16 = letter_mask16;
#[cfg(not(target_arch = "x86_64"))]
const LETTER_MASK16: Mask16 = ();

/// Bit `i` set where `block[i]` (a block of at most 64 bytes) is in the class: a full block is
/// read sixteen bytes at a time by `mask16` on x86-64, anything else byte by byte by `scalar`
/// (the two must agree).
#[cfg_attr(not(target_arch = "x86_64"), allow(unused_variables))]
pub(crate) fn block_bits(block: &[u8], mask16: Mask16, scalar: impl Fn(u8) -> bool) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if let Ok(block) = <&[u8; 64]>::try_from(block) {
        let mut bits = 0u64;
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            if let Ok(chunk) = <&[u8; 16]>::try_from(chunk) {
                bits |= u64::from(mask16(chunk)) << (16 * k);
            }
        }
        return bits;
    }
    block
        .iter()
        .enumerate()
        .fold(0, |bits, (i, &b)| bits | u64::from(scalar(b)) << i)
}

/// Two masks of a 64-byte block with AVX2, for a walk that needs both: bit `i` of the first
/// set where `block[i]` is an ASCII word byte (the set of [`word_mask16`]), of the second
/// where it is one of `members`. Two 32-byte halves instead of four 16-byte chunks per mask;
/// the members come as an array, so that their compares unroll (a member may repeat).
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn word_and_member_bits_avx2<const N: usize>(
    block: &[u8; 64],
    members: &[u8; N],
) -> (u64, u64) {
    use std::arch::x86_64::{
        _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256,
        _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8, _mm256_setzero_si256,
    };
    let half = |at: usize| {
        // SAFETY: `at` is 0 or 32, so the unaligned load reads 32 bytes inside `block`; AVX2
        // is there (the caller's contract).
        unsafe {
            let v = _mm256_loadu_si256(block.as_ptr().add(at).cast());
            let byte = |b: u8| _mm256_set1_epi8(b as i8);
            // Signed compares, as in `word_mask16`: bytes from 0x80 on are below every bound.
            let folded = _mm256_or_si256(v, byte(0x20));
            let letter = _mm256_and_si256(
                _mm256_cmpgt_epi8(folded, byte(b'a' - 1)),
                _mm256_cmpgt_epi8(byte(b'z' + 1), folded),
            );
            let digit = _mm256_and_si256(
                _mm256_cmpgt_epi8(v, byte(b'0' - 1)),
                _mm256_cmpgt_epi8(byte(b'9' + 1), v),
            );
            let underscore = _mm256_cmpeq_epi8(v, byte(b'_'));
            let word = _mm256_or_si256(_mm256_or_si256(letter, digit), underscore);
            let mut any = _mm256_setzero_si256();
            for &m in members {
                any = _mm256_or_si256(any, _mm256_cmpeq_epi8(v, byte(m)));
            }
            (
                _mm256_movemask_epi8(word) as u32,
                _mm256_movemask_epi8(any) as u32,
            )
        }
    };
    let (w0, m0) = half(0);
    let (w1, m1) = half(32);
    (
        u64::from(w0) | u64::from(w1) << 32,
        u64::from(m0) | u64::from(m1) << 32,
    )
}

/// Bit `i` set where `block[i]` is an ASCII letter (`block` at most 64 bytes).
pub(crate) fn letter_bits(block: &[u8]) -> u64 {
    block_bits(block, LETTER_MASK16, |b| b.is_ascii_alphabetic())
}

/// Bit `i` set when byte `i` of `chunk` must be escaped in a JSON string (below 0x20, `"` or
/// `\\`), with SSE2 (part of every x86-64): the writer's escape test and the JSONL reader's
/// string scan.
#[cfg(target_arch = "x86_64")]
#[inline]
#[allow(unused_unsafe)]
pub(crate) fn json_special_mask16(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
    // sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let byte = |b: u8| _mm_set1_epi8(b as i8);
        // Unsigned: a byte is at most 0x1f exactly when its maximum with 0x1f is 0x1f.
        let control = _mm_cmpeq_epi8(_mm_max_epu8(v, byte(0x1f)), byte(0x1f));
        let quote = _mm_cmpeq_epi8(v, byte(b'"'));
        let backslash = _mm_cmpeq_epi8(v, byte(b'\\'));
        _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) as u32
    }
}

/// [`json_special_mask16`] byte by byte, where SSE2 is not known to be there.
#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn json_special_mask16(chunk: &[u8; 16]) -> u32 {
    chunk.iter().enumerate().fold(0, |bits, (i, &b)| {
        bits | u32::from(b < 0x20 || b == b'"' || b == b'\\') << i
    })
}

/// The maximal runs of ASCII letters of `bytes`, as byte ranges `(start, end)` in order: read
/// off 64-byte [`letter_bits`] masks, a run opening where a letter follows a non-letter and
/// closing at the next non-letter, so the cost is per run, not per byte. (The
/// date pass walks the words of a sentence for verb cues this way.)
pub(crate) struct LetterRuns<'b> {
    bytes: &'b [u8],
    /// Start of the block whose edges are in `edges`, and of the next block to read.
    base: usize,
    next_base: usize,
    letters: u64,
    edges: u64,
    prev_letter: bool,
    open: Option<usize>,
}

impl<'b> LetterRuns<'b> {
    pub(crate) fn new(bytes: &'b [u8]) -> Self {
        LetterRuns {
            bytes,
            base: 0,
            next_base: 0,
            letters: 0,
            edges: 0,
            prev_letter: false,
            open: None,
        }
    }
}

impl Iterator for LetterRuns<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            while self.edges != 0 {
                let i = self.edges.trailing_zeros() as usize;
                self.edges &= self.edges - 1;
                if self.letters >> i & 1 == 1 {
                    self.open = Some(self.base + i);
                } else if let Some(start) = self.open.take() {
                    return Some((start, self.base + i));
                }
            }
            let n = self.bytes.len();
            if self.next_base >= n {
                return self.open.take().map(|start| (start, n));
            }
            let base = self.next_base;
            let len = (n - base).min(64);
            let letters = letter_bits(&self.bytes[base..base + len]);
            let mut edges = letters ^ (letters << 1 | u64::from(self.prev_letter));
            if len < 64 {
                edges &= (1u64 << len) - 1;
            }
            self.prev_letter = letters >> (len - 1) & 1 == 1;
            self.base = base;
            self.next_base = base + len;
            self.letters = letters;
            self.edges = edges;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LetterRuns;

    /// The runs by a byte loop.
    fn runs_by_bytes(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphabetic() {
                let s = i;
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                runs.push((s, i));
            } else {
                i += 1;
            }
        }
        runs
    }

    #[test]
    fn letter_runs_agree_with_a_byte_loop() {
        let mut rng = crate::testutil::Xorshift(0x5eed_0012);
        let pieces: [&[u8]; 9] = [
            b"a",
            b"Zz",
            b" ",
            b"9",
            b"@[`{",
            b"\xc3\xa9",
            b"said",
            b"\n",
            b"_",
        ];
        for len in 0..300 {
            let mut text = Vec::new();
            while text.len() < len {
                text.extend_from_slice(pieces[rng.below(pieces.len())]);
            }
            assert_eq!(
                LetterRuns::new(&text).collect::<Vec<_>>(),
                runs_by_bytes(&text),
                "{text:?}"
            );
        }
        let long = vec![b'x'; 200];
        assert_eq!(LetterRuns::new(&long).collect::<Vec<_>>(), vec![(0, 200)]);
    }
}
