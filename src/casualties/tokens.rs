//! Word tokens of one sentence (lowercased copy for matching, byte ranges of the document for
//! reporting) and the quantity parser ("at least 21", "twenty-one", "a dozen", "between 10 and
//! 12", "no one").

use crate::fxhash::FxHashSet as HashSet;
use std::cell::Cell;
use std::sync::OnceLock;

use crate::model::Count;

use super::lexicon::{
    apply_modifier, Modifier, ARTICLES, DOZEN, EXACT_WORDS, FRACTIONS, MODIFIERS, NEGATORS,
    NO_FIGURE, OR_MORE, POSSESSIVES, QUOTED_FATES, SCALES, UNITS, VAGUE, YEAR_CUES,
};

/// One token: a word (letters/digits with inner hyphens, apostrophes, and digit separators) or
/// one punctuation character.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    /// Byte range in the document text.
    pub start: usize,
    pub end: usize,
    /// Byte range of the lowercased form in [`Tokens::lower`].
    lstart: usize,
    lend: usize,
    pub word: bool,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Two or more ASCII letters, all capitals ("UNITA", "NATO"): in mixed-case text an acronym.
    pub acronym: bool,
}

/// The tokens of one sentence.
#[derive(Default)]
pub struct Tokens {
    pub toks: Vec<Tok>,
    lower: String,
    /// The quantity parsed at each token, once (patterns ask for the same positions often).
    quantities: Vec<Cell<Option<Option<Quantity>>>>,
    /// The sentence is in upper case (an all-caps wire): capitals say nothing about names.
    pub upper: bool,
    /// Counts given to words without a figure ("numerous" → 4) by a data convention; empty
    /// under the guidelines, which leave such statements out.
    pub unquantified: &'static [(&'static str, u64)],
}

/// Whether `piece` is two or more ASCII capitals and nothing else ("UNITA").
fn is_acronym(piece: &str) -> bool {
    piece.len() >= 2 && piece.bytes().all(|b| b.is_ascii_uppercase())
}

