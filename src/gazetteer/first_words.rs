//! The first-word table of the matcher's tries (`FirstWords`): the first word of every
//! pattern with its trie nodes, looked up at each word start of a text. Its construction needs
//! only the tries and the patterns, so `build.rs` includes this file (`#[path]`) and builds the
//! bundled gazetteers' table into the matcher image; the scan's own word splitting
//! (`matcher::word_end`) must cut a pattern's first word where [`first_word_len`] does (test
//! `first_word_len_is_word_end` in `matcher.rs`).

use super::trie::Trie;

/// Whether bit `bit` of a bit set stored in 64-bit words is set.
#[inline]
fn bit_set(words: &[u64], bit: usize) -> bool {
    words
        .get(bit / 64)
        .is_some_and(|w| w & (1 << (bit % 64)) != 0)
}

/// The length in bytes of the word (ASCII letters, digits, `_`, non-ASCII alphanumerics as
/// [`non_ascii_alnum`] tells them) that `s` starts with.
pub(crate) fn first_word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| {
            if c.is_ascii() {
                !(c.is_ascii_alphanumeric() || c == '_')
            } else {
                !non_ascii_alnum(c)
            }
        })
        .map_or(s.len(), |(i, _)| i)
}

/// `char::is_alphanumeric` for the non-ASCII characters of the scan: the General Punctuation
/// block (curly quotes, dashes, bullets; none alphanumeric) is answered without the Unicode
/// table search.
/// Letters of the Cyrillic and Arabic alphabets (every one alphabetic) are answered too: the
/// table search costs ~500 instructions a character, and news quotes names in those scripts.
#[inline]
pub(crate) fn non_ascii_alnum(c: char) -> bool {
    if LETTER_RANGES.iter().any(|r| r.contains(&c)) {
        return true;
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Ranges of letters only ([`non_ascii_alnum`]): Cyrillic А–я, Arabic letters U+0620–U+064A
/// and U+0671–U+06D3.
pub(crate) const LETTER_RANGES: [std::ops::RangeInclusive<char>; 3] = [
    '\u{0410}'..='\u{044f}',
    '\u{0620}'..='\u{064a}',
    '\u{0671}'..='\u{06d3}',
];

/// Longest first word (bytes) kept in the first-word tables; longer words walk the trie.
pub(crate) const FIRST_WORD_MAX: usize = 16;

/// A first word of at most [`FIRST_WORD_MAX`] bytes packed into an integer (zero padded; the
/// length tells "ab" from "ab\0"), its ASCII bytes folded by [`fold`].
pub(crate) fn pack(word: &[u8]) -> u128 {
    let mut key = [0u8; FIRST_WORD_MAX];
    for (k, &b) in key.iter_mut().zip(word) {
        *k = fold(b);
    }
    u128::from_le_bytes(key)
}

/// The case fold of first words: bit 5 set on ASCII bytes. On word bytes (letters, digits,
/// `_`, non-ASCII) that is ASCII lower case except `_`, which becomes 0x7f (no word byte), so
/// two words fold alike exactly when they are alike in ASCII lower case; and a word of a block
/// of ASCII text folds with one OR.
#[inline]
pub(crate) fn fold(b: u8) -> u8 {
    if b < 0x80 {
        b | 0x20
    } else {
        b
    }
}

#[derive(Clone, Copy, Default)]
pub(crate) struct Slot {
    pub(crate) key: u128,
    /// Word length; 0 for an empty slot.
    pub(crate) len: u8,
    /// The word's trie node in the trie of all patterns, and in the trie of lower-case-start
    /// patterns ([`NO_NODE`] when no such pattern starts with the word).
    pub(crate) nodes: [u32; 2],
    /// The pattern that is the word itself in each trie: id + 1, or 0.
    pub(crate) terms: [u32; 2],
    /// Bit [`follow_bit`] of every three bytes that lead on from the word's node in the trie
    /// of all patterns (all bits when a pattern's rest is shorter): where the three bytes after
    /// the word in the text have no bit here, no longer pattern can match and the trie walk is
    /// skipped (most hits: "Iraq said", "Britain's").
    pub(crate) follow: u64,
}

/// The [`Slot::follow`] bit of the three bytes at the low end of `w` (ASCII case folded).
#[inline]
pub(crate) fn follow_bit(w: u64) -> u32 {
    ((w & 0xff_ffff) as u32).wrapping_mul(0x9E37_79B1) >> 26
}

/// [`Slot::follow`] of a trie node.
pub(crate) fn follow_mask(trie: &Trie, node: u32) -> u64 {
    match trie.next_three(node) {
        Some(rests) => rests.iter().fold(0, |m, r| {
            m | 1 << follow_bit(u64::from(u32::from_le_bytes([r[0], r[1], r[2], 0])))
        }),
        None => u64::MAX,
    }
}

/// No trie node.
pub(crate) const NO_NODE: u32 = u32::MAX;

/// The first word (lower case, at most [`FIRST_WORD_MAX`] bytes) of every pattern with the
/// trie nodes it leads to: an open-addressing table with the keys inline, so a lookup is one
/// probe of one cache line, mostly.
pub(crate) struct FirstWords {
    pub(crate) slots: Box<[Slot]>,
    /// One bit per first word, by the top bits of its hash ([`FILTER_BITS`] bits, 16 KiB):
    /// the table is too large for the caches, and most words of a text are no first word.
    pub(crate) filter: Box<[u64]>,
    /// The same for the first words of lower-case-start patterns ([`LOWER_FILTER_BITS`]
    /// bits): most words of a text start in lower case, and few patterns do.
    pub(crate) lower_filter: Box<[u64]>,
    /// One bit per first two bytes and length of the first words of lower-case-start
    /// patterns ([`lower_start_bit`]), asked before a word is packed and hashed.
    pub(crate) lower_starts: Box<[u64; LOWER_START_BITS / 64]>,
    /// [`FirstWords::lower_starts`] with the bits of the lower-case words the finders keep
    /// ([`FINDER_START`]): a lower-case word whose bit is clear does nothing in a line that
    /// is not all lower case, so the scan passes it by ([`FirstWords::may_act_lower`]).
    pub(crate) lower_acts: Box<[u64; LOWER_START_BITS / 64]>,
}

/// Bits of [`FirstWords::lower_starts`]: five bits of each of two bytes and four of a length.
pub(crate) const LOWER_START_BITS: usize = 1 << 14;

/// The [`FirstWords::lower_starts`] bit of a word of `len` bytes (1 ≤ len ≤
/// [`FIRST_WORD_MAX`]: the low four bits tell the lengths apart) starting with `b` and `b1`
/// (for a word of one byte, the byte after it: [`FirstWords::set_lower`] sets the bits of
/// every second byte then). The low five bits of an ASCII letter are those of its other
/// case, so the bit is the same in either case.
#[inline]
pub(crate) fn lower_start_bit(b: u8, b1: u8, len: usize) -> usize {
    (usize::from(b & 0x1f) << 9) | (usize::from(b1 & 0x1f) << 4) | (len & 15)
}

/// Bits of the lower-case-start first-word filter (a power of two).
pub(crate) const LOWER_FILTER_BITS: usize = 1 << 14;

/// Bits of the first-word filter (a power of two).
pub(crate) const FILTER_BITS: usize = 1 << 17;

impl Default for FirstWords {
    fn default() -> Self {
        FirstWords {
            slots: Box::default(),
            filter: Box::default(),
            lower_filter: Box::default(),
            lower_starts: Box::new([0; LOWER_START_BITS / 64]),
            lower_acts: Box::new([0; LOWER_START_BITS / 64]),
        }
    }
}

impl FirstWords {
    /// The table of the first words of `patterns` (all patterns of `trie`), with their nodes
    /// in `trie`; nodes of the second trie are added with [`FirstWords::set_lower`].
    pub(crate) fn new<'a>(trie: &Trie, patterns: impl Iterator<Item = &'a str>) -> FirstWords {
        let words: Vec<(&[u8], u32)> = distinct_first_words(patterns)
            .into_iter()
            .filter_map(|word| trie.node(word).map(|n| (word, n)))
            .collect();
        let mut table = FirstWords {
            slots: vec![Slot::default(); (words.len() * 2).next_power_of_two().max(2)]
                .into_boxed_slice(),
            filter: vec![0u64; FILTER_BITS / 64].into_boxed_slice(),
            lower_filter: vec![0u64; LOWER_FILTER_BITS / 64].into_boxed_slice(),
            lower_starts: Box::new([0u64; LOWER_START_BITS / 64]),
            lower_acts: Box::new([0u64; LOWER_START_BITS / 64]),
        };
        let mask = table.slots.len() - 1;
        for (word, node) in words {
            let key = pack(word);
            let h = Self::hash(key);
            let bit = Self::filter_bit(h);
            table.filter[bit / 64] |= 1 << (bit % 64);
            let mut at = Self::slot(h) & mask;
            while table.slots[at].len != 0 {
                at = (at + 1) & mask;
            }
            table.slots[at] = Slot {
                key,
                len: word.len() as u8,
                nodes: [node, NO_NODE],
                terms: [trie.terminal(node), 0],
                follow: follow_mask(trie, node),
            };
        }
        table
    }

    /// Records `node` of the lower-case-start trie `lower` for `word` (a first word of the
    /// table).
    pub(crate) fn set_lower(&mut self, word: &[u8], lower: &Trie, node: u32) {
        let key = pack(word);
        if let Some(at) = self.find(key, word.len()) {
            self.slots[at].nodes[1] = node;
            self.slots[at].terms[1] = lower.terminal(node);
            let bit = Self::lower_filter_bit(Self::hash(key));
            self.lower_filter[bit / 64] |= 1 << (bit % 64);
            let seconds = match word {
                [_] => 0..32,
                [_, b1, ..] => *b1..*b1 + 1,
                [] => 0..0,
            };
            for b1 in seconds {
                let bit = lower_start_bit(word[0], b1, word.len());
                self.lower_starts[bit / 64] |= 1 << (bit % 64);
            }
        }
    }

    /// Whether a word of `len` bytes (at most [`FIRST_WORD_MAX`]) starting in lower case with
    /// `b` and `b1` may start a lower-case-start pattern or a finder's word: if not, in a
    /// line that is not all lower case, [`Scan::word`] would do nothing with it.
    #[inline]
    pub(crate) fn may_act_lower(&self, b: u8, b1: u8, len: usize) -> bool {
        let bit = lower_start_bit(b, b1, len);
        self.lower_acts[(bit / 64) % (LOWER_START_BITS / 64)] & (1 << (bit % 64)) != 0
    }

    /// Whether a word of `len` bytes starting with `b` and `b1` may be a first word of a
    /// lower-case-start pattern (as [`lower_start_bit`] reads them).
    #[inline]
    pub(crate) fn may_start_lower(&self, b: u8, b1: u8, len: usize) -> bool {
        let bit = lower_start_bit(b, b1, len);
        self.lower_starts[(bit / 64) % (LOWER_START_BITS / 64)] & (1 << (bit % 64)) != 0
    }

    #[inline]
    pub(crate) fn hash(key: u128) -> u64 {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        folded.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    /// The first slot to probe (bits 32 and up of the hash; at most 2^15 slots use bits
    /// below those of the filter).
    #[inline]
    pub(crate) fn slot(h: u64) -> usize {
        (h >> 32) as usize
    }

    /// The filter bit (the top 17 bits of the hash).
    #[inline]
    pub(crate) fn filter_bit(h: u64) -> usize {
        (h >> (64 - FILTER_BITS.trailing_zeros())) as usize
    }

    /// The lower-case-start filter bit (the top 14 bits of the hash).
    #[inline]
    pub(crate) fn lower_filter_bit(h: u64) -> usize {
        (h >> (64 - LOWER_FILTER_BITS.trailing_zeros())) as usize
    }

    /// Whether a word of hash `h` may be a first word (no: it is not).
    #[inline]
    pub(crate) fn may_have(&self, h: u64) -> bool {
        bit_set(&self.filter, Self::filter_bit(h))
    }

    /// Whether a word of hash `h` may be a first word of a lower-case-start pattern.
    #[inline]
    pub(crate) fn may_have_lower(&self, h: u64) -> bool {
        bit_set(&self.lower_filter, Self::lower_filter_bit(h))
    }

    /// The slot of a packed word of length `len`.
    #[inline]
    pub(crate) fn find(&self, key: u128, len: usize) -> Option<usize> {
        let h = Self::hash(key);
        if !self.may_have(h) {
            return None;
        }
        self.find_hashed(key, len, h)
    }

    /// [`FirstWords::find`] with the hash computed and no filter.
    #[inline]
    pub(crate) fn find_hashed(&self, key: u128, len: usize, h: u64) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = Self::slot(h) & mask;
        loop {
            let slot = &self.slots[at];
            if slot.len == 0 {
                return None;
            }
            if slot.key == key && usize::from(slot.len) == len {
                return Some(at);
            }
            at = (at + 1) & mask;
        }
    }

    /// The nodes of `word` (bytes as in the text; ASCII case folded), if it is a first word.
    #[cfg(test)]
    pub(crate) fn get(&self, word: &[u8]) -> Option<[u32; 2]> {
        self.find(pack(word), word.len())
            .map(|at| self.slots[at].nodes)
    }

    /// The slot of a packed word with its hash, looked up without a filter.
    #[inline]
    pub(crate) fn slot_of(&self, key: u128, len: usize, h: u64) -> Option<&Slot> {
        self.find_hashed(key, len, h).map(|k| &self.slots[k])
    }
}

/// The distinct first words (at most [`FIRST_WORD_MAX`] bytes) of `patterns`, sorted.
pub(crate) fn distinct_first_words<'a>(patterns: impl Iterator<Item = &'a str>) -> Vec<&'a [u8]> {
    let mut firsts: Vec<&[u8]> = patterns
        .map(|p| &p.as_bytes()[..first_word_len(p)])
        .filter(|word| !word.is_empty() && word.len() <= FIRST_WORD_MAX)
        .collect();
    // Stable sort: it finds the runs of patterns given in byte order (their first words come
    // nearly sorted) and merges them, where an unstable sort partitions the whole list.
    firsts.sort();
    firsts.dedup();
    firsts
}

