//! The compiled image of the bundled gazetteers' matcher core: the patterns, their claims and
//! both tries as `compile.rs` and `trie.rs` build them, written by `build.rs` (which includes
//! this file by `#[path]`) and read back at start-up instead of being rebuilt.
//!
//! The image: little-endian `u32` words, then the two tries ([`Trie::encode`]) and their
//! first-word table ([`FirstWords::encode`]). The words: a tag; the file count and per file
//! its text's length and [`super::tsv::hash`] (three words); the merged entry count and per
//! entry its file and the byte offsets of its id and name in that file's text (what
//! [`Header`] lets the reader check against the entries it is given); the pattern count; the
//! claim count and per claim six words (target kind, form and case bits; target index; the
//! form's offset and length in the string blob; the capitals mask's low and high halves); each
//! pattern's claim range; the two prefix sets ([`super::compile::prefix_sets`]: length, then
//! each word's low and high halves). The claims' forms live in a separate string blob, each
//! distinct form once. Patterns themselves are not kept: the tries, the first-word table and
//! the prefix sets are all the matcher reads of them.

use std::borrow::Cow;
use std::collections::HashMap;

use super::compile::{Claim, Patterns, Target};
use super::first_words::FirstWords;
use super::lexicon;
use super::trie::Trie;
use crate::model::MentionForm;

/// Changes with the layout.
const TAG: u32 = 0x6d61_7401;

/// What the image was built from: the bundled texts and the merged entries.
pub(crate) struct Header {
    /// Per bundled file (in the order of the bundled list): its text's length and hash.
    pub files: Vec<(u64, u64)>,
    /// Per merged entry: its file, and the byte offsets of its id and name in the text.
    pub entries: Vec<[u32; 3]>,
}

/// The image read back: what [`super::compile::patterns`] and the two tries give.
pub(crate) struct Decoded {
    pub claims: Vec<Claim>,
    pub ranges: Vec<(u32, u32)>,
    /// The trie of all patterns and the one of the lower-case-start ones.
    pub tries: (Trie, Trie),
    /// Their first-word table ([`super::compile::first_words`]).
    pub first_words: FirstWords,
    /// [`super::compile::prefix_sets`].
    pub prefixes2: [Box<[u64]>; 2],
}

#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the image
fn form_code(f: MentionForm) -> u32 {
    match f {
        MentionForm::Name => 0,
        MentionForm::Alias => 1,
        MentionForm::Acronym => 2,
        MentionForm::Demonym => 3,
        MentionForm::Surname => 4,
    }
}

fn form_of(code: u32) -> Option<MentionForm> {
    Some(match code {
        0 => MentionForm::Name,
        1 => MentionForm::Alias,
        2 => MentionForm::Acronym,
        3 => MentionForm::Demonym,
        4 => MentionForm::Surname,
        _ => return None,
    })
}