/// The char at byte `i` of `s` (a char boundary), if any.
#[inline]
fn next_char(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

fn is_inner(prev: char, c: char, next: Option<char>) -> bool {
    let Some(next) = next else { return false };
    match c {
        '-' | '‐' | '\'' | '’' => prev.is_alphanumeric() && next.is_alphanumeric(),
        ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
        // "1.2 million"; "U.S." (capital initials: the final dot is added by `fill`)
        '.' => {
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (prev.is_ascii_uppercase() && next.is_ascii_uppercase())
        }
        _ => false,
    }
}

impl Tokens {
    /// Re-tokenizes `text[range]`, reusing the buffers.
    pub fn fill(&mut self, text: &str, range: std::ops::Range<usize>) {
        self.toks.clear();
        self.lower.clear();
        self.quantities.clear();
        let s = &text[range.clone()];
        let bytes = s.as_bytes();
        // One allocation each for a fresh buffer (a new one per document) instead of growing
        // by doubling: about a token per four bytes, a lower-case byte per byte.
        self.toks.reserve(s.len() / 4 + 8);
        self.lower.reserve(s.len() + 8);
        let mut word_start: Option<usize> = None;
        let mut prev = ' ';
        let mut i = 0;
        // ASCII bytes are read without decoding a char; the next char is decoded only where
        // `is_inner` asks for it.
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                // A run of ASCII letters and digits is inside one word: what the steps below
                // do for each of its bytes, in one go.
                word_start.get_or_insert(i);
                let run = bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - i);
                i += run;
                prev = char::from(bytes[i - 1]);
                continue;
            }
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                match s[i..].chars().next() {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                }
            };
            let in_word = if b < 0x80 {
                b.is_ascii_alphanumeric()
                    || (word_start.is_some()
                        && matches!(b, b'-' | b'\'' | b',' | b'.')
                        && is_inner(prev, c, next_char(s, i + 1)))
            } else {
                c.is_alphanumeric()
                    || (word_start.is_some() && is_inner(prev, c, next_char(s, i + len)))
            };
            let at = i;
            i += len;
            if in_word {
                if word_start.is_none() {
                    word_start = Some(at);
                }
            } else {
                if let Some(ws) = word_start.take() {
                    // Initials keep their final dot ("U.S."): one word, not a sentence end.
                    let initials =
                        c == '.' && bytes[ws].is_ascii_uppercase() && bytes[ws..at].contains(&b'.');
                    let end = if initials { at + 1 } else { at };
                    self.push(s, range.start, ws, end, true);
                    if initials {
                        prev = c;
                        continue;
                    }
                }
                let space = if b < 0x80 {
                    b.is_ascii_whitespace() || b == 0x0b
                } else {
                    c.is_whitespace()
                };
                if !space {
                    self.push(s, range.start, at, at + len, false);
                }
            }
            prev = c;
        }
        if let Some(ws) = word_start {
            self.push(s, range.start, ws, s.len(), true);
        }
        self.drop_scare_quotes(s, range.start);
        self.quantities.resize(self.toks.len(), Cell::new(None));
        self.upper = !bytes.iter().any(u8::is_ascii_lowercase)
            && bytes
                .iter()
                .filter(|b| b.is_ascii_uppercase())
                .nth(2)
                .is_some();
    }

    /// Scare quotes around a count of one to three words ('killed "dozens" of soldiers') are
    /// dropped: the marks say nothing about the count. Quotes around other words stay (the
    /// "murder" of …, ironic or disputed, is not read through the marks).
    fn drop_scare_quotes(&mut self, s: &str, base: usize) {
        let is_mark = |t: &Tok| {
            !t.word
                && matches!(
                    s.get(t.start - base..t.end - base),
                    Some("\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}")
                )
        };
        let n = self.toks.len();
        // The marks to drop, in order (allocated only when there are some).
        let mut drop: Vec<usize> = Vec::new();
        let mut x = 0;
        while x < n {
            if is_mark(&self.toks[x]) {
                let close = (x + 2..(x + 5).min(n)).find(|&y| is_mark(&self.toks[y]));
                let count = |z: usize| {
                    let w = &self.lower[self.toks[z].lstart..self.toks[z].lend];
                    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
                        || quantity_starts().contains(w)
                };
                if let Some(y) =
                    close.filter(|&y| (x + 1..y).all(|z| self.toks[z].word) && count(x + 1))
                {
                    drop.extend([x, y]);
                    x = y + 1;
                    continue;
                }
                // 'were "neutralised"': the euphemism is read through its opening mark, the
                // closing one stays for the span.
                if close == Some(x + 2) && self.toks[x + 1].word {
                    let w = &self.lower[self.toks[x + 1].lstart..self.toks[x + 1].lend];
                    if QUOTED_FATES.contains(&w) {
                        drop.push(x);
                        x += 3;
                        continue;
                    }
                }
            }
            x += 1;
        }
        if !drop.is_empty() {
            let mut k = 0;
            let mut next = drop.iter().peekable();
            self.toks.retain(|_| {
                k += 1;
                let dropped = next.peek() == Some(&&(k - 1));
                if dropped {
                    next.next();
                }
                !dropped
            });
        }
    }

    fn push(&mut self, s: &str, base: usize, a: usize, b: usize, word: bool) {
        let lstart = self.lower.len();
        let piece = &s[a..b];
        let cap = if piece.is_ascii() {
            self.lower.push_str(piece);
            self.lower[lstart..].make_ascii_lowercase();
            piece.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        } else {
            for c in piece.chars() {
                match c {
                    '’' => self.lower.push('\''),
                    '‐' => self.lower.push('-'),
                    c if c.is_ascii() => self.lower.push(c.to_ascii_lowercase()),
                    c => self.lower.extend(c.to_lowercase()),
                }
            }
            piece.chars().next().is_some_and(char::is_uppercase)
        };
        self.toks.push(Tok {
            start: base + a,
            end: base + b,
            lstart,
            lend: self.lower.len(),
            word,
            cap,
            acronym: cap && is_acronym(piece),
        });
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lowercased token `i`, or "" past the end.
    pub fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.lower[t.lstart..t.lend])
    }

    /// Whether token `i` is one of `words`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        // The length and first byte are compared inline: most entries differ there, and a
        // slice compare is a `memcmp` call.
        let w = self.w(i).as_bytes();
        let Some(&first) = w.first() else {
            return false;
        };
        words.iter().any(|x| {
            let x = x.as_bytes();
            x.len() == w.len() && x.first() == Some(&first) && x == w
        })
    }

    /// Whether token `i` names a month: a number next to one is a date, not a count
    /// ("killed 7 March").
    pub fn is_month(&self, i: usize) -> bool {
        crate::calendar::is_month(self.w(i))
    }

    /// Whether token `i` is capitalized in mixed-case text (in an all-caps sentence: never).
    pub fn is_cap_mixed(&self, i: usize) -> bool {
        !self.upper && self.is_cap(i)
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word && t.cap)
    }

    /// Whether token `i` is written in capitals only ([`Tok::acronym`]).
    pub fn is_acronym(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.acronym)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// Number of tokens `phrase` (space separated) covers at `i`, if it is there.
    pub fn phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut rest = phrase;
        let mut n = 0;
        loop {
            let w = self.w(i + n);
            if w.is_empty() || !rest.starts_with(w) {
                return None;
            }
            rest = &rest[w.len()..];
            n += 1;
            if rest.is_empty() {
                return Some(n);
            }
            rest = rest.strip_prefix(' ')?;
        }
    }

    /// The first phrase of `phrases` found at `i`, with its length.
    pub fn first_phrase<'p>(&self, i: usize, phrases: &[&'p str]) -> Option<(&'p str, usize)> {
        phrases
            .iter()
            .find_map(|p| self.phrase(i, p).map(|n| (*p, n)))
    }
}

