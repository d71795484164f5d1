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

    /// `n` of `pieces`, each picked at random, joined: random text from chosen parts.
    pub fn concat(&mut self, pieces: &[&str], n: usize) -> String {
        (0..n).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}

/// The texts of the bundled seed articles (`seeds/*.txt`), in no particular order: real news to
/// compare a fast path with its reference on.
pub fn seed_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    assert!(!texts.is_empty(), "no seed texts in {dir}");
    texts
}

/// The whole files of `seeds/` and `tests/fixtures/hard/` (the hard-case JSONL files read as
/// text), in no particular order: real and adversarial text for equivalence tests.
pub fn seed_and_hard_files() -> Vec<String> {
    ["seeds", "tests/fixtures/hard"]
        .iter()
        .flat_map(|root| {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
            std::fs::read_dir(dir).into_iter().flatten().flatten()
        })
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .collect()
}
