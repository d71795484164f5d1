//! The matcher's patterns and their claims, compiled from merged entries, with no dependency on
//! the rest of the crate beyond files `build.rs` also includes (`#[path]`: `normalize.rs`,
//! `lexicon.rs` with `english.rs` and `fxhash.rs`, `trie.rs`, `entry.rs`, and a one-enum
//! `model`): the build compiles the bundled gazetteers' patterns, claims and tries once into an
//! image (`image.rs`), and the run time compiles user gazetteers with this same code.
//!
//! Start-up did this for the bundled files in every process: normalizing and hashing ~50,000
//! forms, sorting the patterns and building two tries was ~130 M instructions.

use std::borrow::Cow;
use std::collections::hash_map::Entry as MapEntry;
use std::collections::HashMap;

use super::entry::Entry;
use super::first_words::FirstWords;
use super::trie::Trie;
use super::{lexicon, normalize};
use crate::fxhash::BuildFx;
use crate::model::MentionForm;

/// What a pattern can mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Entity {
        entry: u32,
        form: MentionForm,
    },
    /// A role title (index into [`lexicon::ROLE_TITLES`]).
    Title(u16),
    Honorific,
    /// The capital of a country entry (attribute `capital=`): the country only where the city
    /// stands for its government.
    Capital(u32),
}

/// One reading of a pattern.
#[derive(Clone, Debug)]
pub(crate) struct Claim {
    pub target: Target,
    /// The normalized form with its case, for the case check (borrowed from the image for the
    /// bundled gazetteers).
    pub exact: Cow<'static, str>,
    /// Case-insensitive claim (entry flag `nocase`, lower-case role titles).
    pub nocase: bool,
    /// Bit `k` set where `exact[k]` is an ASCII capital that starts a word (what the matcher's
    /// case check reads), when `exact` has at most 64 bytes.
    pub capitals: Option<u64>,
}

/// [`Claim::capitals`] of a normalized form.
pub(crate) fn word_capitals(exact: &str) -> Option<u64> {
    let bytes = exact.as_bytes();
    if bytes.len() > 64 {
        return None;
    }
    // One branch-free step per byte (start-up computes this for ~50,000 forms).
    let mut mask = 0u64;
    let mut after_space = true;
    for (k, &b) in bytes.iter().enumerate() {
        mask |= u64::from(b.is_ascii_uppercase() & after_space) << k;
        after_space = b == b' ';
    }
    Some(mask)
}

/// The patterns of a set of entries with their claims.
pub(crate) struct Patterns {
    /// Normalized, lower case, by pattern id.
    pub patterns: Vec<String>,
    /// Pattern ids in byte order of their patterns.
    pub order: Vec<u32>,
    /// Grouped by pattern ([`group_claims`]).
    pub claims: Vec<Claim>,
    /// Per pattern: its claims `claims[a..b]`.
    pub ranges: Vec<(u32, u32)>,
    /// Patterns that may start in lower case ([`lower_start`]), ascending.
    pub lower_start: Vec<u32>,
}

/// `s.to_lowercase()`, in place when `s` is ASCII (nearly every surname: no second string).
pub(crate) fn lower_case(mut s: String) -> String {
    if s.is_ascii() {
        s.make_ascii_lowercase();
        s
    } else {
        s.to_lowercase()
    }
}

/// The key of an official's surname-only form (normalized, lower case; empty: none).
pub(crate) fn surname_key(s: &str) -> String {
    lower_case(normalize::pattern(s))
}

/// Whether an official is famous enough for a unique surname to be tagged alone: not flagged
/// ambiguous, and led a state or government (`led`, [`lexicon::leader_offices`]) or held a
/// [`lexicon::OTHER_FAMOUS_ROLES`] office (in `role=` or `terms=`).
pub(crate) fn famous(
    official: bool,
    ambiguous: bool,
    led: u8,
    role: Option<&str>,
    terms: Option<&str>,
) -> bool {
    official
        && !ambiguous
        && (led != 0
            || [role, terms].iter().any(|v| {
                v.is_some_and(|v| {
                    lexicon::OTHER_FAMOUS_ROLES
                        .iter()
                        .any(|r| lexicon::has_substring(v, r))
                })
            }))
}