/// What kind of count a quantity gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QKind {
    /// A figure or a vague word of the table.
    Figure,
    /// "a"/"an": one, if a person noun follows.
    Article,
    /// "their"/"his": one, in an enumeration, if a singular person noun follows.
    Possessive,
    /// "no", "no one", "none", "nobody".
    Negation,
    /// "many", "a number of": no figure, the statement is not annotated.
    NoFigure,
}

/// A parsed quantity: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub count: Count,
    pub approximate: bool,
    pub kind: QKind,
}

/// Exactly one person.
const ONE: Count = Count {
    min: 1,
    max: Some(1),
};

impl Quantity {
    /// One person no counting word gives: a name or a singular person noun at token `at`
    /// ("killing Mahjur", "the commander was killed"); the span is empty.
    pub fn one_person_at(at: usize) -> Self {
        Quantity {
            start: at,
            end: at,
            count: ONE,
            approximate: false,
            kind: QKind::Figure,
        }
    }
}

/// First words of every quantity phrase: a word not in this set (and not a digit) starts none.
fn quantity_starts() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
        let mut set: HashSet<&'static str> = HashSet::default();
        set.extend(NEGATORS.iter().map(|p| first(p)));
        set.extend(NO_FIGURE.iter().map(|p| first(p)));
        set.extend(EXACT_WORDS.iter().map(|(w, _)| *w));
        set.extend(MODIFIERS.iter().map(|(p, _)| first(p)));
        set.extend(VAGUE.iter().map(|v| first(v.0)));
        set.extend(UNITS.iter().map(|(w, _)| *w));
        set.extend(ARTICLES.iter().copied());
        set.extend(FRACTIONS.iter().map(|(w, _)| *w));
        set.extend(POSSESSIVES.iter().copied());
        set.insert("between");
        set
    })
}

