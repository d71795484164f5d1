//! The compiled image of the bundled gazetteers' matcher core: the patterns, their claims and
//! both tries as `compile.rs` and `trie.rs` build them, written by `build.rs` (which includes
//! this file by `#[path]`) and read back at start-up instead of being rebuilt.
//!
//! The image: little-endian `u32` words, then the two tries ([`Trie::encode`]). The words: a
//! tag; the file count and per file its text's length and [`super::tsv::hash`] (two words
//! each); the merged entry count and per entry its file and the byte offsets of its id and name
//! in that file's text (what [`Header`] lets the reader check against the entries it is
//! given); the pattern count, the offsets of the patterns in the string blob (one more than
//! patterns) and the pattern order; the claim count and per claim five words (target kind
//! and form and case bits, target index, the form's blob offset and length, the capitals
//! mask's low and high halves); each pattern's range; the lower-case-start pattern count and
//! list. Strings live in a separate blob (patterns and each distinct claim form once).

use std::borrow::Cow;
use std::collections::HashMap;

use super::compile::{Claim, Patterns, Target};
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
    pub patterns: Vec<&'static str>,
    pub order: Vec<u32>,
    pub claims: Vec<Claim>,
    pub ranges: Vec<(u32, u32)>,
    pub lower_start: Vec<u32>,
    /// The trie of all patterns and the one of the lower-case-start ones.
    pub tries: (Trie, Trie),
}

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
pub(crate) fn encode(
    header: &Header,
    patterns: &Patterns,
    tries: (&Trie, &Trie),
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
    for p in &patterns.patterns {
        words.push(blob.len() as u32);
        placed.entry(p).or_insert(blob.len() as u32);
        blob.push_str(p);
    }
    words.push(blob.len() as u32);
    words.extend(&patterns.order);
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
    words.push(patterns.lower_start.len() as u32);
    words.extend(&patterns.lower_start);
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    tries.0.encode(&mut bytes);
    tries.1.encode(&mut bytes);
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
        let b = self.bytes.get(self.at..self.at.checked_add(n.checked_mul(4)?)?)?;
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
    let offsets = w.list(n_patterns.checked_add(1)?)?;
    let patterns = offsets
        .windows(2)
        .map(|p| blob.get(p[0] as usize..p[1] as usize))
        .collect::<Option<Vec<&'static str>>>()?;
    let order = w.list(n_patterns)?;
    if order.iter().any(|&p| p as usize >= n_patterns) {
        return None;
    }
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
    let n_lower = w.next()? as usize;
    let lower_start = w.list(n_lower)?;
    if lower_start.iter().any(|&p| p as usize >= n_patterns) {
        return None;
    }
    let rest = bytes.get(w.at..)?;
    let (whole, used) = Trie::decode(rest)?;
    let (lower, used2) = Trie::decode(rest.get(used..)?)?;
    if used + used2 != rest.len()
        || whole.terminals_below() as usize > n_patterns
        || lower.terminals_below() as usize > n_patterns
    {
        return None;
    }
    Some(Decoded {
        patterns,
        order,
        claims,
        ranges,
        lower_start,
        tries: (whole, lower),
    })
}