/// The image of `patterns` and its tries (all patterns, lower-case-start ones) built from
/// what `header` says: the words and the string blob.
#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the image
pub(crate) fn encode(
    header: &Header,
    patterns: &Patterns,
    tries: (&Trie, &Trie),
    first_words: &FirstWords,
) -> (Vec<u8>, String) {
    let mut words: Vec<u32> = vec![TAG, header.files.len() as u32];
    for &(len, hash) in &header.files {
        words.extend([len as u32, (hash & 0xffff_ffff) as u32, (hash >> 32) as u32]);
    }
    words.push(header.entries.len() as u32);
    words.extend(header.entries.iter().flatten());
    let mut blob = String::new();
    let mut placed: HashMap<&str, u32> = HashMap::new();
    words.push(patterns.patterns.len() as u32);
    words.push(patterns.claims.len() as u32);
    for c in &patterns.claims {
        let (kind, index) = match c.target {
            Target::Entity { entry, form } => (form_code(form), entry),
            Target::Title(t) => (5, u32::from(t)),
            Target::Honorific => (6, 0),
            Target::Capital(e) => (7, e),
        };
        let exact: &str = &c.exact;
        let at = match placed.get(exact) {
            Some(&at) => at,
            None => {
                let at = blob.len() as u32;
                blob.push_str(exact);
                at
            }
        };
        placed.entry(exact).or_insert(at);
        let capitals = c.capitals.unwrap_or(0);
        words.extend([
            kind | u32::from(c.nocase) << 8 | u32::from(c.capitals.is_some()) << 9,
            index,
            at,
            exact.len() as u32,
            (capitals & 0xffff_ffff) as u32,
            (capitals >> 32) as u32,
        ]);
    }
    words.extend(patterns.ranges.iter().flat_map(|&(a, b)| [a, b]));
    for set in super::compile::prefix_sets(&patterns.patterns, &patterns.lower_start) {
        words.push(set.len() as u32);
        words.extend(set.iter().flat_map(|&w| [w as u32, (w >> 32) as u32]));
    }
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    tries.0.encode(&mut bytes);
    tries.1.encode(&mut bytes);
    first_words.encode(&mut bytes);
    (bytes, blob)
}

