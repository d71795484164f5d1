//! English word knowledge shared by extractors: which words news text writes in lower case,
//! and a mixed-case reading of all-capitals copy built from it.

use std::ops::Range;

/// English words news text writes in lower case (`gazetteers/curated/common_words.txt`, the list
/// the gazetteer build uses): in all-caps copy, where capitals show nothing, such a word ends a
/// name after a title ("COMMONWEALTH SECRETARY-GENERAL DON MCKINNON SAID"). Lower case in,
/// read once on first use.
///
/// ```
/// assert!(sitrep::english::common_word("said") && !sitrep::english::common_word("mckinnon"));
/// ```
pub fn common_word(lower: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::fxhash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| word_set(include_str!("../gazetteers/curated/common_words.txt")))
        .contains(lower)
}

/// Given names (`gazetteers/curated/given_names.txt`: the US Census 1990 given names used more
/// as first than as last names): the first word of a two-word name that is no short form of
/// its bearer ("Tony" of "Tony Blair", unlike "Zhao" of "Zhao Ziyang"). Lower case in, read
/// once on first use.
///
/// ```
/// assert!(sitrep::english::common_given_name("tony") && !sitrep::english::common_given_name("zhao"));
/// ```
pub fn common_given_name(lower: &str) -> bool {
    static NAMES: std::sync::OnceLock<crate::fxhash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    NAMES
        .get_or_init(|| word_set(include_str!("../gazetteers/curated/given_names.txt")))
        .contains(lower)
}

/// The entries of a word-list file: one per line, blank lines and `#` comments skipped.
fn word_set(text: &'static str) -> crate::fxhash::FxHashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Whether `text` is all-capitals copy (an old wire story): letters, and almost none of them
/// lower case. A headline in capitals over a mixed-case story is not.
pub fn all_caps(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    // Mixed-case text answers within its first words: once the lower-case letters are more than
    // a fiftieth of all the bytes, they are more than a fiftieth of the capitals too.
    let enough = text.len() / 50;
    for b in text.bytes() {
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
        if lower > enough {
            return false;
        }
    }
    upper >= 40 && lower * 50 < upper
}

/// A mixed-case reading of all-capitals `text`, byte for byte the same length (only ASCII
/// letters change case, so every offset and char boundary of the reading is one of `text`):
/// words news text writes in lower case ([`common_word`]) are lowered, except a sentence's
/// first word, which keeps its capital; other words (names, acronyms) stay in capitals, as a
/// mixed-case story would show them. `sentences`: the sentence ranges of `text`.
///
/// ```
/// let text = "PRIME MINISTER RYUTARO HASHIMOTO CALLED THE DEATHS \"REGRETTABLE.\"";
/// let read = sitrep::english::mixed_case_reading(text, &[0..text.len()]);
/// assert_eq!(read, "Prime minister RYUTARO HASHIMOTO called the deaths \"regrettable.\"");
/// ```
pub fn mixed_case_reading(text: &str, sentences: &[Range<usize>]) -> String {
    let mut out = text.as_bytes().to_vec();
    let mut next_sentence = 0;
    let mut word = [0u8; 32];
    let mut i = 0;
    while i < out.len() {
        if !out[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && out[i].is_ascii_alphabetic() {
            i += 1;
        }
        // A word glued to a non-ASCII letter ("ÉTAT") is left as it is.
        let glued = text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
            || text[i..].chars().next().is_some_and(char::is_alphabetic);
        while sentences.get(next_sentence).is_some_and(|s| s.end <= start) {
            next_sentence += 1;
        }
        let first_of_sentence = sentences.get(next_sentence).is_some_and(|s| {
            s.start <= start
                && !text[s.start..start]
                    .bytes()
                    .any(|b| b.is_ascii_alphabetic())
        });
        let len = i - start;
        // "GENERAL'S": the possessive's "S" follows the word's case.
        let possessive = len == 1
            && matches!(out[start], b'S')
            && start >= 2
            && out[start - 1] == b'\''
            && out[start - 2].is_ascii_lowercase();
        if glued || (len > word.len()) || (len == 1 && !possessive && out[start] != b'A') {
            continue;
        }
        word[..len].copy_from_slice(&out[start..i]);
        word[..len].make_ascii_lowercase();
        let lower = std::str::from_utf8(&word[..len]).unwrap_or("");
        if possessive || lower == "a" || common_word(lower) {
            let from = if first_of_sentence { start + 1 } else { start };
            out[from..i].make_ascii_lowercase();
        }
    }
    // Only ASCII letters changed case: still the same valid UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_are_known_in_any_case_and_surnames_are_not() {
        for name in ["Tony", "DANIEL", "robert", "Nigel", "Jose", "Kim"] {
            assert!(common_given_name(&name.to_ascii_lowercase()), "{name}");
        }
        // Family names written first, and names more often surnames than given names.
        for name in [
            "Zhao", "Deng", "Chang", "Tran", "Lee", "Paz", "Prem", "Khaleda", "",
        ] {
            assert!(!common_given_name(&name.to_ascii_lowercase()), "{name}");
        }
    }

    #[test]
    fn the_reading_keeps_every_byte_offset() {
        let text = "IN TOKYO, ÉTAT-MAJOR CHIEF JERRY SINGIROK SAID THE GENERAL'S ACTIONS WERE \
                    “A SERIOUS MISTAKE.” A SPOKESMAN AGREED.";
        let second = text.find("A SPOKESMAN").unwrap_or(0);
        let read = mixed_case_reading(text, &[0..second, second..text.len()]);
        assert_eq!(read.len(), text.len());
        assert!(text.char_indices().all(|(i, _)| read.is_char_boundary(i)));
        assert_eq!(read.to_ascii_uppercase(), text.to_ascii_uppercase());
        assert!(read.starts_with("In TOKYO, ÉTAT-"), "{read}");
        assert!(
            read.contains("JERRY SINGIROK said the general's actions were “a serious mistake.”"),
            "{read}"
        );
        assert!(read.ends_with(" A spokesman agreed."), "{read}");
    }

    #[test]
    fn mixed_case_text_is_not_all_caps() {
        assert!(all_caps(
            "LIMA, PERU, APRIL 22 (UPI) - PERUVIAN COMMANDOS STORMED THE RESIDENCE ON TUESDAY."
        ));
        assert!(!all_caps(
            "PERU COMMANDOS FREE HOSTAGES\n\nLima, April 22 - Peruvian commandos stormed the \
             residence of the Japanese ambassador on Tuesday, freeing 71 hostages."
        ));
        assert!(!all_caps("NATO"));
    }
}
