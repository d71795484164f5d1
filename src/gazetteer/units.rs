//! Numbered military units ("82nd Airborne Division", "the army's 54th Mechanised Brigade",
//! "7th Fleet"): ORG per the guidelines ("11th Corps"), found by a pattern rather than listed.
//!
//! An ordinal ("54th", or a capitalized spelled one: "Seventh"), then up to four capitalized
//! words, the last of them a unit noun of [`UNIT_NOUNS`]. The unit noun must be capitalized:
//! "the 3rd floor", "his 2nd term", "the 21st Century" and lower-case "the third brigade" or
//! "the 54th brigade" are not names. A spelled ordinal needs a unit noun of [`SPELLED_NOUNS`]
//! right after it or a type word between ("Third Infantry Division"), since "First Division"
//! is mostly football.

use super::normalize;
use crate::model::{Annotation, Document, MentionForm};

/// Unit nouns that end a unit's name, and whether the noun needs a type word between the
/// ordinal and itself ("5th Special Forces Group", not "3rd Group").
const UNIT_NOUNS: &[(&str, bool)] = &[
    ("Division", false),
    ("Brigade", false),
    ("Battalion", false),
    ("Regiment", false),
    ("Corps", false),
    ("Army", false),
    ("Fleet", false),
    ("Squadron", false),
    ("Flotilla", false),
    ("Wing", true),
    ("Group", true),
    ("Company", true),
    ("Detachment", true),
    ("Airborne", false),
    ("Cavalry", false),
    ("Marines", false),
    ("Infantry", false),
];

/// Unit nouns a spelled ordinal may stand right before ("Seventh Fleet", "Third Army").
const SPELLED_NOUNS: &[&str] = &["Fleet", "Army", "Corps"];

/// Unit nouns that may end a name after a spelled ordinal and a type word ("Fourth Infantry
/// Brigade"); not "Group" or "Company": "First Provident Group" is a company.
const SPELLED_TYPED_NOUNS: &[&str] = &[
    "Fleet",
    "Army",
    "Corps",
    "Division",
    "Brigade",
    "Battalion",
    "Regiment",
    "Squadron",
];

/// Capitalized spelled ordinals.
const SPELLED: &[&str] = &[
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    "Eleventh", "Twelfth",
];

/// Each of [`SPELLED`] as little-endian bytes of a `u64` and the mask of its length.
const SPELLED_BITS: [(u64, u64); SPELLED.len()] = {
    let mut out = [(0u64, 0u64); SPELLED.len()];
    let mut k = 0;
    while k < SPELLED.len() {
        let w = SPELLED[k].as_bytes();
        assert!(w.len() <= 8);
        let mut i = 0;
        while i < w.len() {
            out[k].0 |= (w[i] as u64) << (8 * i);
            out[k].1 |= 0xff << (8 * i);
            i += 1;
        }
        k += 1;
    }
    out
};

/// Words that are capitalized in a unit's name but are no part of it when they follow the
/// ordinal (a date or a list: "the 3rd And").
const NOT_TYPE_WORDS: &[&str] = &["And", "Of", "The", "In", "On", "At", "For"];

/// Words that right after an ordinal make something else: "21st Century Insurance Group".
const NOT_FIRST_WORDS: &[&str] = &["Century", "Annual", "Anniversary", "Street", "Avenue"];

/// A numeric ordinal: digits and st/nd/rd/th ("101st", "3rd"), any case of the suffix.
fn numeric_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits <= 4
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| w[digits..].eq_ignore_ascii_case(s))
}