impl FirstWords {
    /// The first words of the patterns of the lower-case-start trie `lower` (`patterns`, in
    /// byte order) with their nodes there, for [`FirstWords::set_lower`].
    pub(crate) fn lower_words<'a>(
        lower: &Trie,
        patterns: impl Iterator<Item = &'a str>,
    ) -> Vec<(&'a [u8], u32)> {
        distinct_first_words(patterns)
            .into_iter()
            .filter_map(|word| lower.node(word).map(|n| (word, n)))
            .collect()
    }

    /// Appends the table (without [`FirstWords::lower_acts`], which the matcher sets) to `out`
    /// as little-endian words: the slot count, each slot (key in four words, length, nodes,
    /// terms, follow mask in two), then the three bit sets.
    #[cfg_attr(not(test), allow(dead_code))] // build.rs writes the image
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        let mut word = |w: u32| out.extend_from_slice(&w.to_le_bytes());
        word(self.slots.len() as u32);
        for s in self.slots.iter() {
            for k in 0..4 {
                word((s.key >> (32 * k)) as u32);
            }
            word(u32::from(s.len));
            s.nodes.iter().chain(&s.terms).for_each(|&n| word(n));
            word(s.follow as u32);
            word((s.follow >> 32) as u32);
        }
        for set in [
            &self.filter[..],
            &self.lower_filter[..],
            &self.lower_starts[..],
        ] {
            for &w in set {
                word(w as u32);
                word((w >> 32) as u32);
            }
        }
    }

    /// The table [`FirstWords::encode`] wrote at the start of `bytes`, with the bytes it took;
    /// `None` for bytes it did not write (short, a slot count that is no power of two, a word
    /// longer than [`FIRST_WORD_MAX`]). `nodes`: the node counts of the two tries (every
    /// slot's nodes must be below them).
    pub(crate) fn decode(bytes: &[u8], nodes: [usize; 2]) -> Option<(FirstWords, usize)> {
        let w = |at: usize| -> Option<u32> {
            let b = bytes.get(at..at + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let n = w(0)? as usize;
        if !n.is_power_of_two() {
            return None;
        }
        let slots_at = 4usize;
        let sets_at = slots_at.checked_add(n.checked_mul(44)?)?;
        let sets = [
            FILTER_BITS / 64,
            LOWER_FILTER_BITS / 64,
            LOWER_START_BITS / 64,
        ];
        let end = sets_at + 8 * sets.iter().sum::<usize>();
        let body = bytes.get(slots_at..end)?;
        let word = |c: &[u8], k: usize| {
            u32::from_le_bytes([c[4 * k], c[4 * k + 1], c[4 * k + 2], c[4 * k + 3]])
        };
        let mut slots = Vec::with_capacity(n);
        let mut bad = false;
        for c in body[..sets_at - slots_at].chunks_exact(44) {
            let key = (0..4).fold(0u128, |k, i| k | u128::from(word(c, i)) << (32 * i));
            let len = word(c, 4);
            let node_ok = |n: u32, of: usize| n == NO_NODE || (n as usize) < of;
            let slot = Slot {
                key,
                len: len as u8,
                nodes: [word(c, 5), word(c, 6)],
                terms: [word(c, 7), word(c, 8)],
                follow: u64::from(word(c, 9)) | u64::from(word(c, 10)) << 32,
            };
            bad |= len as usize > FIRST_WORD_MAX
                || !node_ok(slot.nodes[0], nodes[0])
                || !node_ok(slot.nodes[1], nodes[1]);
            slots.push(slot);
        }
        if bad {
            return None;
        }
        let mut at = sets_at;
        let mut set = |words: usize| -> Vec<u64> {
            let out = bytes[at..at + 8 * words]
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect();
            at += 8 * words;
            out
        };
        let filter = set(sets[0]).into_boxed_slice();
        let lower_filter = set(sets[1]).into_boxed_slice();
        let lower_starts: Box<[u64; LOWER_START_BITS / 64]> =
            set(sets[2]).into_boxed_slice().try_into().ok()?;
        Some((
            FirstWords {
                slots: slots.into_boxed_slice(),
                filter,
                lower_filter,
                lower_starts,
                lower_acts: Box::new([0u64; LOWER_START_BITS / 64]),
            },
            end,
        ))
    }
}
