//! ASCII word-byte masks of sixteen-byte chunks, shared by the entity scan
//! (`gazetteer::matcher`) and the date pass (`dates`).

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
