//! FxHash (as in rustc): a fast, non-keyed hasher for the extractors' word tables, which are
//! looked up per token of the text (SipHash, the standard library's default, cost ~2 % of a
//! run there). The tables hold constant words, so hash flooding is no concern.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut v = [0u8; 8];
            v.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(v));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut v = [0u8; 8];
            v[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(v));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(SEED);
    }
}

/// The `BuildHasher` of [`Fx`].
pub(crate) type BuildFx = BuildHasherDefault<Fx>;
/// A `HashMap` with [`Fx`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildFx>;
/// A `HashSet` with [`Fx`].
pub(crate) type FxHashSet<T> = std::collections::HashSet<T, BuildFx>;
