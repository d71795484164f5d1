//! A necessary-condition filter for word lists: (first two bytes, length) looked up in a table
//! before a word is hashed or compared. Shared by the casualty pass (its trigger words) and
//! quotation attribution (its cues' first words).

/// For each pair of first bytes (their low five bits: a letter's place in the alphabet in
/// either case; a one-byte word's second byte counts as 0), a bit per length (31: 31 or
/// more) of the listed words opening with it.
pub(crate) struct PairFilter([u32; 1024]);

impl PairFilter {
    /// The filter of `words`.
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> PairFilter {
        let mut table = [0u32; 1024];
        for w in words {
            if let Some(index) = pair_index(w.as_bytes()) {
                table[index] |= length_bit(w.len());
            }
        }
        PairFilter(table)
    }

    /// Whether `word` may be a listed word, in any ASCII case (false for the empty word).
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        pair_index(word).is_some_and(|index| self.0[index] & length_bit(word.len()) != 0)
    }
}

fn pair_index(word: &[u8]) -> Option<usize> {
    let (&first, second) = (word.first()?, word.get(1).copied().unwrap_or(0));
    Some(usize::from(first & 31) << 5 | usize::from(second & 31))
}

fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_pass_in_any_case_and_most_others_do_not() {
        let filter = PairFilter::new(["killed", "hostages", "a"]);
        for w in ["killed", "KILLED", "Killed", "hostages", "a", "A"] {
            assert!(filter.may_contain(w.as_bytes()), "{w}");
        }
        for w in ["", "kills", "hostage", "b", "ab", "cat"] {
            assert!(!filter.may_contain(w.as_bytes()), "{w}");
        }
    }
}