/// Every pattern of `entries` (merged, in order) with its claims: names, aliases, acronyms,
/// demonyms (and their people plurals), famous officials' unique surnames, role titles,
/// honorifics and capitals.
pub(crate) fn patterns(entries: &[&Entry]) -> Patterns {
    // Pattern (normalized, lower case) → its index; the patterns are listed by index after
    // the last `add`.
    // Sized for the bundled files (~4 patterns per entry): no rehash while it fills.
    let mut keys: HashMap<String, u32, BuildFx> =
        HashMap::with_capacity_and_hasher(entries.len() * 4, BuildFx::default());
    // (pattern, claim), grouped by pattern below.
    let mut all_claims: Vec<(u32, Claim)> = Vec::with_capacity(entries.len() * 5);
    let mut add = |text: &str, target: Target, nocase: bool| {
        let exact = normalize::pattern(text);
        if exact.is_empty() {
            return;
        }
        // Nearly every form is a new pattern: its key is copied once and hashed once.
        let mut key = exact.clone();
        key.make_ascii_lowercase();
        let next = keys.len() as u32;
        let idx = match keys.entry(key) {
            MapEntry::Occupied(o) => *o.get(),
            MapEntry::Vacant(v) => *v.insert(next),
        };
        all_claims.push((
            idx,
            Claim {
                target,
                capitals: word_capitals(&exact),
                exact: Cow::Owned(exact),
                nocase,
            },
        ));
    };
    let mut surnames: HashMap<String, Vec<u32>, BuildFx> = HashMap::default();
    let mut is_famous = vec![false; entries.len()];
    for (i, e) in entries.iter().enumerate() {
        let entry = i as u32;
        let nocase = e.nocase();
        let t = |form| Target::Entity { entry, form };
        add(e.name, t(MentionForm::Name), nocase);
        for &a in &e.aliases {
            add(a, t(MentionForm::Alias), nocase);
        }
        for &a in &e.acronyms {
            add(a, t(MentionForm::Acronym), false);
        }
        for &d in &e.demonyms {
            add(d, t(MentionForm::Demonym), nocase);
            // People plurals ("Afghans") when the file lists only the adjective.
            if !d.ends_with('s') && !d.ends_with("ese") && !d.ends_with("ish") {
                add(&format!("{d}s"), t(MentionForm::Demonym), nocase);
            }
        }
        if e.label == "OFFICIAL" {
            let (role, terms) = (e.attr("role"), e.attr("terms"));
            let led = lexicon::leader_offices([role, terms].into_iter().flatten());
            is_famous[i] = famous(true, e.ambiguous(), led, role, terms);
            for s in &e.surnames {
                let key = surname_key(s);
                if !key.is_empty() {
                    let list = surnames.entry(key).or_default();
                    if !list.contains(&entry) {
                        list.push(entry);
                    }
                }
            }
        }
    }
    // The unique surnames of famous officials go in the trie: tagged alone ("Putin said").
    // (Filtered before the sort: a few hundred of the ~20,000 surnames qualify.)
    let mut famous: Vec<(&String, &Vec<u32>)> = surnames
        .iter()
        .filter(|(key, list)| {
            matches!(list.as_slice(), [e] if is_famous[*e as usize])
                && key.len() >= 4
                && !lexicon::FAMOUS_SURNAME_STOPLIST.contains(&key.as_str())
        })
        .collect();
    famous.sort_unstable();
    for (key, list) in famous {
        if let [e] = list.as_slice() {
            let entry = &entries[*e as usize];
            if let Some(s) = entry
                .surnames
                .iter()
                .find(|s| normalize::pattern(s).to_lowercase() == *key)
            {
                add(
                    s,
                    Target::Entity {
                        entry: *e,
                        form: MentionForm::Surname,
                    },
                    false,
                );
            }
        }
    }
    for (i, (title, ci, _)) in lexicon::ROLE_TITLES.iter().enumerate() {
        add(title, Target::Title(i as u16), *ci);
    }
    for h in lexicon::HONORIFICS {
        add(h, Target::Honorific, false);
    }
    // Capitals of sovereign states (not territories: "Hamilton", "The Valley").
    for (i, e) in entries.iter().enumerate() {
        if e.label == "COUNTRY" && e.attr("part_of").is_none() {
            for c in e.attr("capital").unwrap_or("").split(',') {
                let c = c.trim();
                if c.is_empty() {
                    continue;
                }
                add(c, Target::Capital(i as u32), false);
                // Without a trailing dotted abbreviation ("Washington D.C." → "Washington").
                if let Some((head, last)) = c.rsplit_once(' ') {
                    if last.contains('.')
                        && last.chars().all(|ch| ch == '.' || ch.is_ascii_uppercase())
                    {
                        add(head, Target::Capital(i as u32), false);
                    }
                }
            }
        }
    }
    let mut patterns = vec![String::new(); keys.len()];
    for (key, idx) in keys {
        patterns[idx as usize] = key;
    }
    // Pattern ids in byte order: both tries are built from sorted patterns, sorted once here
    // (their own sort then only checks the order).
    // (Keyed by the first eight bytes, zero padded, big endian: that orders as the bytes do
    // wherever two keys differ, and most comparisons end there.)
    let head = |p: &str| {
        let mut k = [0u8; 8];
        let n = p.len().min(8);
        k[..n].copy_from_slice(&p.as_bytes()[..n]);
        u64::from_be_bytes(k)
    };
    let mut order: Vec<(u64, u32)> = (0..patterns.len())
        .map(|i| (head(&patterns[i]), i as u32))
        .collect();
    order.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| patterns[a.1 as usize].cmp(&patterns[b.1 as usize]))
    });
    let order: Vec<u32> = order.into_iter().map(|(_, i)| i).collect();
    let (claims, ranges) = group_claims(all_claims, patterns.len());
    let lower_start = lower_start(&claims, &ranges);
    Patterns {
        patterns,
        order,
        claims,
        ranges,
        lower_start,
    }
}

