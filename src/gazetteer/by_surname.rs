//! Officials by the last word of each of their names and aliases (`Matcher::known_official`):
//! a shortened name after a title ("Mumtaz Baloch" for "Mumtaz Zahra Baloch") links to the
//! one official whose name contains its words in order.
//!
//! Built once per process on the first document that asks, so its cost is paid by every CLI
//! run and every small corpus: the names' words go into one flat buffer (no `String` per word
//! or `Vec` per name), and the keys are one vector sorted by the key's hash, looked up by
//! binary search, instead of a hash map of vectors.

use std::hash::Hasher;

use super::normalize;
use crate::fxhash::Fx;

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

fn hash(word: &str) -> u64 {
    let mut h = Fx::default();
    h.write(word.as_bytes());
    h.finish()
}

/// One name (or the part of it up to a surname form) under its last word.
#[derive(Clone, Copy)]
struct Key {
    hash: u64,
    entry: u32,
    /// The name's words are `words[first..=last]`; the key is the last.
    first: u32,
    last: u32,
    /// The next key in the same bucket (`u32::MAX`: none).
    next: u32,
}

/// Officials by the last word of each name and alias (normalized, lower case), with all the
/// words.
pub(super) struct BySurname {
    words: NameWords,
    keys: Vec<Key>,
    /// Per bucket (`hash & mask`), its last key (`u32::MAX`: none); chained by `Key::next`.
    heads: Vec<u32>,
    mask: u64,
}

impl BySurname {
    /// Every name of `names` under its last word; and, when a word before the last one (not
    /// the first) is a surname form of the same official (`is_surname(word, entry)`: the
    /// first of two Spanish surnames, "Arce" of Luis Alberto Arce Catacora), the name up to
    /// that word under that word too: "Luis Arce".
    pub(super) fn build(names: &OfficialNames, is_surname: impl Fn(&str, u32) -> bool) -> Self {
        let mut words = NameWords {
            text: String::with_capacity(names.text.len() + names.text.len() / 8),
            spans: Vec::with_capacity(names.names.len() * 3),
        };
        let mut keys = Vec::with_capacity(names.names.len() + names.names.len() / 8);
        for (entry, name) in names.iter() {
            let first = words.len();
            words.push_name(name);
            let end = words.len();
            if end == first {
                continue;
            }
            for i in first + 1..end - 1 {
                let w = words.get(i);
                if is_surname(w, entry) {
                    keys.push(Key {
                        hash: hash(w),
                        entry,
                        first: first as u32,
                        last: i as u32,
                        next: u32::MAX,
                    });
                }
            }
            keys.push(Key {
                hash: hash(words.get(end - 1)),
                entry,
                first: first as u32,
                last: (end - 1) as u32,
                next: u32::MAX,
            });
        }
        // Chained buckets, at most half full. The order of a bucket's keys does not matter:
        // `find` asks for one entry or none.
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mask = size as u64 - 1;
        let mut heads = vec![u32::MAX; size];
        for (k, key) in keys.iter_mut().enumerate() {
            let head = &mut heads[(key.hash & mask) as usize];
            key.next = *head;
            *head = k as u32;
        }
        BySurname {
            words,
            keys,
            heads,
            mask,
        }
    }

    /// The names whose last word is `last`: their entry and words.
    fn under<'a>(
        &'a self,
        last: &'a str,
    ) -> impl Iterator<Item = (u32, impl Iterator<Item = &'a str> + Clone)> + 'a {
        let h = hash(last);
        let mut at = self.heads[(h & self.mask) as usize];
        std::iter::from_fn(move || {
            let k = self.keys.get(at as usize)?;
            at = k.next;
            Some(k)
        })
        .filter(move |k| k.hash == h && self.words.get(k.last as usize) == last)
        .map(|k| {
            (
                k.entry,
                self.words.range(k.first as usize, k.last as usize + 1),
            )
        })
    }

    /// The one official with a name under the last word of `words` that contains all of
    /// `words` in order (with `same_first`, also with the same first word); `None` when no
    /// official or two have one.
    pub(super) fn find(&self, words: &[&str], same_first: bool) -> Option<u32> {
        let mut found = None;
        for (e, mut long) in self.under(words.last()?) {
            if same_first && long.clone().next() != words.first().copied() {
                continue;
            }
            // `words` a subsequence of `long`.
            if !words.iter().all(|w| long.any(|l| l == *w)) {
                continue;
            }
            match found {
                None => found = Some(e),
                Some(f) if f != e => return None,
                _ => {}
            }
        }
        found
    }
}

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
        ];
        for name in odd {
            assert_eq!(words_of(name), reference_words(name), "{name:?}");
        }
        let officials = bundled_officials();
        assert!(officials.len() > 1000);
        for (_, names) in &officials {
            for n in names {
                assert_eq!(words_of(n), reference_words(n), "{n:?}");
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
        let by = BySurname::build(&names, is_surname);
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
                assert_eq!(by.find(&refs, same_first), want, "{q:?} {same_first}");
            }
        }
        assert!(hits > 1000, "{hits}");
    }
}