fn inside_word(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

/// The word starting at byte `s` (letters, digits, hyphens, apostrophes), without a possessive
/// or closing apostrophe ("the Fifth Army Corps'"): its end, and the end of its raw run of
/// word characters.
fn word_from(text: &str, s: usize) -> (usize, usize) {
    let raw = text[s..]
        .char_indices()
        .find(|&(_, c)| !inside_word(c))
        .map_or(text.len(), |(i, _)| s + i);
    let w = &text[s..raw];
    let bare = w
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    (if bare.is_empty() { raw } else { s + bare.len() }, raw)
}

/// Whether `between` joins two words of one name: spaces, or one line break of a hard-wrapped
/// paragraph.
fn joins(between: &str) -> bool {
    !between.is_empty()
        && between.chars().all(char::is_whitespace)
        && between.bytes().filter(|&b| b == b'\n').count() <= 1
}

/// The word after the one ending at `end` (its raw run ends at `raw`), when only spaces join
/// them: (start, end, raw end).
fn next_joined_word(text: &str, end: usize, raw: usize) -> Option<(usize, usize, usize)> {
    let s = text[raw..]
        .char_indices()
        .find(|&(_, c)| inside_word(c))
        .map(|(i, _)| raw + i)?;
    if !joins(&text[end..s]) {
        return None;
    }
    let (e, r) = word_from(text, s);
    Some((s, e, r))
}

/// Whether the word before byte `s` is a month joined to it ("March 3rd Army officers").
fn after_month(text: &str, s: usize) -> bool {
    let before = &text[..s];
    let gap_start = before.trim_end().len();
    let word_start = before[..gap_start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| inside_word(c))
        .last()
        .map_or(gap_start, |(i, _)| i);
    if word_start == gap_start {
        return false;
    }
    let (e, _) = word_from(text, word_start);
    joins(&text[e..s]) && crate::calendar::month(&text[word_start..e]).is_some()
}

/// Bytes a unit's first word can start with: a digit, or the capital of a spelled ordinal.
pub(super) const START: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] = true;
        b += 1;
    }
    t[b'F' as usize] = true;
    t[b'S' as usize] = true;
    t[b'T' as usize] = true;
    t[b'E' as usize] = true;
    t[b'N' as usize] = true;
    t
};

/// [`inside_word`] for ASCII bytes.
const INSIDE_ASCII: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'\'';
        b += 1;
    }
    t
};

/// Whether the character before byte `s` of `text` is a word character ([`inside_word`]).
#[inline]
fn inside_before(text: &str, s: usize) -> bool {
    match text.as_bytes()[..s].last() {
        None => false,
        Some(&p) if p < 0x80 => INSIDE_ASCII[usize::from(p)],
        Some(_) => text[..s].chars().next_back().is_some_and(inside_word),
    }
}

/// Whether the word at `s` (starting with a [`START`] byte) can be an ordinal at all: one to
/// four digits and the first letter of a suffix, or the start of a spelled ordinal. A cheap
/// test before the word is cut out; the exact one follows. Returns how far a failed word
/// may be skipped (no later byte of it starts a word).
#[inline]
fn may_be_ordinal(bytes: &[u8], s: usize) -> Result<(), usize> {
    let rest = &bytes[s..];
    if rest[0].is_ascii_digit() {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let suffix = rest.get(digits).map(u8::to_ascii_lowercase);
        if digits <= 4 && matches!(suffix, Some(b's' | b'n' | b'r' | b't')) {
            Ok(())
        } else {
            Err(digits)
        }
    } else if SPELLED.iter().any(|w| rest.starts_with(w.as_bytes())) {
        Ok(())
    } else {
        Err(1)
    }
}

/// Whether the word at `s` of a text (normalized or not: ordinals are ASCII, which
/// normalizing keeps) may begin a unit: it starts with a digit or a spelled ordinal.
#[inline]
pub(super) fn may_begin_unit(bytes: &[u8], s: usize) -> bool {
    match bytes.get(s) {
        Some(b) if b.is_ascii_digit() => true,
        Some(b) if START[usize::from(*b)] => match bytes.get(s..s + 8) {
            // One load, compared with each ordinal's bytes (all at most eight).
            Some(chunk) => {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                let w = u64::from_le_bytes(w);
                SPELLED_BITS.iter().any(|&(bits, mask)| w & mask == bits)
            }
            None => SPELLED.iter().any(|w| bytes[s..].starts_with(w.as_bytes())),
        },
        _ => false,
    }
}

/// Byte ranges of the numbered units in `text`, in order, not overlapping. Only words that
/// start with a digit or a capital letter that begins a spelled ordinal are looked at, and
/// of those only the ones that begin like an ordinal are cut out and checked.
pub(super) fn find(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut done = 0;
    let mut s = 0;
    while s < n {
        if !START[usize::from(bytes[s])] {
            s += 1;
            continue;
        }
        if s < done || inside_before(text, s) {
            s += 1;
            continue;
        }
        if let Err(skip) = may_be_ordinal(bytes, s) {
            s += skip;
            continue;
        }
        if let Some(end) = unit_at(text, s) {
            out.push((s, end));
            done = end;
        }
        s += 1;
    }
    out
}