/// The trie of all `patterns` (by id; `order`: ids in byte order).
pub(crate) fn whole_trie<S: AsRef<str>>(patterns: &[S], order: &[u32]) -> Trie {
    Trie::new(
        order
            .iter()
            .map(|&i| (patterns[i as usize].as_ref().as_bytes(), i)),
    )
}

/// The trie of the patterns that may start in lower case (`lower_start`).
pub(crate) fn lower_trie<S: AsRef<str>>(
    patterns: &[S],
    order: &[u32],
    lower_start: &[u32],
) -> Trie {
    let is_lower = lower_marks(patterns.len(), lower_start);
    Trie::new(
        order
            .iter()
            .filter(|&&i| is_lower[i as usize])
            .map(|&i| (patterns[i as usize].as_ref().as_bytes(), i)),
    )
}

/// Per pattern id below `n`: whether it is in `lower_start`.
pub(crate) fn lower_marks(n: usize, lower_start: &[u32]) -> Vec<bool> {
    let mut is_lower = vec![false; n];
    for &p in lower_start {
        is_lower[p as usize] = true;
    }
    is_lower
}

/// `items` (by pattern id) in the byte order of the patterns (`order`).
pub(crate) fn in_order<'a, S: AsRef<str>>(
    items: &'a [S],
    order: &'a [u32],
) -> impl Iterator<Item = &'a str> + 'a {
    order.iter().map(move |&i| items[i as usize].as_ref())
}

/// The patterns that may start in lower case (`lower_start`) in byte order (`order`).
pub(crate) fn lower_in_order<'a, S: AsRef<str>>(
    patterns: &'a [S],
    order: &'a [u32],
    lower_start: &[u32],
) -> impl Iterator<Item = &'a str> + 'a {
    let is_lower = lower_marks(patterns.len(), lower_start);
    order
        .iter()
        .filter(move |&&i| is_lower[i as usize])
        .map(move |&i| patterns[i as usize].as_ref())
}

/// The first-word table of the tries of `p` (all patterns, lower-case-start ones), without
/// its finder bits (`FirstWords::set_lower_acts`, which the matcher sets).
#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the image
pub(crate) fn first_words(p: &Patterns, whole: &Trie, lower: &Trie) -> FirstWords {
    // In byte order: the first words then come nearly sorted.
    let mut words = FirstWords::new(whole, in_order(&p.patterns, &p.order));
    let lower_words =
        FirstWords::lower_words(lower, lower_in_order(&p.patterns, &p.order, &p.lower_start));
    for (word, node) in lower_words {
        words.set_lower(word, lower, node);
    }
    words
}

/// The two-byte prefix-table index: 7 bits each, non-ASCII folded onto 0x7f.
#[inline]
pub(crate) fn prefix_key2(a: u8, b: u8) -> usize {
    let f = |x: u8| usize::from(x.min(0x7f));
    (f(a) << 7) | f(b)
}