/// Little-endian words read in order.
struct Words<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Words<'_> {
    #[inline]
    fn next(&mut self) -> Option<u32> {
        let b = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn list(&mut self, n: usize) -> Option<Vec<u32>> {
        let b = self
            .bytes
            .get(self.at..self.at.checked_add(n.checked_mul(4)?)?)?;
        self.at += 4 * n;
        Some(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
}

/// The image in `bytes` and `blob` when `fits` accepts its header (else, or for bytes no
/// [`encode`] wrote, `None`).
pub(crate) fn decode(
    bytes: &[u8],
    blob: &'static str,
    fits: impl FnOnce(&Header) -> bool,
) -> Option<Decoded> {
    let mut w = Words { bytes, at: 0 };
    if w.next()? != TAG {
        return None;
    }
    let n_files = w.next()? as usize;
    let mut files = Vec::with_capacity(n_files.min(1 << 10));
    for _ in 0..n_files {
        let len = u64::from(w.next()?);
        let hash = u64::from(w.next()?) | u64::from(w.next()?) << 32;
        files.push((len, hash));
    }
    let n_entries = w.next()? as usize;
    let flat = w.list(n_entries.checked_mul(3)?)?;
    let entries = flat.chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect();
    if !fits(&Header { files, entries }) {
        return None;
    }
    let n_patterns = w.next()? as usize;
    let n_claims = w.next()? as usize;
    let flat = w.list(n_claims.checked_mul(6)?)?;
    let mut claims = Vec::with_capacity(n_claims);
    for c in flat.chunks_exact(6) {
        let entry = (c[1] as usize) < n_entries;
        let target = match c[0] & 0xff {
            5 if (c[1] as usize) < lexicon::ROLE_TITLES.len() => Target::Title(c[1] as u16),
            6 => Target::Honorific,
            7 if entry => Target::Capital(c[1]),
            form if entry => Target::Entity {
                entry: c[1],
                form: form_of(form)?,
            },
            _ => return None,
        };
        let exact = blob.get(c[2] as usize..(c[2] as usize).checked_add(c[3] as usize)?)?;
        claims.push(Claim {
            target,
            exact: Cow::Borrowed(exact),
            nocase: c[0] & 1 << 8 != 0,
            capitals: (c[0] & 1 << 9 != 0).then_some(u64::from(c[4]) | u64::from(c[5]) << 32),
        });
    }
    let flat = w.list(n_patterns.checked_mul(2)?)?;
    let ranges: Vec<(u32, u32)> = flat.chunks_exact(2).map(|c| (c[0], c[1])).collect();
    if ranges
        .iter()
        .any(|&(a, b)| a > b || b as usize > claims.len())
    {
        return None;
    }
    let mut prefix_set = || -> Option<Box<[u64]>> {
        let n = w.next()? as usize;
        let halves = w.list(n.checked_mul(2)?)?;
        Some(
            halves
                .chunks_exact(2)
                .map(|h| u64::from(h[0]) | u64::from(h[1]) << 32)
                .collect(),
        )
    };
    let prefixes2 = [prefix_set()?, prefix_set()?];
    if prefixes2.iter().any(|set| set.len() != 1 << 8) {
        return None;
    }
    let rest = bytes.get(w.at..)?;
    let (whole, used) = Trie::decode(rest)?;
    let (lower, used2) = Trie::decode(rest.get(used..)?)?;
    let rest = rest.get(used + used2..)?;
    let (first_words, used3) = FirstWords::decode(rest, [whole.node_count(), lower.node_count()])?;
    if used3 != rest.len()
        || whole.terminals_below() as usize > n_patterns
        || lower.terminals_below() as usize > n_patterns
    {
        return None;
    }
    Some(Decoded {
        claims,
        ranges,
        tries: (whole, lower),
        first_words,
        prefixes2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::matcher::Matcher;
    use crate::gazetteer::{compile, data};
    use crate::model::Document;
    use crate::testutil::{seed_and_hard_files, Xorshift};

    fn trie_bytes(t: &Trie) -> Vec<u8> {
        let mut out = Vec::new();
        t.encode(&mut out);
        out
    }

    /// `d` holds exactly what the run time compiles as `p`.
    fn assert_same(d: &Decoded, p: &Patterns) {
        assert_eq!(
            d.prefixes2,
            compile::prefix_sets(&p.patterns, &p.lower_start)
        );
        assert_eq!(format!("{:?}", d.claims), format!("{:?}", p.claims));
        assert_eq!(d.ranges, p.ranges);
        let (whole, lower) = compile::tries(p);
        assert_eq!(trie_bytes(&d.tries.0), trie_bytes(&whole));
        assert_eq!(trie_bytes(&d.tries.1), trie_bytes(&lower));
        let words = |w: &FirstWords| {
            let mut out = Vec::new();
            w.encode(&mut out);
            out
        };
        assert_eq!(
            words(&d.first_words),
            words(&compile::first_words(p, &whole, &lower))
        );
    }

    #[test]
    fn the_bundled_image_is_what_the_run_time_compiles() {
        let sources = data::load_sources(&[]).expect("bundled files");
        let files = data::parse_all(&sources).expect("bundled files parse");
        let entries = data::merge(&files);
        assert!(entries.len() > 10_000, "{} entries", entries.len());
        let d = data::matcher_image(&entries).expect("the image fits the bundled entries");
        assert!(d.claims.len() > 50_000, "{} claims", d.claims.len());
        assert_same(&d, &compile::patterns(&entries));
    }

    #[test]
    fn other_entries_get_no_image() {
        let sources = data::load_sources(&[]).expect("bundled files");
        let files = data::parse_all(&sources).expect("bundled files parse");
        let entries = data::merge(&files);
        assert!(data::matcher_image(&entries[..entries.len() - 1]).is_none());
        let mut swapped = entries.clone();
        swapped.swap(3, 4);
        assert!(data::matcher_image(&swapped).is_none());
        // The same entry with its name in another string.
        let mut renamed = (*entries[7]).clone();
        let name = renamed.name.to_string();
        renamed.name = &name;
        let mut changed = entries.clone();
        changed[7] = &renamed;
        assert!(data::matcher_image(&changed).is_none());
        // A user file that overrides an entry by id, or adds one.
        let mini = include_str!("../../tests/fixtures/gazetteer/mini.tsv");
        let user = data::parse("mini.tsv", "mini", mini, false).expect("mini parses");
        let mut with_user = files.clone();
        with_user.push(user);
        assert!(data::matcher_image(&data::merge(&with_user)).is_none());
        let first = entries[0];
        let line = format!("{}\t{}\t{}", first.id, first.label, first.name);
        let text = format!("{}\n{line}\n", data::HEADER.join("\t"));
        let over = data::parse("o.tsv", "o", &text, false).expect("parses");
        let mut overridden = files.clone();
        overridden.push(over);
        let merged = data::merge(&overridden);
        assert_eq!(merged.len(), entries.len());
        assert!(data::matcher_image(&merged).is_none());
    }

    /// The image of the test gazetteer, written as `build.rs` writes the bundled one.
    fn mini_image() -> (Vec<u8>, &'static str, Patterns) {
        let mini = include_str!("../../tests/fixtures/gazetteer/mini.tsv");
        let file = data::parse("mini.tsv", "mini", mini, false).expect("mini parses");
        let files = [file];
        let entries = data::merge(&files);
        let p = compile::patterns(&entries);
        let (whole, lower) = compile::tries(&p);
        let header = Header {
            files: vec![(mini.len() as u64, 7)],
            entries: (0..entries.len() as u32).map(|i| [0, i, i]).collect(),
        };
        let words = compile::first_words(&p, &whole, &lower);
        let (bytes, blob) = encode(&header, &p, (&whole, &lower), &words);
        (bytes, Box::leak(blob.into_boxed_str()), p)
    }

    #[test]
    fn an_image_reads_back_and_damaged_ones_are_refused() {
        let (bytes, blob, p) = mini_image();
        let d = decode(&bytes, blob, |h| h.files == [(h.files[0].0, 7)]).expect("reads back");
        assert_same(&d, &p);
        assert!(decode(&bytes, blob, |_| false).is_none());
        let mut rng = Xorshift(0x1a6e_5eed);
        for _ in 0..300 {
            let cut = rng.below(bytes.len());
            assert!(
                decode(&bytes[..cut], blob, |_| true).is_none(),
                "cut at {cut}"
            );
            // Any byte changed: refused or read, never a panic.
            let mut bad = bytes.clone();
            let at = rng.below(bad.len());
            bad[at] ^= 1 << rng.below(8);
            let _ = decode(&bad, blob, |_| true);
        }
        assert!(decode(&bytes, &blob[..blob.len() / 2], |_| true).is_none());
    }

    /// Every annotation of `m` on `text`, printed.
    fn tags(m: &Matcher, text: &str) -> String {
        let doc = Document::from_text("t", text);
        let mut out = Vec::new();
        m.extract(&doc, &mut out);
        format!("{out:?}")
    }

    #[test]
    fn the_image_matcher_tags_as_the_compiled_one() {
        let sources = data::load_sources(&[]).expect("bundled files");
        let files = data::parse_all(&sources).expect("bundled files parse");
        let entries = data::merge(&files);
        let imaged = Matcher::new(&entries).expect("builds");
        let compiled = Matcher::compiled(&entries).expect("builds");
        let mut texts = seed_and_hard_files();
        let pieces = [
            "Putin",
            "President ",
            "al-Qaida",
            "Washington",
            "U.S.",
            " said",
            ". ",
            "\n",
            "Afghans",
            " the ",
            "Minister ",
            "É",
            "Kabul",
            "KABUL",
            "Mr. ",
            "Foreign ",
            "Pakistan",
            "'s ",
            "spokesperson ",
            ", ",
            "Taliban",
            "UN",
            "Security Council ",
            "Biden",
        ];
        let mut rng = Xorshift(0x0017_1a6e);
        for _ in 0..300 {
            let n = 1 + rng.below(60);
            texts.push(rng.concat(&pieces, n));
        }
        let mut tagged = 0;
        for text in &texts {
            let got = tags(&imaged, text);
            assert_eq!(got, tags(&compiled, text), "{text:?}");
            tagged += usize::from(got.len() > 2);
        }
        assert!(tagged > 200, "{tagged} texts with entities");
    }
}
