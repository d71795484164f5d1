//! Officials by the last word of each of their names and aliases (`Matcher::known_official`):
//! a shortened name after a title ("Mumtaz Baloch" for "Mumtaz Zahra Baloch") links to the
//! one official whose name contains its words in order.
//!
//! Built once per process on the first document that asks, so its cost is paid by every CLI
//! run and every small corpus: the names' words go into one flat buffer (no `String` per word
//! or `Vec` per name), and the keys are one vector sorted by the key's hash, looked up by
//! binary search, instead of a hash map of vectors.

use std::hash::Hasher;
use std::sync::{Mutex, PoisonError};

use super::normalize;
use crate::fxhash::{Fx, FxHashMap};

/// The names of the officials (name and aliases of each official entry), kept from
/// `Matcher::new` for building [`BySurname`] on first use: one text, one span per name.
#[derive(Default)]
pub(super) struct OfficialNames {
    text: String,
    /// (entry, start, end) of each name in `text`, in entry order.
    names: Vec<(u32, u32, u32)>,
}

impl OfficialNames {
    pub(super) fn push(&mut self, entry: u32, name: &str) {
        let start = self.text.len() as u32;
        self.text.push_str(name);
        self.names.push((entry, start, self.text.len() as u32));
    }

    /// Name `k` and its entry.
    fn get(&self, k: usize) -> (u32, &str) {
        let (e, s, t) = self.names[k];
        (e, &self.text[s as usize..t as usize])
    }

    /// The names of entry `e` (pushed in entry order).
    fn of(&self, e: u32) -> impl Iterator<Item = &str> {
        let from = self.names.partition_point(|n| n.0 < e);
        self.names[from..]
            .iter()
            .take_while(move |n| n.0 == e)
            .map(|&(_, s, t)| &self.text[s as usize..t as usize])
    }

    fn iter(&self) -> impl Iterator<Item = (u32, &str)> {
        self.names
            .iter()
            .map(|&(e, s, t)| (e, &self.text[s as usize..t as usize]))
    }
}

/// The words of names as spans of one text.
#[derive(Default)]
pub(super) struct NameWords {
    text: String,
    spans: Vec<(u32, u32)>,
}

impl NameWords {
    /// Appends the words of `name`: normalized ([`normalize::pattern`]), lower case, split at
    /// spaces, trimmed of characters that are not alphanumeric, without apostrophes, empty
    /// words left out.
    pub(super) fn push_name(&mut self, name: &str) {
        if !name.is_ascii() {
            for w in normalize::pattern(name).to_lowercase().split(' ') {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                if w.is_empty() {
                    continue;
                }
                let start = self.text.len() as u32;
                for part in w.split('\'') {
                    self.text.push_str(part);
                }
                self.spans.push((start, self.text.len() as u32));
            }
            return;
        }
        // ASCII: normalizing turns '-' and whitespace into (single) spaces and '`' into an
        // apostrophe and keeps every other byte, so the words are the runs between '-' and
        // whitespace, trimmed of non-alphanumeric bytes, without '\'' and '`'.
        let bytes = name.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        loop {
            // Bytes before a word's first alphanumeric one are trimmed (or separators).
            while i < n && CLASS[bytes[i] as usize] != ALNUM {
                i += 1;
            }
            if i == n {
                break;
            }
            let (first, mut last, mut quote) = (i, i, false);
            while i < n {
                match CLASS[bytes[i] as usize] {
                    ALNUM => last = i,
                    SEPARATOR => break,
                    QUOTE => quote = true,
                    _ => {}
                }
                i += 1;
            }
            let start = self.text.len();
            if quote {
                self.text.extend(
                    bytes[first..=last]
                        .iter()
                        .filter(|&&b| CLASS[b as usize] != QUOTE)
                        .map(|&b| char::from(b)),
                );
            } else {
                // ASCII, so any byte range is a `str` range.
                self.text.push_str(&name[first..=last]);
            }
            self.text[start..].make_ascii_lowercase();
            self.spans.push((start as u32, self.text.len() as u32));
        }
    }

    /// The words of one name.
    fn of(name: &str) -> NameWords {
        let mut words = NameWords::default();
        words.push_name(name);
        words
    }

    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    pub(super) fn get(&self, i: usize) -> &str {
        let (s, e) = self.spans[i];
        &self.text[s as usize..e as usize]
    }

    /// The words `from..to` as string slices.
    pub(super) fn range(&self, from: usize, to: usize) -> impl Iterator<Item = &str> + Clone {
        self.spans[from..to]
            .iter()
            .map(|&(s, e)| &self.text[s as usize..e as usize])
    }
}