/// The matcher's two-byte prefix sets ([`prefix_key2`]) of all `patterns` and of the
/// lower-case-start ones: the first two bytes of each (every second byte for a one-byte
/// pattern).
pub(crate) fn prefix_sets<S: AsRef<str>>(patterns: &[S], lower_start: &[u32]) -> [Box<[u64]>; 2] {
    let set = |pats: &mut dyn Iterator<Item = &str>| {
        let mut bits = vec![0u64; 1 << 8].into_boxed_slice();
        for p in pats {
            let b = p.as_bytes();
            let second = if b.len() > 1 {
                b[1] as usize..b[1] as usize + 1
            } else {
                0..128
            };
            for y in second {
                let key = prefix_key2(b[0], y as u8);
                bits[key >> 6] |= 1 << (key & 63);
            }
        }
        bits
    };
    [
        set(&mut patterns.iter().map(AsRef::as_ref)),
        set(&mut lower_start.iter().map(|&p| patterns[p as usize].as_ref())),
    ]
}

/// Both tries of `p`: all patterns, lower-case-start ones.
#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the image
pub(crate) fn tries(p: &Patterns) -> (Trie, Trie) {
    (
        whole_trie(&p.patterns, &p.order),
        lower_trie(&p.patterns, &p.order, &p.lower_start),
    )
}

/// Claims grouped by pattern (stable: file order within a pattern), entity readings first (a
/// title word that is also a name is the name), duplicates dropped; with each pattern's range.
pub(crate) fn group_claims(
    all_claims: Vec<(u32, Claim)>,
    patterns: usize,
) -> (Vec<Claim>, Vec<(u32, u32)>) {
    // A counting sort on (pattern, not an entity reading): stable, one pass to count and one
    // to place the claims' indices (a comparison sort moved the ~100,000 claims around).
    let key = |(p, c): &(u32, Claim)| {
        2 * *p as usize + usize::from(!matches!(c.target, Target::Entity { .. }))
    };
    let mut starts = vec![0u32; 2 * patterns + 1];
    for pc in &all_claims {
        starts[key(pc) + 1] += 1;
    }
    for k in 1..starts.len() {
        starts[k] += starts[k - 1];
    }
    let mut order = vec![0u32; all_claims.len()];
    for (i, pc) in all_claims.iter().enumerate() {
        let at = &mut starts[key(pc)];
        order[*at as usize] = i as u32;
        *at += 1;
    }
    drop(starts);
    let mut slots: Vec<Option<(u32, Claim)>> = all_claims.into_iter().map(Some).collect();
    let mut claims: Vec<Claim> = Vec::with_capacity(slots.len());
    let mut ranges = vec![(0u32, 0u32); patterns];
    for i in order {
        let Some((p, c)) = slots[i as usize].take() else {
            continue;
        };
        let r = &mut ranges[p as usize];
        // Duplicates (the same reading of the same form) are next to each other.
        if r.1 != 0 {
            if let Some(last) = claims.last() {
                if last.target == c.target && last.exact == c.exact {
                    continue;
                }
            }
        }
        let at = claims.len() as u32;
        if r.1 == 0 {
            *r = (at, at);
        }
        r.1 = at + 1;
        claims.push(c);
    }
    (claims, ranges)
}

/// Patterns that may start with a lower-case letter in the text: `nocase` claims and forms
/// written in lower case ("al-Qaida", "spokesperson").
pub(crate) fn lower_start(claims: &[Claim], ranges: &[(u32, u32)]) -> Vec<u32> {
    (0..ranges.len() as u32)
        .filter(|&p| {
            let (a, b) = ranges[p as usize];
            claims[a as usize..b as usize].iter().any(|c| {
                c.nocase
                    || c.exact
                        .bytes()
                        .next()
                        .is_some_and(|b| b.is_ascii_lowercase())
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_capitals_marks_the_capitals_that_start_words() {
        let reference = |exact: &str| {
            let bytes = exact.as_bytes();
            (bytes.len() <= 64).then(|| {
                (0..bytes.len())
                    .filter(|&k| bytes[k].is_ascii_uppercase() && (k == 0 || bytes[k - 1] == b' '))
                    .fold(0u64, |m, k| m | (1 << k))
            })
        };
        let long = "A ".repeat(32);
        let longer = format!("{long}B");
        for exact in [
            "",
            "A",
            "a",
            "Al Qaeda",
            "al-Qaeda",
            "U.S. Army",
            "McDonald  X",
            "É A",
            &long,
            &long[1..],
            &longer,
        ] {
            assert_eq!(word_capitals(exact), reference(exact), "{exact:?}");
        }
    }

    #[test]
    fn lower_case_is_to_lowercase() {
        for s in [
            "",
            "Putin",
            "AL-ASSAD",
            "Ötzi",
            "İnönü",
            "ΣΟΦΟΣ",
            "Mc Donald's",
        ] {
            assert_eq!(lower_case(s.to_string()), s.to_lowercase(), "{s:?}");
        }
    }
}