/// First words of the phrase tables (negators, no-figure words, modifiers, vague words).
fn phrase_starts() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
        let mut set: HashSet<&'static str> = HashSet::default();
        set.extend(NEGATORS.iter().map(|p| first(p)));
        set.extend(NO_FIGURE.iter().map(|p| first(p)));
        set.extend(MODIFIERS.iter().map(|(p, _)| first(p)));
        set.extend(VAGUE.iter().map(|v| first(v.0)));
        set
    })
}

fn unit(w: &str) -> Option<u64> {
    UNITS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

fn scale(w: &str) -> Option<u64> {
    SCALES.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

fn digits(w: &str) -> Option<f64> {
    let first = w.chars().next()?;
    if !first.is_ascii_digit()
        || !w
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let plain: String = w.chars().filter(|&c| c != ',').collect();
    plain.parse::<f64>().ok()
}

/// A hyphenated word number ("twenty-one").
fn hyphenated(w: &str) -> Option<u64> {
    let (a, b) = w.split_once('-')?;
    let (a, b) = (unit(a)?, unit(b)?);
    (a >= 20 && a % 10 == 0 && b < 10 && b > 0).then_some(a + b)
}

impl Tokens {
    /// A fraction of a scale word at `i`: "half a million", "a quarter of a million".
    /// Returns (end, value).
    fn fraction(&self, i: usize) -> Option<(usize, u64)> {
        let divisor = |w: &str| FRACTIONS.iter().find(|(f, _)| *f == w).map(|&(_, d)| d);
        // "half a million"
        if let Some(d) = divisor(self.w(i)) {
            if ARTICLES.contains(&self.w(i + 1)) {
                return scale(self.w(i + 2)).map(|s| (i + 3, s / d));
            }
        }
        // "a quarter of a million", "a half million"
        if ARTICLES.contains(&self.w(i)) {
            let d = divisor(self.w(i + 1))?;
            if self.w(i + 2) == "of" && ARTICLES.contains(&self.w(i + 3)) {
                return scale(self.w(i + 4)).map(|s| (i + 5, s / d));
            }
            return scale(self.w(i + 2)).map(|s| (i + 3, s / d));
        }
        None
    }

    /// A plain number at `i`: digits (with separators and a scale word), or number words.
    /// Returns (end, value, approximate).
    pub fn number(&self, i: usize) -> Option<(usize, u64, bool)> {
        let w = self.w(i);
        let (mut end, mut value) = if let Some(v) = digits(w) {
            if w.len() == 4
                && !w.contains([',', '.'])
                && (1900.0..=2100.0).contains(&v)
                && i > 0
                && self.is(i - 1, YEAR_CUES)
            {
                return None;
            }
            if i > 0 && self.is_month(i - 1) && v <= 31.0 {
                return None;
            }
            let mut end = i + 1;
            let mut v = v;
            if let Some(s) = scale(self.w(end)) {
                v *= s as f64;
                end += 1;
            } else if v.fract() != 0.0 {
                return None;
            }
            (end, v.round() as u64)
        } else if let Some((end, v)) = self.fraction(i) {
            (end, v)
        } else if ARTICLES.contains(&w) && scale(self.w(i + 1)).is_some() {
            let s = scale(self.w(i + 1)).unwrap_or(1);
            (i + 2, s)
        } else {
            // Number words: "three hundred and forty", "twenty-one", "1,200".
            let mut total = 0u64;
            let mut current = 0u64;
            let mut j = i;
            let mut any = false;
            loop {
                let w = self.w(j);
                if let Some(v) = unit(w).or_else(|| hyphenated(w)) {
                    if any && current % 100 != 0 && current >= 10 && v >= 10 {
                        break;
                    }
                    if any && current % 10 != 0 {
                        break;
                    }
                    current += v;
                    any = true;
                    j += 1;
                } else if any && w == "hundred" {
                    current = current.max(1) * 100;
                    j += 1;
                } else if any && scale(w).is_some() {
                    total += current.max(1) * scale(w).unwrap_or(1);
                    current = 0;
                    j += 1;
                } else if any
                    && w == "and"
                    && (unit(self.w(j + 1)).is_some() || hyphenated(self.w(j + 1)).is_some())
                    && (self.w(j - 1) == "hundred" || scale(self.w(j - 1)).is_some())
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if !any {
                return None;
            }
            (j, total + current)
        };
        if i > 0 && self.is_month(end) && value <= 31 && end == i + 1 {
            return None;
        }
        let mut approx = false;
        if self.w(end) == DOZEN {
            value *= 12;
            approx = true;
            end += 1;
        }
        Some((end, value, approx))
    }

    /// A quantity starting at `i`.
    pub fn quantity(&self, i: usize) -> Option<Quantity> {
        let cell = self.quantities.get(i)?;
        if let Some(q) = cell.get() {
            return q;
        }
        let q = self.parse_quantity(i);
        cell.set(Some(q));
        q
    }

    fn parse_quantity(&self, i: usize) -> Option<Quantity> {
        let w = self.w(i);
        // A convention may count definite plurals without a figure ("killing the insurgents"):
        // "the" before a plural word that starts no quantity of its own.
        if w == "the" {
            if let Some(&(_, v)) = self.unquantified.iter().find(|(u, _)| *u == "the") {
                let plural = |x: usize| {
                    let w = self.w(x);
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                };
                // "the insurgents", or with one modifier "the armed militants".
                let modified = self.is_word(i + 1)
                    && !plural(i + 1)
                    && plural(i + 2)
                    && self.quantity(i + 2).is_none();
                if (plural(i + 1) || modified) && self.quantity(i + 1).is_none() {
                    return Some(self.figure(i, i + 1, Count { min: v, max: None }, true));
                }
            }
        }
        if w.is_empty()
            || !(w.as_bytes()[0].is_ascii_digit()
                || quantity_starts().contains(w)
                || w.split_once('-')
                    .is_some_and(|(a, _)| quantity_starts().contains(a)))
        {
            return None;
        }
        // Phrase tables are only worth scanning when some phrase starts with this word.
        let phrasal = phrase_starts().contains(w);
        let modified = phrasal && MODIFIERS.iter().any(|(p, _)| self.phrase(i, p).is_some());
        if let Some((_, n)) = self
            .first_phrase(i, NEGATORS)
            .filter(|_| phrasal && !modified)
        {
            return Some(Quantity {
                start: i,
                end: i + n,
                count: Count {
                    min: 0,
                    max: Some(0),
                },
                approximate: false,
                kind: QKind::Negation,
            });
        }
        // "both the market and consumers" is a conjunction, not a count.
        let conjunction = POSSESSIVES.contains(&self.w(i + 1)) || ARTICLES.contains(&self.w(i + 1));
        if let Some(&(_, v)) = EXACT_WORDS.iter().find(|(e, _)| *e == w && !conjunction) {
            return Some(self.figure(
                i,
                i + 1,
                Count {
                    min: v,
                    max: Some(v),
                },
                false,
            ));
        }
        if let Some((p, n)) = self.first_phrase(i, NO_FIGURE).filter(|_| phrasal) {
            if let Some(&(_, v)) = self.unquantified.iter().find(|(u, _)| *u == p) {
                return Some(self.figure(i, i + n, Count { min: v, max: None }, true));
            }
            return Some(Quantity {
                start: i,
                end: i + n,
                count: Count { min: 0, max: None },
                approximate: true,
                kind: QKind::NoFigure,
            });
        }
        let (modifier, j) = match MODIFIERS
            .iter()
            .filter(|_| modified)
            .find_map(|(p, m)| self.phrase(i, p).map(|n| (*m, n)))
        {
            Some((m, n)) => (Some(m), i + n),
            None => (None, i),
        };
        // A vague word of the table.
        if let Some((p, n)) = VAGUE
            .iter()
            .filter(|_| phrase_starts().contains(self.w(j)))
            .find_map(|v| self.phrase(j, v.0).map(|n| (v, n)))
        {
            let (count, approximate) = apply_modifier(modifier, p.1, p.2, p.3);
            return Some(self.figure(i, j + n, count, approximate));
        }
        // "between 10 and 12"
        if self.w(j) == "between" {
            let (e1, a, _) = self.number(j + 1)?;
            if self.w(e1) != "and" {
                return None;
            }
            let (e2, b, _) = self.number(e1 + 1)?;
            if b <= a {
                return None;
            }
            return Some(self.figure(
                i,
                e2,
                Count {
                    min: a,
                    max: Some(b),
                },
                true,
            ));
        }
        // "10-12" as one token
        if let Some((a, b)) = w.split_once('-') {
            if let (Some(a), Some(b)) = (digits(a), digits(b)) {
                if a.fract() == 0.0 && b.fract() == 0.0 && b > a && modifier.is_none() {
                    return Some(self.figure(
                        i,
                        i + 1,
                        Count {
                            min: a as u64,
                            max: Some(b as u64),
                        },
                        true,
                    ));
                }
            }
        }
        if let Some((end, value, approx)) = self.number(j) {
            // "10 to 12", "10 – 12", "10 or 12"
            if ["to", "-", "–", "—", "or"].contains(&self.w(end)) {
                if let Some((e2, b, _)) = self.number(end + 1) {
                    if b > value {
                        let (count, approximate) = apply_modifier(modifier, value, b, true);
                        return Some(self.figure(i, e2, count, approximate));
                    }
                }
            }
            if let Some((_, n)) = self.first_phrase(end, OR_MORE) {
                let (count, approximate) =
                    apply_modifier(Some(Modifier::AtLeast), value, value, approx);
                return Some(self.figure(i, end + n, count, approximate));
            }
            let (count, approximate) = apply_modifier(modifier, value, value, approx);
            return Some(self.figure(i, end, count, approximate));
        }
        if modifier.is_none() && ARTICLES.contains(&w) {
            return Some(self.one(i, QKind::Article));
        }
        if modifier.is_none() && POSSESSIVES.contains(&w) {
            return Some(self.one(i, QKind::Possessive));
        }
        None
    }

    /// One person, counted by the word at `i` ("a policeman", "his brother").
    fn one(&self, i: usize, kind: QKind) -> Quantity {
        Quantity {
            kind,
            ..self.figure(i, i + 1, ONE, false)
        }
    }

    fn figure(&self, start: usize, end: usize, count: Count, approximate: bool) -> Quantity {
        Quantity {
            start,
            end,
            count,
            approximate,
            kind: QKind::Figure,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_euphemism_loses_only_its_opening_mark() {
        let words = |text: &str| {
            let mut t = Tokens::default();
            t.fill(text, 0..text.len());
            (0..t.len()).map(|i| t.w(i).to_string()).collect::<Vec<_>>()
        };
        assert_eq!(
            words("were \"neutralised\" by troops"),
            ["were", "neutralised", "\"", "by", "troops"]
        );
        assert_eq!(
            words("were \u{201c}neutralized\u{201d} and \"dozens\" died"),
            ["were", "neutralized", "\u{201d}", "and", "dozens", "died"]
        );
        assert_eq!(
            words("the \"murder\" of speech"),
            ["the", "\"", "murder", "\"", "of", "speech"]
        );
    }

    fn q(text: &str) -> Option<(u64, Option<u64>, bool, QKind, usize)> {
        let mut t = Tokens::default();
        t.fill(text, 0..text.len());
        t.quantity(0)
            .map(|q| (q.count.min, q.count.max, q.approximate, q.kind, q.end))
    }

    /// The first-written tokenizer (a char at a time, every char decoded), kept to check the
    /// one with ASCII fast paths.
    fn reference_fill(t: &mut Tokens, text: &str, range: std::ops::Range<usize>) {
        fn push(t: &mut Tokens, s: &str, base: usize, a: usize, b: usize, word: bool) {
            let lstart = t.lower.len();
            for c in s[a..b].chars() {
                match c {
                    '’' => t.lower.push('\''),
                    '‐' => t.lower.push('-'),
                    c if c.is_ascii() => t.lower.push(c.to_ascii_lowercase()),
                    c => t.lower.extend(c.to_lowercase()),
                }
            }
            t.toks.push(Tok {
                start: base + a,
                end: base + b,
                lstart,
                lend: t.lower.len(),
                word,
                cap: s[a..b].chars().next().is_some_and(char::is_uppercase),
                acronym: is_acronym(&s[a..b]),
            });
        }
        t.toks.clear();
        t.lower.clear();
        t.quantities.clear();
        let s = &text[range.clone()];
        let mut chars = s.char_indices().peekable();
        let mut word_start: Option<usize> = None;
        let mut prev = ' ';
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let in_word = c.is_alphanumeric() || (word_start.is_some() && is_inner(prev, c, next));
            if in_word {
                if word_start.is_none() {
                    word_start = Some(i);
                }
            } else {
                if let Some(ws) = word_start.take() {
                    let initials =
                        c == '.' && s.as_bytes()[ws].is_ascii_uppercase() && s[ws..i].contains('.');
                    let end = if initials { i + 1 } else { i };
                    push(t, s, range.start, ws, end, true);
                    if initials {
                        prev = c;
                        continue;
                    }
                }
                if !c.is_whitespace() {
                    push(t, s, range.start, i, i + c.len_utf8(), false);
                }
            }
            prev = c;
        }
        if let Some(ws) = word_start {
            push(t, s, range.start, ws, s.len(), true);
        }
        t.drop_scare_quotes(s, range.start);
        t.quantities.resize(t.toks.len(), Cell::new(None));
        t.upper = !s.bytes().any(|b| b.is_ascii_lowercase())
            && s.bytes().filter(u8::is_ascii_uppercase).nth(2).is_some();
    }

    /// Each token's (start, end, lower-case form, word, capitalized), and the all-caps flag.
    type Summary = (Vec<(usize, usize, String, bool, bool)>, bool);

    fn summary(t: &Tokens) -> Summary {
        let toks = (0..t.len())
            .map(|i| {
                let k = &t.toks[i];
                (k.start, k.end, t.w(i).to_string(), k.word, k.cap)
            })
            .collect();
        (toks, t.upper)
    }

    #[test]
    fn fill_agrees_with_the_reference() {
        let mut texts = crate::testutil::seed_texts();
        let alphabet: Vec<char> =
            "aZs7.,'’‐-\"“”‘ \t\n\r\u{0b}\u{0c}\u{1c}\u{85}\u{a0}\u{2009}éÉßİ٣ǅ"
                .chars()
                .collect();
        let pieces = [
            "U.S.",
            "A.",
            "1,000",
            "3.5",
            "al-Qaeda",
            "'dozens'",
            "KILLED",
            "o’clock",
        ];
        let mut rng = crate::testutil::Xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..5000 {
            let mut t = String::new();
            for _ in 0..rng.below(40) {
                if rng.below(4) == 0 {
                    t.push_str(pieces[rng.below(pieces.len())]);
                } else {
                    t.push(alphabet[rng.below(alphabet.len())]);
                }
            }
            texts.push(t);
        }
        let (mut a, mut b) = (Tokens::default(), Tokens::default());
        for text in &texts {
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(61)
                .chain([text.len()])
                .collect();
            let ranges = std::iter::once(0..text.len()).chain(cuts.windows(2).map(|w| w[0]..w[1]));
            for r in ranges {
                a.fill(text, r.clone());
                reference_fill(&mut b, text, r.clone());
                assert_eq!(summary(&a), summary(&b), "{:?}", &text[r]);
            }
        }
    }

    #[test]
    fn counts_follow_the_guidelines_table() {
        use QKind::*;
        type Want = (u64, Option<u64>, bool, QKind);
        let cases: &[(&str, Want)] = &[
            ("21 people", (21, Some(21), false, Figure)),
            ("1,200 people", (1200, Some(1200), false, Figure)),
            (
                "1.2 million people",
                (1_200_000, Some(1_200_000), false, Figure),
            ),
            ("twenty-one people", (21, Some(21), false, Figure)),
            (
                "three hundred and forty people",
                (340, Some(340), false, Figure),
            ),
            ("a hundred people", (100, Some(100), false, Figure)),
            ("one soldier", (1, Some(1), false, Figure)),
            ("a soldier", (1, Some(1), false, Article)),
            ("at least 21", (21, None, false, Figure)),
            ("more than 21", (21, None, false, Figure)),
            ("over 21", (21, None, false, Figure)),
            ("21 or more", (21, None, false, Figure)),
            ("about 21", (21, Some(21), true, Figure)),
            ("some 21", (21, Some(21), true, Figure)),
            ("nearly twenty", (20, Some(20), true, Figure)),
            ("up to 21", (1, Some(21), true, Figure)),
            ("10 to 12", (10, Some(12), true, Figure)),
            ("between 10 and 12", (10, Some(12), true, Figure)),
            ("10-12", (10, Some(12), true, Figure)),
            ("a couple of", (2, Some(2), true, Figure)),
            ("a few", (2, Some(5), true, Figure)),
            ("several", (3, Some(9), true, Figure)),
            ("a dozen", (12, Some(12), true, Figure)),
            ("dozens of", (24, Some(99), true, Figure)),
            ("scores of", (40, Some(99), true, Figure)),
            ("tens of thousands of", (20_000, Some(99_999), true, Figure)),
            ("hundreds", (200, Some(999), true, Figure)),
            ("thousands", (2_000, Some(9_999), true, Figure)),
            ("millions", (2_000_000, Some(9_999_999), true, Figure)),
            ("at least a dozen", (12, None, true, Figure)),
            ("two dozen", (24, Some(24), true, Figure)),
            ("no one", (0, Some(0), false, Negation)),
            ("many", (0, None, true, NoFigure)),
            ("a number of", (0, None, true, NoFigure)),
        ];
        for (text, want) in cases {
            let got = q(text).map(|(a, b, c, d, _)| (a, b, c, d));
            assert_eq!(got, Some(*want), "{text}");
        }
    }

    #[test]
    fn years_dates_and_non_numbers_are_not_quantities() {
        let mut t = Tokens::default();
        let text = "in 2019 on March 7 the first";
        t.fill(text, 0..text.len());
        assert!(t.quantity(1).is_none());
        assert!(t.quantity(4).is_none());
        assert!(t.quantity(6).is_none());
        assert!(q("1.5 people").is_none());
    }

    #[test]
    fn tokens_keep_inner_punctuation_and_offsets() {
        let mut t = Tokens::default();
        let text = "Blast kills 1,200 — twenty-one Kabul’s";
        t.fill(text, 0..text.len());
        let words: Vec<&str> = t.toks.iter().map(|k| &text[k.start..k.end]).collect();
        assert_eq!(
            words,
            ["Blast", "kills", "1,200", "—", "twenty-one", "Kabul’s"]
        );
        assert_eq!(t.w(5), "kabul's");
        let text = "A U.S. soldier and 1.5 million in the U.K. A.";
        t.fill(text, 0..text.len());
        let words: Vec<&str> = t.toks.iter().map(|k| &text[k.start..k.end]).collect();
        assert_eq!(
            words,
            ["A", "U.S.", "soldier", "and", "1.5", "million", "in", "the", "U.K.", "A", "."]
        );
    }
}
