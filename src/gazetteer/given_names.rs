//! Given names that are not a person's short form (`gazetteers/curated/given_names.txt`).
//!
//! The first word of a two-word name is a short form of that person when it is the family
//! name written first ("Zhao" for "Zhao Ziyang") or the name the person goes by ("Prem" for
//! "Prem Tinsulanonda"), never when it is a common given name ("Tony" for "Tony Blair",
//! "DANIEL" for "DANIEL ORTEGA"): the guidelines tag full names and surnames only.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::fxhash::BuildFx;

static GIVEN_NAMES: &str = include_str!("../../gazetteers/curated/given_names.txt");

/// Whether `word` (any case) is a common given name of the list.
///
/// ```ignore
/// assert!(is_common_given_name("Tony") && is_common_given_name("DANIEL"));
/// assert!(!is_common_given_name("Zhao") && !is_common_given_name("Chang"));
/// ```
pub(crate) fn is_common_given_name(word: &str) -> bool {
    // Built on the first two-word official of a run: most documents never ask.
    static SET: OnceLock<HashSet<String, BuildFx>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        GIVEN_NAMES
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_ascii_lowercase)
            .collect()
    });
    word.len() <= 16 && set.contains(&word.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_are_known_in_any_case_and_surnames_are_not() {
        for name in ["Tony", "DANIEL", "robert", "Nigel", "Jose", "Kim"] {
            assert!(is_common_given_name(name), "{name}");
        }
        // Family names written first, and names more often surnames than given names.
        for name in [
            "Zhao", "Deng", "Chang", "Tran", "Lee", "Paz", "Prem", "Khaleda", "",
        ] {
            assert!(!is_common_given_name(name), "{name}");
        }
    }
}