const OTHER: u8 = 0;
const ALNUM: u8 = 1;
const SEPARATOR: u8 = 2;
const QUOTE: u8 = 3;
const NON_ASCII: u8 = 4;

/// [`CLASS`] of each byte ([`NON_ASCII`] from 0x80 up), and the byte in lower case.
static BYTES: [(u8, u8); 256] = {
    let mut t = [(NON_ASCII, 0); 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = (CLASS[b], (b as u8).to_ascii_lowercase());
        b += 1;
    }
    t
};

/// Byte classes of ASCII names: alphanumeric, word separators ('-' and ASCII whitespace),
/// apostrophes ('\'' and '`'), other.
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c == b'-' || c.is_ascii_whitespace() {
            SEPARATOR
        } else if c == b'\'' || c == b'`' {
            QUOTE
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// The hash of a word, one byte at a time from its end: [`last_word_hash`] hashes a name's
/// last word while it walks back over it, lowering case and leaving out apostrophes, without
/// finding its start or copying it first.
fn hash(word: &str) -> u64 {
    let mut h = Fx::default();
    for b in word.bytes().rev() {
        h.write_u8(b);
    }
    h.finish()
}

/// The hash of the last word of `name` as [`NameWords::push_name`] splits it (`None`: no
/// word), without splitting the rest.
fn last_word_hash(name: &str) -> Option<u64> {
    let bytes = name.as_bytes();
    // Past the bytes after the last alphanumeric one, then back over the last word's run to
    // the separator before it. The run's bytes before its first alphanumeric one are
    // trimmed: the hash kept is the one after the last alphanumeric byte hashed. Only the
    // bytes walked over need to be ASCII.
    let mut i = bytes.len();
    loop {
        match BYTES[usize::from(*bytes.get(i.checked_sub(1)?)?)] {
            (ALNUM, _) => break,
            (NON_ASCII, _) => return non_ascii_last_word_hash(name),
            _ => i -= 1,
        }
    }
    let (mut h, mut kept) = (Fx::default(), 0);
    for &b in bytes[..i].iter().rev() {
        match BYTES[usize::from(b)] {
            (ALNUM, lower) => {
                h.write_u8(lower);
                kept = h.finish();
            }
            (OTHER, b) => h.write_u8(b),
            (QUOTE, _) => {}
            (SEPARATOR, _) => break,
            _ => return non_ascii_last_word_hash(name),
        }
    }
    Some(kept)
}

/// [`last_word_hash`] of a name whose last word (or what follows it) is not ASCII: the words of the part after its
/// last ASCII space are the name's last words (normalizing maps characters one by one and
/// only merges runs of spaces, and a space stops the context lower-casing looks at), so
/// only that part is normalized and split, unless it holds no word.
fn non_ascii_last_word_hash(name: &str) -> Option<u64> {
    let tail = name.rfind(' ').map_or(name, |at| &name[at + 1..]);
    let mut words = NameWords::of(tail);
    if words.len() == 0 && tail.len() < name.len() {
        words = NameWords::of(name);
    }
    (words.len() > 0).then(|| hash(words.get(words.len() - 1)))
}

/// Officials by the last word of each name and alias (normalized, lower case): only the
/// hash of that word per name, chained in buckets. A lookup splits the few names of its
/// bucket into words then; the first version split all ~24,500 names when it was built
/// (27 M instructions, paid by every process on its first document that asked).
pub(super) struct BySurname {
    /// Per name of [`OfficialNames::names`]: the hash of its last word and the next name in
    /// the same bucket (`u32::MAX`: none).
    keys: Vec<(u64, u32)>,
    /// Per bucket (`hash & mask`), its last name (`u32::MAX`: none).
    heads: Vec<u32>,
    mask: u64,
    /// The names found for each last word asked so far ([`BySurname::under`]): a story
    /// names its officials again and again.
    cache: Mutex<FxHashMap<Box<str>, Under>>,
}

impl BySurname {
    /// Every name of `names` under the hash of its last word.
    pub(super) fn build(names: &OfficialNames) -> Self {
        let size = (names.names.len() * 2).next_power_of_two().max(16);
        let mask = size as u64 - 1;
        let mut heads = vec![u32::MAX; size];
        let mut keys = Vec::with_capacity(names.names.len());
        for (k, (_, name)) in names.iter().enumerate() {
            let Some(h) = last_word_hash(name) else {
                keys.push((0, u32::MAX));
                continue;
            };
            let head = &mut heads[(h & mask) as usize];
            keys.push((h, *head));
            *head = k as u32;
        }
        BySurname {
            keys,
            heads,
            mask,
            cache: Mutex::default(),
        }
    }

    /// The one official with a name that contains all of `words` in order and ends in their
    /// last word (with `same_first`, also with the same first word); `None` when no official
    /// or two have one. A name counts too up to a word before its last one (not its first)
    /// that is that official's surname form: the officials `surname_of` lists for the last of
    /// `words` ("Luis Arce" for Luis Alberto Arce Catacora). `surname_of` must depend on the
    /// last word only: the names found for a last word are kept for the next lookup.
    pub(super) fn find(
        &self,
        names: &OfficialNames,
        words: &[&str],
        same_first: bool,
        surname_of: &[u32],
    ) -> Option<u32> {
        let last = *words.last()?;
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if !cache.contains_key(last) {
            if cache.len() >= CACHE_MAX {
                cache.clear();
            }
            let found = self.under(names, last, surname_of);
            cache.insert(last.into(), found);
        }
        let mut found = None;
        for (e, long) in cache.get(last)? {
            let long = long.range(0, long.len());
            if same_first && long.clone().next() != words.first().copied() {
                continue;
            }
            // `words` a subsequence of `long`.
            let mut it = long;
            if !words.iter().all(|w| it.any(|l| l == *w)) {
                continue;
            }
            match found {
                None => found = Some(*e),
                Some(f) if f != *e => return None,
                _ => {}
            }
        }
        found
    }

    /// The names ending in `last` (and those of the officials of `surname_of` up to a word
    /// `last` before their last one, not their first): entry and words.
    fn under(
        &self,
        names: &OfficialNames,
        last: &str,
        surname_of: &[u32],
    ) -> Vec<(u32, NameWords)> {
        let mut found = Vec::new();
        let h = hash(last);
        let mut at = self.heads[(h & self.mask) as usize];
        while let Some(&(kh, next)) = self.keys.get(at as usize) {
            let (e, name) = names.get(at as usize);
            at = next;
            if kh != h {
                continue;
            }
            let split = NameWords::of(name);
            if split.len() > 0 && split.get(split.len() - 1) == last {
                found.push((e, split));
            }
        }
        for &e in surname_of {
            for name in names.of(e) {
                let split = NameWords::of(name);
                for i in 1..split.len().saturating_sub(1) {
                    if split.get(i) == last {
                        let mut part = NameWords::default();
                        for w in split.range(0, i + 1) {
                            let start = part.text.len() as u32;
                            part.text.push_str(w);
                            part.spans.push((start, part.text.len() as u32));
                        }
                        found.push((e, part));
                    }
                }
            }
        }
        found
    }
}

/// The names [`BySurname::under`] finds for a last word: entry and words.
type Under = Vec<(u32, NameWords)>;

/// Last words kept by [`BySurname`] at most (then forgotten, all at once).
const CACHE_MAX: usize = 50_000;

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::gazetteer::data;

    /// The first-written tokenizer.
    fn reference_words(name: &str) -> Vec<String> {
        normalize::pattern(name)
            .to_lowercase()
            .split(' ')
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .replace('\'', "")
            })
            .filter(|w| !w.is_empty())
            .collect()
    }

    fn words_of(name: &str) -> Vec<String> {
        let mut w = NameWords::default();
        w.push_name(name);
        w.range(0, w.len()).map(str::to_string).collect()
    }

    fn bundled_officials() -> Vec<(u32, Vec<String>)> {
        let sources = data::load_sources(&[]).expect("bundled gazetteers");
        let files = data::parse_all(&sources).expect("bundled gazetteers parse");
        let entries = data::merge(&files);
        let mut out = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.label == "OFFICIAL" {
                let names = std::iter::once(&e.name).chain(&e.aliases);
                out.push((i as u32, names.map(|n| n.to_string()).collect()));
            }
        }
        out
    }

    #[test]
    fn words_agree_with_the_reference() {
        let odd = [
            "",
            "   ",
            "O'Brien",
            "'Abd al-Aziz'",
            "Abu Bakr al-Baghdadi",
            "José Manuel Durão Barroso",
            "ÓSCAR ARIAS",
            "Recep Tayyip Erdoğan",
            "İlham Əliyev",
            "ΟΔΥΣΣΕΑΣ ΣΑΣ",
            "Сергей Лавров",
            "محمد بن سلمان",
            "Jr. (acting) , & Co.",
            "Mahamat Idriss Déby Itno",
            "A''B  C-D `E` ''",
            "x' 'y '' z'z'",
            "N’Djamena d’Ivoire",
            "a\u{b}b \u{b}c\u{b}",
            "x`y `a` b'`c",
            "a-b--c -d- \t e\r\nf\u{c}g",
            "Jr. 'Abu' (Ali) al-Sisi's",
            "\u{1f}q\u{7f} #1 2nd",
            "Mc'Donald'",
            "a b-'C'D'e' ..",
            "x Averyveryveryveryveryveryveryveryveryveryveryveryveryverylongname'word",
            "Idriss Déby ’",
            "Сергей Лавров -- ",
            "Ali \u{a0}Déby",
            "ΟΔΥΣΣΕΑΣ ΣΑΣ.",
            "Mahamat\u{2010}Déby ' ",
            "é x",
            "Ali\u{a0}Deby",
            "x Ali\u{2010}Deby's",
            "Durão Barroso (acting)",
            "Déby ''",
        ];
        let last_hash = |name: &str| reference_words(name).last().map(|w| hash(w));
        for name in odd {
            assert_eq!(words_of(name), reference_words(name), "{name:?}");
            assert_eq!(last_word_hash(name), last_hash(name), "{name:?}");
        }
        let officials = bundled_officials();
        assert!(officials.len() > 1000);
        for (_, names) in &officials {
            for n in names {
                assert_eq!(words_of(n), reference_words(n), "{n:?}");
                assert_eq!(last_word_hash(n), last_hash(n), "{n:?}");
            }
        }
    }

    /// The map as first written: a hash map of vectors of word vectors.
    fn reference_find(
        map: &HashMap<String, Vec<(u32, Vec<String>)>>,
        words: &[String],
        same_first: bool,
    ) -> Option<u32> {
        let mut found = None;
        for (e, long) in map.get(words.last()?)? {
            let mut it = long.iter();
            let sub = words.iter().all(|w| it.any(|l| l == w));
            if sub && (!same_first || long.first() == words.first()) {
                match found {
                    None => found = Some(*e),
                    Some(f) if f != *e => return None,
                    _ => {}
                }
            }
        }
        found
    }

    #[test]
    fn lookups_agree_with_the_reference_map() {
        let officials = bundled_officials();
        // A surname predicate that fires often: every word of four or more letters starting
        // with a consonant of the official's own entry number's parity.
        let is_surname = |w: &str, e: u32| {
            w.len() >= 4 && w.bytes().next().is_some_and(|b| (b as u32 + e) % 3 == 0)
        };
        let mut names = OfficialNames::default();
        let mut map: HashMap<String, Vec<(u32, Vec<String>)>> = HashMap::new();
        for (e, ns) in &officials {
            for n in ns {
                names.push(*e, n);
                let words = reference_words(n);
                for (i, w) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
                    if i > 0 && is_surname(w, *e) {
                        map.entry(w.clone())
                            .or_default()
                            .push((*e, words[..=i].to_vec()));
                    }
                }
                if let Some(last) = words.last() {
                    map.entry(last.clone()).or_default().push((*e, words));
                }
            }
        }
        let by = BySurname::build(&names);
        // The surname forms by word, as `Matcher::surnames` lists them.
        let mut surname_of: HashMap<String, Vec<u32>> = HashMap::new();
        for (e, ns) in &officials {
            for n in ns {
                for w in reference_words(n) {
                    if is_surname(&w, *e) {
                        let list = surname_of.entry(w).or_default();
                        if !list.contains(e) {
                            list.push(*e);
                        }
                    }
                }
            }
        }
        let mut queries: Vec<Vec<String>> = Vec::new();
        for (_, ns) in &officials {
            for n in ns {
                let w = reference_words(n);
                if w.len() >= 2 {
                    queries.push(w.clone());
                    queries.push(vec![w[0].clone(), w[w.len() - 1].clone()]);
                    queries.push(w[w.len() - 2..].to_vec());
                    queries.push(vec![w[1].clone(), w[0].clone()]);
                    queries.push(w[..2].to_vec());
                }
            }
        }
        queries.push(vec!["nobody".into(), "zzzz".into()]);
        queries.push(vec![]);
        let mut hits = 0;
        for q in &queries {
            let refs: Vec<&str> = q.iter().map(String::as_str).collect();
            for same_first in [false, true] {
                let want = reference_find(&map, q, same_first);
                hits += usize::from(want.is_some());
                let of = q
                    .last()
                    .and_then(|w| surname_of.get(w))
                    .map_or(&[][..], Vec::as_slice);
                assert_eq!(
                    by.find(&names, &refs, same_first, of),
                    want,
                    "{q:?} {same_first}"
                );
            }
        }
        assert!(hits > 1000, "{hits}");
    }
}
