//! A deterministic news-like corpus generated from `seeds/`, shared by the benchmarks.
//!
//! Paragraphs of the five seed articles are shuffled with a fixed-seed generator into documents
//! of 3 to 14 paragraphs, curly quotes and all, until the requested size is reached.

use std::path::Path;

/// A small, fixed pseudo-random generator (SplitMix64), so the corpus is the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The paragraphs of the seed articles.
pub fn seed_paragraphs(root: &Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(root.join("seeds"))
        .expect("seeds/ exists")
        .map(|e| e.expect("seed entry").path())
        .collect();
    names.sort();
    let mut paragraphs = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
        paragraphs.extend(
            text.split("\n\n")
                .flat_map(|p| p.split('\n'))
                .map(str::trim)
                .filter(|p| p.len() > 20)
                .map(str::to_string),
        );
    }
    paragraphs
}

/// Documents totalling at least `bytes` bytes.
pub fn documents(root: &Path, bytes: usize) -> Vec<String> {
    let paragraphs = seed_paragraphs(root);
    let mut rng = Rng::new(0x0051_72e9);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < bytes {
        let n = 3 + rng.below(12);
        let doc: Vec<&str> = (0..n)
            .map(|_| paragraphs[rng.below(paragraphs.len())].as_str())
            .collect();
        let doc = doc.join("\n\n");
        total += doc.len();
        docs.push(doc);
    }
    docs
}