/// [`find`] looking only at the given word starts (original byte offsets, increasing): the
/// starts of the words of the normalized text that [`may_begin_unit`], which the entity scan
/// collects as it goes. Every word start [`find`] looks at is among them, except
/// one right after a `_` (a word byte for the scan, not for units): a text with a `_` is
/// searched whole (`underscore`: whether the text holds one).
pub(super) fn find_among(text: &str, starts: &[usize], underscore: bool) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    if underscore {
        return find(text);
    }
    let mut out = Vec::new();
    let mut done = 0;
    for &s in starts {
        if bytes.get(s).is_none_or(|&b| !START[usize::from(b)])
            || s < done
            || inside_before(text, s)
            || may_be_ordinal(bytes, s).is_err()
        {
            continue;
        }
        if let Some(end) = unit_at(text, s) {
            out.push((s, end));
            done = end;
        }
    }
    out
}

/// The end of the numbered unit whose ordinal starts at `s` (a word start), if there is one.
fn unit_at(text: &str, s: usize) -> Option<usize> {
    let (e, raw) = word_from(text, s);
    let w = &text[s..e];
    let spelled = SPELLED.contains(&w);
    if !(spelled || numeric_ordinal(w)) || after_month(text, s) {
        return None;
    }
    // The longest run of capitalized words after the ordinal that ends in a unit noun.
    let mut best = None;
    let (mut end, mut raw_end) = (e, raw);
    let mut words = 0;
    while words < 5 {
        let Some((ns, ne, nr)) = next_joined_word(text, end, raw_end) else {
            break;
        };
        let next = &text[ns..ne];
        if !normalize::capitalized(next)
            || NOT_TYPE_WORDS.contains(&next)
            || (words == 0 && NOT_FIRST_WORDS.contains(&next))
        {
            break;
        }
        let between = words;
        words += 1;
        (end, raw_end) = (ne, nr);
        let noun = UNIT_NOUNS.iter().find(|(n, _)| *n == next);
        let ok = match noun {
            // One type word at most: "Fourth Infantry Brigade", not "First International
            // Economic Affairs Division" (a ministry's division).
            Some((n, _)) if spelled => {
                between <= 1
                    && (SPELLED_NOUNS.contains(n)
                        || (between == 1 && SPELLED_TYPED_NOUNS.contains(n)))
            }
            Some((_, needs_type)) => between > 0 || !needs_type,
            None => false,
        };
        if ok {
            best = Some(end);
        }
    }
    best
}

