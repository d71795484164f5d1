//! Helpers shared by unit tests.

/// A xorshift64 generator: reproducible pseudo-random inputs without a dependency.
pub struct Xorshift(pub u64);

impl Xorshift {
    /// The next number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}