/// The ORG annotation of the unit at `start..end`: synthetic id `sitrep:org:unit:<slug>`,
/// gazetteer `unit`, rule `unit/numbered-unit`.
pub(super) fn annotation(doc: &Document, start: usize, end: usize) -> Annotation {
    let name = &doc.text[start..end];
    super::bodies::pattern_org(
        doc,
        (start, end),
        name,
        ("sitrep:org:unit:", "unit"),
        MentionForm::Name,
        "unit/numbered-unit",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan as first written: every byte that may start an ordinal, cut out and checked.
    fn reference(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut done = 0;
        for s in 0..bytes.len() {
            let b = bytes[s];
            if s < done || !(b.is_ascii_digit() || matches!(b, b'F' | b'S' | b'T' | b'E' | b'N')) {
                continue;
            }
            if text[..s].chars().next_back().is_some_and(inside_word) {
                continue;
            }
            if let Some(end) = unit_at(text, s) {
                out.push((s, end));
                done = end;
            }
        }
        out
    }

    #[test]
    fn may_begin_unit_agrees_with_prefix_compares() {
        let texts = [
            "First",
            "Firs",
            "Firstly ",
            "Second Army",
            "Secon",
            "The Third",
            "Tenth",
            "Twelfth",
            "Twelft",
            "Eleventh Fleet",
            "Eleventh",
            "Eighth",
            "Ninth",
            "Nine",
            "Seventh Fleet",
            "Sixth",
            "Fifth",
            "Fourth",
            "Fourt",
            "S",
            "T",
            "9th",
            "Eleventhx",
            "Ninth\u{e9}",
        ];
        for text in texts {
            for pad in ["", " ", "xxxxxxxxxx "] {
                let t = format!("{pad}{text}");
                let s = pad.len();
                let expected = t.as_bytes()[s].is_ascii_digit()
                    || (START[usize::from(t.as_bytes()[s])]
                        && SPELLED
                            .iter()
                            .any(|w| t.as_bytes()[s..].starts_with(w.as_bytes())));
                assert_eq!(may_begin_unit(t.as_bytes(), s), expected, "{t:?}");
            }
        }
    }

    #[test]
    fn prefilter_agrees_with_the_reference() {
        let mut texts: Vec<String> = [
            "The army's 54th Mechanised Brigade and the 82nd Airborne Division moved.",
            "x3rd Army, 3RD Army, 12345th Army, 1234th Army, 3r Army, -3rd Army, ’3rd Army",
            "é3rd Army 3rd Army’s Seventh Fleet, SeventhFleet, Firsts Army, Tenthly Fleet",
            "May 3rd Army; 2nd3rd Army; 3rd's Army; 101st Airborne Division\nand the 7th Fleet",
            "First Fleet Second Army Third Corps Fourth Infantry Brigade Eleventh Army Twelfth Army",
            "the 6th Infantry\n\nBattalion, 9th Wing 9th Air Wing 4th Group Ninth Fleet",
            "Ünit 3rd Army «3rd Army» 3rd_Army _3rd Army 3–4th Army 2024 2,300th Army",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(crate::testutil::seed_and_hard_files());
        for t in &texts {
            assert_eq!(find(t), reference(t), "{t:.80}");
            assert_eq!(
                find_among(t, &scan_starts(t), t.contains('_')),
                reference(t),
                "{t:.80}"
            );
        }
    }

    /// What the entity scan collects: the original offsets of the normalized text's word
    /// starts (letters, digits, `_`) whose byte is a [`START`] byte.
    fn scan_starts(text: &str) -> Vec<usize> {
        normalize::scan_word_starts(text, |bytes, i, _| may_begin_unit(bytes, i))
    }

    fn units(text: &str) -> Vec<&str> {
        assert_eq!(find(text), reference(text));
        assert_eq!(
            find_among(text, &scan_starts(text), text.contains('_')),
            reference(text)
        );
        find(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn numbered_units() {
        assert_eq!(
            units("The army's 54th Mechanised Brigade and the 82nd Airborne Division moved."),
            ["54th Mechanised Brigade", "82nd Airborne Division"]
        );
        assert_eq!(
            units("the 3rd Infantry Division, the 7th Fleet and the 1st Battalion"),
            ["3rd Infantry Division", "7th Fleet", "1st Battalion"]
        );
        assert_eq!(units("the US Seventh Fleet"), ["Seventh Fleet"]);
        assert_eq!(
            units("the 5th Special Forces Group"),
            ["5th Special Forces Group"]
        );
        assert_eq!(units("the 82nd Airborne said"), ["82nd Airborne"]);
        assert_eq!(
            units("the Fifth Army Corps' 96th Brigade"),
            ["Fifth Army Corps", "96th Brigade"]
        );
        assert_eq!(
            units("the Fourth Infantry Brigade"),
            ["Fourth Infantry Brigade"]
        );
        // One line break of a hard-wrapped paragraph, not a blank line.
        assert_eq!(
            units("the 6th Infantry\nBattalion post"),
            ["6th Infantry\nBattalion"]
        );
        assert_eq!(units("the 6th Infantry\n\nBattalion"), ["6th Infantry"]);
    }

    #[test]
    fn not_units() {
        for t in [
            "on the 3rd floor",
            "in his 2nd term",
            "in the 21st century",
            "the 21st Century Fund",
            "the third brigade",
            "the 54th brigade",
            "promoted to the First Division",
            "the 3rd Group",
            "on March 3rd Army officers",
            "First Provident Group Inc said",
            "21st Century Insurance Group",
            "the First International Economic Affairs Division",
        ] {
            assert!(units(t).is_empty(), "{t}");
        }
    }
}
