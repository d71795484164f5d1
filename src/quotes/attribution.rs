//! Attribution: the cue (verb or phrase of saying) and the speaker of one quotation, found in
//! bounded windows of its own sentence: the text after the closing mark (`“…,” X said`,
//! `“…,” said X`, `“…,” according to X`) and the clause before the opening mark (`X said: “…”`,
//! `X said that “…”`, `According to X, “…”`, `“A,” he said, “B.”`).

use crate::calendar;
use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::{
    ABBREVIATIONS, AFTER_FINITE_VERB, AFTER_ONLY_CUES, APPOSITIVE_OPENERS, BETWEEN_SPEAKER_AND_CUE,
    CLAUSE_BOUNDARIES, COORDINATORS, CUES, DAY_ADVERBS, DETERMINERS, HEADLINE_TOPIC_WORDS,
    IRREGULAR_PAST, IRREGULAR_PAST_PARTICIPLE_OPENERS, ISSUED_DOCUMENTS, LEADING_NON_SPEAKER,
    NEVER_OPENS_SPEAKER, NOUN_MARKERS, NOUN_OR_CUE, PARENTHETICAL_OPENERS, PASSIVE_BE,
    PRONOUN_SPEAKERS, RELATIVE_PRONOUNS, SENTENCE_ADVERBS, SIGNATURE_DASHES,
    SPEAKER_AFTER_CUE_STOPS, SPEAKER_STARTERS, SUBJECT_PRONOUNS, TIME_WORDS,
};

/// How far (bytes) attribution looks before and after a quotation.
pub const WINDOW: usize = 320;

/// A word list with a filter on (first byte in either case, length), built at compile time:
/// most words of a window are in no list and are turned away without being compared with
/// every entry ([`in_list`] asks `eq_ignore_ascii_case`, which needs equal lengths and equal
/// first bytes up to ASCII case).
struct Words {
    list: &'static [&'static str],
    /// Bit `min(len, 31)` of entry `b` for each list word of that length opening with byte
    /// `b` (both ASCII cases).
    heads: [u32; 256],
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        let mut heads = [0u32; 256];
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            if !w.is_empty() {
                let bit = 1 << length_bit(w.len());
                heads[w[0].to_ascii_lowercase() as usize] |= bit;
                heads[w[0].to_ascii_uppercase() as usize] |= bit;
            }
            i += 1;
        }
        Words { list, heads }
    }

    /// [`in_list`] of the list.
    #[inline]
    fn contains(&self, w: &str) -> bool {
        self.may_contain(w) && in_list(self.list, w)
    }

    /// Whether the list holds `w` exactly (case counts), asked of the filter first.
    #[inline]
    fn contains_exactly(&self, w: &str) -> bool {
        self.may_contain(w) && self.list.contains(&w)
    }

    /// A necessary condition for [`Words::contains`] and [`Words::contains_exactly`]: a list
    /// word has the first byte (in either case) and the length of `w` (the empty word passes).
    #[inline]
    fn may_contain(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) => self.heads[b as usize] & (1 << length_bit(w.len())) != 0,
            None => true,
        }
    }
}

/// The filter bit of a word length (31 for every length from 31 up).
const fn length_bit(len: usize) -> u32 {
    if len < 31 {
        len as u32
    } else {
        31
    }
}

/// `listed!(LIST, w)` for a constant list, through a [`Words`] filter built at compile time.
macro_rules! listed {
    ($list:expr, $w:expr $(,)?) => {{
        static WORDS: Words = Words::new($list);
        WORDS.contains($w)
    }};
}

/// `exactly_listed!(LIST, w)`: `LIST.contains(&w)` (case counts), through a [`Words`] filter
/// built at compile time (most words asked are in no list).
macro_rules! exactly_listed {
    ($list:expr, $w:expr $(,)?) => {{
        static WORDS: Words = Words::new($list);
        WORDS.contains_exactly($w)
    }};
}

/// A token of a window: a word (with an abbreviation's period kept) or one punctuation mark.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub range: (usize, usize),
    pub word: bool,
}

/// The attribution found for a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub speaker: Option<Range<usize>>,
    pub cue: Range<usize>,
    pub rule: &'static str,
}

/// Characters split off the ends of a whitespace-separated chunk.
fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !matches!(c, '-' | '&' | '@' | '_' | '/')
}

/// Tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    // About one token per four bytes of news text: one allocation instead of five doublings.
    let mut out = Vec::with_capacity(range.len() / 4 + 4);
    tokenize_into(text, range, &mut out);
    out
}

thread_local! {
    /// A token buffer kept between windows: most windows are read by [`after`], one at a time,
    /// and the buffer's allocation outlives them.
    static SPARE_TOKENS: std::cell::Cell<Vec<Token>> = const { std::cell::Cell::new(Vec::new()) };
}

/// `f` of the tokens of `text[range]`, in a buffer reused across calls (a nested call takes
/// an empty buffer of its own, so none is ever shared).
fn with_tokens<R>(text: &str, range: Range<usize>, f: impl FnOnce(&[Token]) -> R) -> R {
    let mut tokens = SPARE_TOKENS.take();
    tokens.clear();
    tokenize_into(text, range, &mut tokens);
    let result = f(&tokens);
    SPARE_TOKENS.set(tokens);
    result
}

/// Whether `c` is punctuation for the tokenizer, answered from a table for ASCII.
#[inline]
fn punct_at(c: char) -> bool {
    if c.is_ascii() {
        ASCII_PUNCT[c as usize]
    } else {
        is_punct(c)
    }
}

/// [`is_punct`] for every ASCII character.
static ASCII_PUNCT: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = !c.is_ascii_alphanumeric() && !matches!(c, b'-' | b'&' | b'@' | b'_' | b'/');
        b += 1;
    }
    table
};

/// What the tokenizer's chunk loop needs to know of a byte, in one load: an ASCII byte of a
/// word, ASCII punctuation ([`is_punct`]), ASCII whitespace ([`ascii_space`]), or a byte of a
/// multi-byte character (decoded only then).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII_BYTE; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if ascii_space(b as u8) {
            SPACE_BYTE
        } else if ASCII_PUNCT[b] {
            PUNCT_BYTE
        } else {
            WORD_BYTE
        };
        b += 1;
    }
    table
};
const WORD_BYTE: u8 = 0;
const PUNCT_BYTE: u8 = 1;
const SPACE_BYTE: u8 = 2;
const NON_ASCII_BYTE: u8 = 3;

/// ASCII bytes that are `char::is_whitespace`.
const fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The whitespace character at `i` of `slice` (a char boundary), if any: its length.
#[inline]
fn space_at(slice: &str, i: usize) -> Option<usize> {
    let b = slice.as_bytes()[i];
    if b < 0x80 {
        return ascii_space(b).then_some(1);
    }
    let c = slice[i..].chars().next()?;
    c.is_whitespace().then(|| c.len_utf8())
}

/// [`tokenize`], appending to `out`. Tokens never cross whitespace: the tokens of a range are
/// those of its whitespace-separated chunks, each tokenized alone.
fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let base = range.start;
    let mut i = 0;
    while i < bytes.len() {
        let first = bytes[i];
        if first < 0x80 {
            if ascii_space(first) {
                i += 1;
                continue;
            }
        } else if let Some(n) = space_at(slice, i) {
            i += n;
            continue;
        }
        // A chunk: up to the next whitespace (ASCII bytes answered without decoding). A
        // chunk of ASCII bytes none of which is punctuation is one word (no mark to split off
        // at either end): pushed as it is.
        let mut plain = BYTE_CLASS[first as usize] == WORD_BYTE;
        let mut chunk_end = i + 1;
        while chunk_end < bytes.len() {
            let b = bytes[chunk_end];
            match BYTE_CLASS[b as usize] {
                WORD_BYTE => {}
                PUNCT_BYTE => plain = false,
                SPACE_BYTE => break,
                _ => {
                    plain = false;
                    if slice.is_char_boundary(chunk_end) && space_at(slice, chunk_end).is_some() {
                        break;
                    }
                }
            }
            chunk_end += 1;
        }
        if plain {
            out.push(Token {
                range: (base + i, base + chunk_end),
                word: true,
            });
            i = chunk_end;
            continue;
        }
        let chunk = &slice[i..chunk_end];
        // Leading punctuation.
        let mut s = i;
        for c in chunk.chars() {
            if punct_at(c) {
                out.push(Token {
                    range: (base + s, base + s + c.len_utf8()),
                    word: false,
                });
                s += c.len_utf8();
            } else {
                break;
            }
        }
        // Trailing punctuation (kept: an abbreviation's period).
        let mut e = chunk_end;
        while e > s {
            let Some(c) = slice[s..e].chars().next_back() else {
                break;
            };
            if !punct_at(c) {
                break;
            }
            if matches!(c, '\'' | '’') && slice[s..e - c.len_utf8()].ends_with('s') {
                break; // plural possessive: the militants'
            }
            if c == '.' {
                let core = &slice[s..e - 1];
                let abbrev = exactly_listed!(ABBREVIATIONS, core)
                    || (core.contains('.') && core.split('.').all(|p| p.chars().count() <= 2))
                    || (core.chars().count() == 1 && core.chars().all(char::is_uppercase));
                if abbrev {
                    break;
                }
            }
            e -= c.len_utf8();
        }
        if e > s {
            out.push(Token {
                range: (base + s, base + e),
                word: true,
            });
        }
        // The trailing marks, one token each, in text order.
        let mut t = e;
        for c in slice[e..chunk_end].chars() {
            out.push(Token {
                range: (base + t, base + t + c.len_utf8()),
                word: false,
            });
            t += c.len_utf8();
        }
        i = chunk_end;
    }
}

fn word<'t>(text: &'t str, t: &Token) -> &'t str {
    &text[t.range.0..t.range.1]
}

/// A surname with a lower-case particle: "al-Sudani", "el-Sisi", "bin-Laden" (a particle of at
/// most three letters, a hyphen, then a capital).
fn particle_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(particle, rest)| {
        (1..=3).contains(&particle.len())
            && particle.bytes().all(|b| b.is_ascii_lowercase())
            && rest.starts_with(char::is_uppercase)
    })
}

/// Whether token `i` and its word neighbours are upper-case words with no lower-case letter,
/// in an all-caps story (an old wire: `ERDOGAN TOLD REPORTERS`), so case tells nothing.
fn all_caps_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let upper = |t: &Token| {
        let w = word(text, t);
        t.word
            && w.len() > 1
            && w.bytes().any(|b| b.is_ascii_uppercase())
            && !w.bytes().any(|b| b.is_ascii_lowercase())
    };
    let neighbours = [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter_map(|j| tokens.get(j))
        .filter(|t| t.word);
    // A headline's few capitals are no all-caps story ('ONGPIN "PINS" HOPES ON …'): the
    // window and up to 160 bytes before it hold at least 120 bytes and no lower-case letter.
    let story = || {
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            return false;
        };
        let mut lo = first.range.0.saturating_sub(160);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let around = &text[lo..last.range.1];
        around.len() >= 120 && !around.bytes().any(|b| b.is_ascii_lowercase())
    };
    upper(&tokens[i])
        && neighbours.clone().count() > 0
        && neighbours.into_iter().all(upper)
        && story()
}

fn lower_is(text: &str, t: &Token, w: &str) -> bool {
    t.word && word(text, t).eq_ignore_ascii_case(w)
}

/// The cue lexicon indexed by its first word: (first word → [(remaining words, speaker may
/// follow)]).
type CueIndex = crate::fxhash::FxHashMap<&'static str, Vec<(Vec<&'static str>, bool)>>;

/// The cue index, built once.
fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = CueIndex::default();
        for (cue, after) in CUES {
            let mut parts = cue.split(' ');
            let head = parts.next().unwrap_or("");
            index
                .entry(head)
                .or_default()
                .push((parts.collect(), *after));
        }
        index
    })
}

/// Whether some cue's first word has the first two bytes and the length of `key` (a necessary
/// condition for `cue_index().get(key)`, answered from a table without hashing: most words of
/// a window are no cue).
fn may_be_cue_head(key: &str) -> bool {
    may_be_cue_head_bytes(key.as_bytes())
}

/// [`may_be_cue_head`] of a word's bytes.
#[inline]
fn may_be_cue_head_bytes(key: &[u8]) -> bool {
    static HEADS: OnceLock<crate::wordfilter::PairFilter> = OnceLock::new();
    HEADS
        .get_or_init(|| crate::wordfilter::PairFilter::new(cue_index().keys().copied()))
        .may_contain(key)
}

/// The cue starting at token `i`: (number of tokens, may the speaker follow it).
///
/// Most tokens asked are no cue head (~115,000 calls over BBC, most turned away): a lower-case
/// word the head filter rejects, or punctuation, is answered here, inlined into the caller's
/// loop, without the call and the full function's frame ([`cue_at_full`] gives `None` for
/// both the same way).
#[inline]
fn cue_at(text: &str, tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    let first = tokens.get(i)?;
    if !first.word {
        return None;
    }
    // The token's bytes (a word token's range is always in the text: `word` slices the same).
    if let Some(bytes) = text.as_bytes().get(first.range.0..first.range.1) {
        if bytes.first().is_some_and(u8::is_ascii_lowercase) && !may_be_cue_head_bytes(bytes) {
            return None;
        }
    }
    cue_at_full(text, tokens, i)
}

/// [`cue_at`] in full.
#[inline(never)]
fn cue_at_full(text: &str, tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    let first = tokens.get(i)?;
    if !first.word {
        return None;
    }
    let w = word(text, first);
    // Cue words are lower case; only "According" may be capitalized, and in all-caps text
    // ("ERDOGAN TOLD REPORTERS") every word is upper case.
    let lowered;
    let key = if w.starts_with(|c: char| c.is_ascii_lowercase()) {
        w
    } else if w == "According" {
        "according"
    } else if all_caps_at(text, tokens, i) {
        lowered = w.to_ascii_lowercase();
        lowered.as_str()
    } else {
        return None;
    };
    if !may_be_cue_head(key) {
        return None;
    }
    let entries = cue_index().get(key)?;
    if i > 0 && tokens[i - 1].word {
        let before = word(text, &tokens[i - 1]);
        // `trim_end_matches("’s").trim_end_matches("'s")` without a string searcher.
        let mut stem = before;
        while let Some(rest) = stem.strip_suffix("’s") {
            stem = rest;
        }
        while let Some(rest) = stem.strip_suffix("'s") {
            stem = rest;
        }
        let possessive = stem.len() < before.len()
            && !listed!(
                &["he", "she", "it", "that", "who", "what", "there", "let"],
                stem,
            );
        // A lower-case hyphenated modifier ("late-night"), not a name with a particle
        // ("al-Aiser", "el-Sisi"), whose part after the hyphen is capitalized.
        let modifier = before.starts_with(char::is_lowercase)
            && before
                .rsplit_once('-')
                .is_some_and(|(_, last)| !last.starts_with(char::is_uppercase));
        if listed!(NOUN_MARKERS, before) || possessive || modifier {
            return None; // "the report", "the envoy’s remarks", "late-night tweets"
        }
    }
    // "swing state is", "in states across": a noun that is also a verb of saying is a cue only
    // before its complement or a punctuation mark ("the report states that", "as the charter
    // states, “…”").
    if listed!(NOUN_OR_CUE, w)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.word && !lower_is(text, t, "that"))
    {
        return None;
    }
    // "Trump’s repeated calls to ban …": the noun, not "he calls it “…”".
    if w == "calls" && tokens.get(i + 1).is_some_and(|t| lower_is(text, t, "to")) {
        return None;
    }
    let mut best: Option<(usize, bool)> = None;
    for (rest, after) in entries {
        let ok = rest
            .iter()
            .enumerate()
            .all(|(j, p)| tokens.get(i + 1 + j).is_some_and(|t| lower_is(text, t, p)));
        let n = rest.len() + 1;
        if ok && best.is_none_or(|(m, _)| n > m) {
            best = Some((n, *after));
        }
    }
    best
}

fn in_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// A word of time ("week", "morning") or a full month or weekday name.
fn is_time_word(w: &str) -> bool {
    listed!(TIME_WORDS, w) || calendar::is_full_name(w)
}

/// A speaker phrase ending at token `end` (inclusive), walking back to a clause boundary.
fn speaker_before(
    text: &str,
    tokens: &[Token],
    end: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let mut start = end + 1;
    let mut k = end as isize;
    let mut depth = 0usize;
    while k >= floor as isize && end + 1 - (k as usize) <= 12 {
        let t = &tokens[k as usize];
        let w = word(text, t);
        if !t.word {
            match w {
                ")" => depth += 1,
                "(" if depth > 0 => depth -= 1,
                // "Rep. Gregory Meeks (D-N.Y.) said": punctuation inside a parenthesis.
                _ if depth > 0 => {}
                // "A survivor of the April 21, 2019, bombings told": a date's commas.
                "," if date_comma(text, tokens, k as usize) => {}
                // "President Boris Yeltsin, who stayed in Halifax, Nova Scotia, until 17 June,
                // called": the comma closes a relative clause; its head is the subject.
                "," if start == end + 1 => {
                    let head = relative_clause_head(text, tokens, k as usize, floor);
                    if let Some(found) = head.and_then(|h| speaker_before(text, tokens, h, floor)) {
                        return Some(found);
                    }
                    break;
                }
                _ => break,
            }
        } else if depth == 0
            && k as usize >= floor + 2
            && lower_is(text, &tokens[k as usize - 1], "who")
            && tokens[k as usize - 2].word
            && cue_at(text, tokens, k as usize).is_some()
        {
            // "A man who answered the telephone … said": the cue word opens a relative clause;
            // the speaker is the noun phrase before "who".
            return speaker_before(text, tokens, k as usize - 2, floor);
        } else if depth == 0
            && (listed!(CLAUSE_BOUNDARIES, w) && w.chars().next().is_some_and(char::is_lowercase)
                || cue_at(text, tokens, k as usize).is_some())
        {
            if start == end + 1 && w == "who" {
                // "Sen. Marco Rubio, who mused …": the relative pronoun is the speaker as
                // written; resolve links it to the mention before it.
                return Some((k as usize, k as usize));
            }
            if let Some((n, _)) = cue_at(text, tokens, k as usize) {
                // "According to military intelligence Colonel Ivan Petrov said": the words of
                // the cue and its object are not the subject; the name that ends them is.
                let after_cue = k as usize + n;
                if after_cue > start {
                    start = after_cue;
                }
                if lower_is(text, t, "according") {
                    start = trailing_name(text, tokens, start, end)?;
                }
            }
            break;
        }
        start = k as usize;
        k -= 1;
    }
    if depth > 0 {
        return None;
    }
    // Drop a leading adverb or prepositional opener ("On Tuesday", "However").
    let mut s = start;
    while s <= end {
        let w = word(text, &tokens[s]);
        // "As Senator Reyes put it": "As" opens the clause, not the speaker.
        let subordinate = listed!(CLAUSE_BOUNDARIES, w) && w.starts_with(char::is_uppercase);
        if tokens[s].word && (listed!(LEADING_NON_SPEAKER, w) || subordinate) {
            // "When asked …", "While old Iowa hands say": a subordinate clause's opener.
            s += 1;
            while s <= end && tokens[s].word && is_time_word(word(text, &tokens[s])) {
                s += 1;
            }
        } else {
            break;
        }
    }
    // "since 2008 she has told": a subject pronoun after a number or time word.
    let s = if tokens[s..end.max(s)]
        .iter()
        .all(|t| t.word && is_number_or_date(text, t.range.0..t.range.1))
    {
        subject_pronoun_start(text, tokens, s, end)
    } else {
        s
    };
    (s <= end && tokens[s..=end].iter().any(|t| t.word)).then_some((s, end))
}

/// The last token of the noun phrase a relative clause describes, when the comma at `comma`
/// closes one (", who stayed at the summit in Halifax, Nova Scotia, until 17 June,"): the word
/// before the ", who" that opens it, at most [`RELATIVE_CLAUSE_TOKENS`] tokens back and with
/// no sentence end or quotation mark in between.
fn relative_clause_head(text: &str, tokens: &[Token], comma: usize, floor: usize) -> Option<usize> {
    let lowest = comma.saturating_sub(RELATIVE_CLAUSE_TOKENS).max(floor + 2);
    let mut r = comma;
    while r > lowest {
        r -= 1;
        let t = &tokens[r];
        if !t.word && !matches!(word(text, t), "," | "-" | "'" | "’") {
            return None;
        }
        // "who" only: ", which represents New York City educators," describes a body, and
        // the speaker comes before it ("Michael Mulgrew, president of the union, which …").
        if lower_is(text, t, "who") && word(text, &tokens[r - 1]) == "," && tokens[r - 2].word {
            // "Oli, 73, who began his fourth term …,": the age is an aside of the name.
            let age = r >= 4
                && word(text, &tokens[r - 2])
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                && word(text, &tokens[r - 3]) == ","
                && tokens[r - 4].word;
            return Some(if age { r - 4 } else { r - 2 });
        }
    }
    None
}

/// How far back (tokens) [`relative_clause_head`] looks for the clause's opening ", who".
const RELATIVE_CLAUSE_TOKENS: usize = 24;

/// Whether the comma at `k` belongs to a written date: "April 21, 2019," (after the day, or
/// after the year of such a date).
fn date_comma(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = |i: usize| tokens.get(i).map_or("", |t| word(text, t));
    let day = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
    let year = |x: &str| x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit());
    let month = |x: &str| crate::calendar::month(x).is_some();
    let after_day = k >= 2 && day(w(k - 1)) && month(w(k - 2)) && year(w(k + 1));
    let after_year =
        k >= 4 && year(w(k - 1)) && w(k - 2) == "," && day(w(k - 3)) && month(w(k - 4));
    after_day || after_year
}

/// Whether the phrase found before a cue at `a` is a prepositional phrase rather than a
/// speaker: it opens with a preposition or subordinator ("to attack a friend without", "of
/// his Mexican heritage"), or a lower-case preposition inside the sentence was dropped before
/// it with no time word ("but *in* a later interview said"; not "on Tuesday the ministry
/// said", whose time word was dropped too).
fn prepositional(text: &str, tokens: &[Token], a: usize) -> bool {
    let opens = {
        let w = word(text, &tokens[a]);
        tokens[a].word && w.starts_with(char::is_lowercase) && listed!(NEVER_OPENS_SPEAKER, w)
    };
    let dropped = a > 0 && {
        let p = &tokens[a - 1];
        let w = word(text, p);
        p.word
            && w.starts_with(char::is_lowercase)
            && listed!(&["on", "in", "at", "for", "from", "by", "during"], w)
    };
    opens || dropped
}

/// Where the clause that ends `tokens` opens (after the last comma or sentence end), and where
/// its words start past the coordinators that open it ("But James Mandelbaum, a … attorney
/// said": a coordinator opens the sentence, not a phrase).
fn last_clause(text: &str, tokens: &[Token]) -> (usize, usize) {
    // A full stop after an initial or an abbreviation ("E.D. and F. Man") ends no clause.
    let boundary = |i: usize| {
        let t = &tokens[i];
        match word(text, t) {
            "," | ":" | ";" | "?" | "!" => !t.word,
            "." => {
                !t.word
                    && (i == 0 || {
                        let p = word(text, &tokens[i - 1]);
                        p.chars().count() > 1 && !listed!(ABBREVIATIONS, p)
                    })
            }
            _ => false,
        }
    };
    let opened = (0..tokens.len()).rposition(boundary).map_or(0, |p| p + 1);
    let mut start = opened;
    while tokens
        .get(start)
        .is_some_and(|t| t.word && listed!(COORDINATORS, &word(text, t).to_ascii_lowercase()))
    {
        start += 1;
    }
    (opened, start)
}

/// Whether the clause that ends `tokens` (from its sentence start or the last comma) is an
/// introductory phrase rather than a subject: it opens with a preposition or a subordinator
/// ("In a statement", "After the meeting"), a participle ("Speaking to reporters", "Asked
/// about the inquiry") or a sentence adverb ("Later").
fn introductory(text: &str, tokens: &[Token]) -> bool {
    let (opened, start) = last_clause(text, tokens);
    let Some(first) = tokens.get(start).filter(|t| t.word) else {
        return false;
    };
    let w = word(text, first);
    if !(w.starts_with(char::is_uppercase) || start > opened) || start + 1 >= tokens.len() {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    listed!(NEVER_OPENS_SPEAKER, &lower)
        || listed!(SENTENCE_ADVERBS, &lower)
        || (lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed")))
        || listed!(IRREGULAR_PAST_PARTICIPLE_OPENERS, &lower)
}

/// Whether the words that end `tokens` (from the last comma or sentence end) can be a speaker
/// a following phrase is in apposition to: a plausible speaker phrase with no verb.
fn speaker_like(text: &str, tokens: &[Token]) -> bool {
    let (_, start) = last_clause(text, tokens);
    if start >= tokens.len() {
        return false;
    }
    let clause = &tokens[start..];
    plausible_speaker(text, tokens, start, tokens.len() - 1)
        && !has_past_verb(text, clause)
        && !clause
            .iter()
            .any(|t| t.word && listed!(PASSIVE_BE, &word(text, t).to_ascii_lowercase()))
}

/// A speaker phrase `a..=b` that ends in a subject pronoun is that pronoun: "since 2008 *she*
/// has told", "Compaq, *she* predicted", "and Ms. Warren, *she* said" (nothing modifies a
/// subject pronoun). Returns the new start.
fn subject_pronoun_start(text: &str, tokens: &[Token], a: usize, b: usize) -> usize {
    match tokens.get(b) {
        Some(t) if a < b && t.word && listed!(SUBJECT_PRONOUNS, word(text, t)) => b,
        _ => a,
    }
}

/// The run of capitalized words that ends `tokens[start..=end]` when a lower-case word comes
/// before it ("military intelligence *Colonel Ivan Petrov*").
fn trailing_name(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let mut s = end + 1;
    while s > start
        && tokens[s - 1].word
        && word(text, &tokens[s - 1]).starts_with(char::is_uppercase)
    {
        s -= 1;
    }
    (s > start && s <= end).then_some(s)
}

/// Whether a speaker phrase is only numbers and date words ("1" of "Oct. 1", "2024"): never a
/// speaker.
pub fn is_number_or_date(text: &str, range: Range<usize>) -> bool {
    // Most speakers open with a name or a pronoun: a letter, so their first word is no
    // number, and it is a date word only if its letters are one (date words are letters only,
    // test `date_words_are_ascii_letters`: a date word opening the range is the whole run of
    // letters there, whatever follows it).
    let opening = text.as_bytes()[range.clone()]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if opening > 0 {
        let run = &text[range.start..range.start + opening];
        if !is_date_word(run) {
            return false;
        }
    }
    // Chunk by chunk (tokens never cross whitespace), so that a quotation fails at its first
    // word instead of being tokenized whole.
    // Room for a chunk's tokens ("Oct. 1,": three), allocated once.
    let mut tokens = Vec::with_capacity(8);
    let slice = &text[range.clone()];
    let mut start = 0;
    let ends = slice
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .chain(std::iter::once((slice.len(), ' ')));
    for (i, c) in ends {
        if i > start {
            tokens.clear();
            tokenize_into(text, range.start + start..range.start + i, &mut tokens);
            let all = tokens.iter().filter(|t| t.word).all(|t| {
                let w = word(text, t).trim_end_matches('.');
                w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '/'))
                    || is_date_word(w)
            });
            if !all {
                return false;
            }
        }
        start = i + c.len_utf8();
    }
    true
}

/// `is_time_word(w) || calendar::is_month(w)` for a word without a final period, as one
/// look-up: both are ASCII-case-insensitive matches against ASCII word lists (time words,
/// month and weekday names), so `w` is lower-cased into a small buffer and found in their
/// lower-case set (test `date_word_set_agrees`).
fn is_date_word(w: &str) -> bool {
    static SET: OnceLock<crate::fxhash::FxHashSet<String>> = OnceLock::new();
    static HEADS: OnceLock<crate::wordfilter::PairFilter> = OnceLock::new();
    let date_words = || {
        TIME_WORDS
            .iter()
            .copied()
            .chain(calendar::MONTHS.iter().map(|&(name, _)| name))
            .chain(calendar::WEEKDAYS.iter().map(|&(name, _)| name))
    };
    // Most words asked are a speaker's first word, no date word: (first two letters, length)
    // turns them away before the lower-case copy and the hash (a necessary condition in any
    // ASCII case; the empty word goes on to the set).
    let heads = HEADS.get_or_init(|| crate::wordfilter::PairFilter::new(date_words()));
    if !w.is_empty() && !heads.may_contain(w.as_bytes()) {
        return false;
    }
    let set = SET.get_or_init(|| date_words().map(str::to_ascii_lowercase).collect());
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    if !w.is_ascii() {
        return false;
    }
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| set.contains(l))
}

/// A speaker phrase starting at token `start`, after a cue ("said the analyst, who …").
fn speaker_after(text: &str, tokens: &[Token], start: usize) -> Option<(usize, usize)> {
    let mut end = None;
    let mut k = start;
    while k < tokens.len() && k - start < 10 {
        let t = &tokens[k];
        let w = word(text, t);
        if !t.word || (k > start && listed!(SPEAKER_AFTER_CUE_STOPS, w)) {
            break;
        }
        // "according to this communique": a demonstrative opens a speaker phrase when a word
        // other than a time word follows ("said this week" has no speaker after the cue).
        let demonstrative = listed!(&["this", "these"], w)
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.word && !is_time_word(word(text, n)));
        if k == start
            && listed!(SPEAKER_AFTER_CUE_STOPS, w)
            && !lower_is(text, t, "the")
            && !demonstrative
        {
            return None;
        }
        end = Some(k);
        k += 1;
    }
    let e = end?;
    // "said the café's owner, Milica Petrović.": a role phrase and then a name closing the
    // sentence; the name speaks.
    // The role phrase may run on past the words a speaker phrase stops at ("said the Special
    // Representative of the Secretary-General and Head of MINUSCA, Valentine Rugwabiza"), and
    // may open with a possessive ("said their commander, Brigadier-General Festus Okonkwo").
    if listed!(
        &["the", "a", "an", "their", "its", "his", "her", "our"],
        word(text, &tokens[start])
    ) {
        let comma = (e + 1..tokens.len().min(start + 20)).find(|&j| !tokens[j].word);
        if let Some(c) = comma.filter(|&c| word(text, &tokens[c]) == ",") {
            if let Some(name_end) = closing_name(text, tokens, c + 1) {
                return Some((c + 1, name_end));
            }
        }
    }
    // "according to a statement from UNAMA": the body that issued the document speaks.
    if e == start + 1
        && listed!(&["a", "an", "the"], word(text, &tokens[start]))
        && listed!(ISSUED_DOCUMENTS, word(text, &tokens[e]))
        && tokens
            .get(e + 1)
            .is_some_and(|t| listed!(&["from", "by"], word(text, t)))
    {
        if let Some(issuer) = speaker_after(text, tokens, e + 2) {
            return Some(issuer);
        }
    }
    Some((start, e))
}

/// The last token of a capitalized name of two to six words starting at `from` that ends the
/// sentence or the clause (a period, comma, semicolon or the end of the window follows).
fn closing_name(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let mut k = from;
    while k < tokens.len() && k - from < 6 && tokens[k].word {
        let w = word(text, &tokens[k]);
        if !(w.starts_with(char::is_uppercase) || particle_name(w)) {
            return None;
        }
        k += 1;
    }
    let ends = tokens
        .get(k)
        .is_none_or(|t| matches!(word(text, t), "." | "," | ";"));
    // Mixed case: in capitals a name cannot be told from the words of a clause.
    let mixed = |t: &Token| word(text, t).chars().any(char::is_lowercase);
    (k - from >= 2
        && ends
        && word(text, &tokens[from]).starts_with(char::is_uppercase)
        && mixed(&tokens[from])
        && mixed(&tokens[k - 1]))
    .then(|| k - 1)
}

fn skip_between_backwards(text: &str, tokens: &[Token], mut k: isize, floor: usize) -> isize {
    while k >= floor as isize {
        let t = &tokens[k as usize];
        if t.word
            && (exactly_listed!(BETWEEN_SPEAKER_AND_CUE, word(text, t))
                || manner_adverb(text, tokens, k as usize)
                || time_adverb(text, tokens, k as usize))
        {
            k -= 1;
        } else {
            break;
        }
    }
    k
}

/// A day named between a subject and its cue ("Market analysts *today* said", "TransCanada
/// *yesterday* stressed", "the ministry on *Monday* said"): the time of the saying, not part of
/// the speaker. Plural or lower-case weekdays are left alone ("the Fridays said" is no news).
fn time_adverb(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = word(text, &tokens[k]);
    // After a comma the day opens the clause of a speaker named before it ("Frank Naylor,
    // chairman of the FCA, yesterday said"): the appositive rules find that speaker.
    let after_word = k > 0 && tokens[k - 1].word;
    after_word && listed!(DAY_ADVERBS, w)
        || (after_word
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && calendar::weekday(w).is_some()
            && !w.ends_with('s'))
}

/// A lower-case "-ly" adverb between a subject and its cue ("he *pointedly* said", "Trump
/// *angrily* asked", "then *loudly* asked"): after a name, a subject pronoun or another word
/// between subject and cue, so "the family said" keeps its noun.
fn manner_adverb(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = word(text, &tokens[k]);
    if !(w.len() >= 5 && w.ends_with("ly") && w.starts_with(|c: char| c.is_ascii_lowercase())) {
        return false;
    }
    if listed!(
        &["family", "rally", "assembly", "supply", "anomaly", "monopoly", "homily",],
        w,
    ) {
        return false;
    }
    k > 0 && {
        let p = &tokens[k - 1];
        let pw = word(text, p);
        p.word
            && (pw.starts_with(char::is_uppercase)
                || listed!(SUBJECT_PRONOUNS, pw)
                || exactly_listed!(BETWEEN_SPEAKER_AND_CUE, pw))
    }
}

/// The run of capitalized words (a name, with titles) that opens the window, as its last token.
fn leading_name(text: &str, tokens: &[Token]) -> Option<usize> {
    let mut end = None;
    for (i, t) in tokens.iter().enumerate().take(8) {
        let w = word(text, t);
        if !t.word
            || !w.starts_with(char::is_uppercase)
            || (i == 0
                && (listed!(LEADING_NON_SPEAKER, w)
                    || listed!(CLAUSE_BOUNDARIES, w) && !w.eq_ignore_ascii_case("as")))
        {
            break;
        }
        end = Some(i);
    }
    end
}

/// The subject that opens a clause ("*The opposition leader* rallied supporters …", "*Prime
/// Minister Lena Holt* condemned …"): a name, or a noun phrase up to its past-tense verb, after
/// an opener ("On Sunday,").
fn leading_subject(text: &str, tokens: &[Token]) -> Option<(usize, usize)> {
    let mut a = 0;
    // An opener ending in a comma: "On Sunday, the governor …".
    if tokens.first().is_some_and(|t| {
        let w = word(text, t);
        listed!(LEADING_NON_SPEAKER, w) || is_time_word(w)
    }) {
        let comma = tokens
            .iter()
            .take(6)
            .position(|t| !t.word && word(text, t) == ",")?;
        a = comma + 1;
    }
    let rest = &tokens[a..];
    if let Some(e) = leading_name(text, rest) {
        let next_is_lower_noun = rest.get(e + 1).is_some_and(|t| {
            let w = word(text, t);
            t.word && w.starts_with(char::is_lowercase) && !w.ends_with("ed")
        });
        if !next_is_lower_noun && e > 0 || !listed!(SPEAKER_STARTERS, word(text, &rest[0])) {
            return Some((a, a + e));
        }
    }
    // "The opposition leader rallied": up to the first past-tense verb.
    let first = word(text, rest.first()?);
    if !listed!(SPEAKER_STARTERS, first) && !first.starts_with(char::is_uppercase) {
        return None;
    }
    let verb = rest.iter().take(8).position(|t| {
        let w = word(text, t);
        t.word
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ed") || listed!(IRREGULAR_PAST, w))
    })?;
    (verb > 0 && rest[..verb].iter().all(|t| t.word) && plausible_speaker(text, rest, 0, verb - 1))
        .then_some((a, a + verb - 1))
}

/// The subject that opens the sentence `window` (see `leading_subject`): the speaker of a
/// quotation whose cue has no subject next to it ("*The president* noted that he taught
/// constitutional law, and added: “…”").
pub fn sentence_subject(text: &str, window: Range<usize>) -> Option<Range<usize>> {
    let window = after_dateline(text, window);
    let tokens = tokenize(text, window);
    leading_subject(text, &tokens).map(|(a, b)| range_of(&tokens, a, b))
}

/// `window` without a wire dateline that opens it ("ISLAMABAD, May 7 (Reuters) - India
/// struck …"): an all-caps place of three letters or more ("DJ Norman Cook - aka …" is no
/// dateline), a comma, a date and a source, then a dash within the first 80 bytes.
fn after_dateline(text: &str, window: Range<usize>) -> Range<usize> {
    let head = &text[window.clone()];
    let place_caps = head.split([' ', ',']).next().is_some_and(|w| {
        w.chars().filter(|c| c.is_uppercase()).count() >= 3 && !w.chars().any(char::is_lowercase)
    });
    if !place_caps {
        return window;
    }
    let mut limit = head.len().min(80);
    while !head.is_char_boundary(limit) {
        limit -= 1;
    }
    let Some((dash, skip)) = [" - ", " — ", " – ", " -- "]
        .iter()
        .filter_map(|d| head[..limit].find(d).map(|at| (at, at + d.len())))
        .min()
    else {
        return window;
    };
    // A place of up to three words, a comma, a date and a source in parentheses ("SAN
    // SALVADOR, 15 JAN 90 (RADIO …) --"); not "LEADERS OF THE GENERAL CONFEDERATION OF WORKERS
    // (CGT) -- WHICH …", "FURTHERMORE, THE ELN -- WHICH …" or "MARIE AUDE LUDE, CICR
    // SPOKESWOMAN … TOLD ACAN - EFE".
    let prefix = &head[..dash];
    let place = prefix.split(',').next().unwrap_or(prefix);
    let dated = prefix.contains('(') && prefix.contains(|c: char| c.is_ascii_digit());
    if place.split_whitespace().count() > 3 || !prefix.contains(',') || !dated {
        return window;
    }
    window.start + skip..window.end
}

/// Whether a clause between commas before a cue is a parenthetical about the speaker rather
/// than the speaker itself: ", speaking on condition of anonymity,", ", who heads the unit,",
/// ", in Kentucky,", ", which was released Monday,". `np` is where the speaker phrase found in
/// it starts. Not: ", in which he criticized", ", which authorities say".
fn is_parenthetical(text: &str, clause: &[Token], np: usize) -> bool {
    let first = word(text, &clause[0]);
    if first.starts_with(|c: char| c.is_ascii_digit()) && clause.len() == 1 {
        return true; // an age: "Donna Rawlings, 59, said"
    }
    if !first.starts_with(char::is_lowercase) {
        return false;
    }
    if first.ends_with("ing") || first.ends_with("ed") || listed!(APPOSITIVE_OPENERS, first) {
        return true;
    }
    let np_word = clause.get(np).map_or("", |t| word(text, t));
    let np_is_verb = listed!(BETWEEN_SPEAKER_AND_CUE, np_word) || np_word.ends_with("ed");
    if listed!(&["who", "whose", "whom"], first) {
        // ", who heads the unit," is about the speaker; ", whom he called" has its own
        // subject; a bare "who" is the speaker itself.
        let new_subject = np_word.starts_with(char::is_uppercase)
            || listed!(PRONOUN_SPEAKERS, np_word)
            || np_word == "who";
        return !new_subject;
    }
    if listed!(CLAUSE_BOUNDARIES, first) {
        // ", which began withdrawing last month,": a relative clause whose first word is its
        // verb is about the subject before it; ", which authorities say," has its own subject.
        let relative_verb = listed!(RELATIVE_PRONOUNS, first) && np == 1 && clause.len() > 2 && {
            let next_is_verb = clause.get(2).is_some_and(|t| {
                let w = word(text, t);
                w.ends_with("ed") || listed!(IRREGULAR_PAST, w) || cue_at(text, clause, 2).is_some()
            });
            listed!(IRREGULAR_PAST, np_word)
                || np_word.ends_with("ing")
                || (np_word.ends_with('s') && !np_word.ends_with("ss") && !next_is_verb)
        };
        return np_is_verb || relative_verb;
    }
    let relative_follows = clause
        .get(1)
        .is_some_and(|t| listed!(CLAUSE_BOUNDARIES, word(text, t)));
    listed!(PARENTHETICAL_OPENERS, first) && !relative_follows
}

/// Whether tokens `a..=b` can be a speaker phrase before its cue: a name, a pronoun, or a short
/// noun phrase ("the ministry", "a senior official", "officials"), not a clause.
fn plausible_speaker(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let words: Vec<&str> = tokens[a..=b]
        .iter()
        .filter(|t| t.word)
        .map(|t| word(text, t))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    if words.len() > 8 {
        return false;
    }
    // "“…” until Haley said", "“…” and Trump says", "“…” in the way the United States
    // responds": a subordinate or coordinate clause, or a prepositional phrase; "Perhaps,
    // he said": a sentence adverb.
    if tokens[a].word
        && (first.starts_with(char::is_lowercase) && listed!(NEVER_OPENS_SPEAKER, first)
            || listed!(SENTENCE_ADVERBS, first))
    {
        return false;
    }
    let starts_well = first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || particle_name(first)
        || listed!(SPEAKER_STARTERS, first)
        || words[1..].iter().any(|w| w.starts_with(char::is_uppercase))
        || (words.len() == 1 && first.ends_with('s') && !listed!(CLAUSE_BOUNDARIES, first));
    let clause_like = words.iter().skip(1).any(|w| {
        w.starts_with(char::is_lowercase)
            && (listed!(CLAUSE_BOUNDARIES, w)
                || listed!(BETWEEN_SPEAKER_AND_CUE, w)
                || listed!(PRONOUN_SPEAKERS, w)
                || w.ends_with("ing"))
    });
    starts_well && !clause_like
}

/// Whether tokens `a..=b` hold a finite verb after their first word, so they are a clause and
/// not a noun phrase: a lower-case past-tense word ("-ed" or irregular) that ends the phrase or
/// is followed by a function word ("plan *stalled* in March", "the talks *collapsed* last
/// week"), not a participle before its noun ("a retired general", "the elected council").
fn has_finite_verb(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    (a + 1..=b).any(|j| {
        let t = &tokens[j];
        let w = word(text, t);
        let past = t.word
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ed") || listed!(IRREGULAR_PAST, w));
        past && (j == b
            || tokens[j + 1].word && listed!(AFTER_FINITE_VERB, word(text, &tokens[j + 1])))
    })
}

/// Whether the words hold a past-tense verb (lower case, "-ed" or irregular).
fn has_past_verb(text: &str, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        let w = word(text, t);
        t.word
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ed") || listed!(IRREGULAR_PAST, w))
    })
}

fn range_of(tokens: &[Token], a: usize, b: usize) -> Range<usize> {
    tokens[a].range.0..tokens[b].range.1
}

/// Whether the cue ending before token `next` ends its clause (`Sanders said.`, `he said in
/// an interview`, `she told Reuters`) rather than having an object or complement of its own
/// (`the mayor said goodbye`, `he said he would`).
fn cue_ends_clause(text: &str, tokens: &[Token], next: usize) -> bool {
    let Some(t) = tokens.get(next) else {
        return true;
    };
    let w = word(text, t);
    !t.word
        || w.starts_with(char::is_uppercase)
        || is_time_word(w)
        || (w.ends_with("ly") && w.len() > 4)
        || listed!(
            &[
                "in",
                "on",
                "at",
                "during",
                "of",
                "about",
                "after",
                "before",
                "when",
                "while",
                "as",
                "with",
                "from",
                "via",
                "later",
                "earlier",
                "last",
                "this",
                "reporters",
                "according",
            ],
            w,
        )
}

/// Attribution after the closing mark: the window starts right after it.
pub fn after(text: &str, window: Range<usize>) -> Option<Found> {
    with_tokens(text, window, |tokens| after_in(text, tokens))
}

/// [`after`] of the window's tokens.
fn after_in(text: &str, tokens: &[Token]) -> Option<Found> {
    // "“…” ― Carla Sanchez": a dash and a name alone sign the quotation.
    if let (Some(dash), Some(first)) = (tokens.first(), tokens.get(1)) {
        if !dash.word && first.word && listed!(SIGNATURE_DASHES, word(text, dash)) {
            let mut e = 1;
            while e + 1 < tokens.len()
                && e < 6
                && tokens[e + 1].word
                && word(text, &tokens[e + 1]).starts_with(char::is_uppercase)
            {
                e += 1;
            }
            let name = word(text, first).starts_with(char::is_uppercase)
                && (1..=e).all(|j| word(text, &tokens[j]).starts_with(char::is_uppercase));
            let ends = tokens.get(e + 1).is_none_or(|t| !t.word);
            if name && ends && e >= 2 {
                return Some(Found {
                    speaker: Some(range_of(tokens, 1, e)),
                    cue: range_of(tokens, 0, 0),
                    rule: "quote/dash-signature",
                });
            }
        }
    }
    let mut i = 0;
    while i < tokens.len()
        && !tokens[i].word
        && matches!(word(text, &tokens[i]), "," | "—" | "–" | "-")
    {
        i += 1;
    }
    // "“…,” as a ministry memo put it": "as" introduces the attribution.
    if tokens.get(i).is_some_and(|t| lower_is(text, t, "as"))
        && tokens.get(i + 1).is_some_and(|t| t.word)
    {
        i += 1;
    }
    // "according to X" / "said X"
    if let Some((n, speaker_follows)) = cue_at(text, tokens, i) {
        let cue = range_of(tokens, i, i + n - 1);
        if speaker_follows {
            if let Some((a, b)) = speaker_after(text, tokens, i + n) {
                return Some(Found {
                    speaker: Some(range_of(tokens, a, b)),
                    cue,
                    rule: "quote/after-cue-speaker",
                });
            }
        }
        return None;
    }
    // "X (was) said/told"
    let mut k = i;
    while k < tokens.len() && k - i < 24 {
        let t = &tokens[k];
        if !t.word && word(text, t) == "," && k > i {
            // "“…” like the recent volatility of markets, said Richard Curtin.": an inverted
            // cue after words that are no speaker attributes the sentence, the quotation in it.
            if let Some((n, true)) = cue_at(text, tokens, k + 1) {
                if !plausible_speaker(text, tokens, i, k - 1) {
                    if let Some((a, b)) = speaker_after(text, tokens, k + 1 + n) {
                        if word(text, &tokens[a]).starts_with(char::is_uppercase)
                            || listed!(SPEAKER_STARTERS, word(text, &tokens[a]))
                        {
                            return Some(Found {
                                speaker: Some(range_of(tokens, a, b)),
                                cue: range_of(tokens, k + 1, k + n),
                                rule: "quote/after-clause",
                            });
                        }
                    }
                }
            }
            // "another friend, Mariam Emara told CNN": a name right after the comma.
            let mut c = k + 1;
            while c < tokens.len() && c - k <= 6 && tokens[c].word {
                if let Some((n, _)) = cue_at(text, tokens, c) {
                    let end = skip_between_backwards(text, tokens, c as isize - 1, k + 1);
                    if end > k as isize && plausible_speaker(text, tokens, k + 1, end as usize) {
                        // "plan stalled in March, aides said": a clause with a finite verb
                        // before the comma is no part of the speaker; the subject after it is.
                        // "“…” for the victory, Sanders said.": words that are no speaker
                        // before the comma, and a cue that ends the sentence's attribution.
                        let clause = has_finite_verb(text, tokens, i, k - 1)
                            || (k - i > 1
                                && !plausible_speaker(text, tokens, i, k - 1)
                                && cue_ends_clause(text, tokens, c + n));
                        if clause || plausible_speaker(text, tokens, i, k - 1) {
                            let a = if clause { k + 1 } else { i };
                            let a = subject_pronoun_start(text, tokens, a, end as usize);
                            return Some(Found {
                                speaker: Some(range_of(tokens, a, end as usize)),
                                cue: range_of(tokens, c, c + n - 1),
                                rule: if clause {
                                    "quote/after-clause"
                                } else {
                                    "quote/after-speaker-cue"
                                },
                            });
                        }
                    }
                    break;
                }
                c += 1;
            }
            // "Khan, who heads the department, told Dawn": skip the appositive (or two: "X,
            // the attorney general of Oklahoma, one of the states suing, said").
            let mut close = k;
            let mut c = k + 1;
            let mut first_close = None;
            for _ in 0..2 {
                let next = tokens[close + 1..]
                    .iter()
                    .take(25)
                    .position(|t| !t.word && word(text, t) == ",");
                close = next.map(|c| close + 1 + c)?;
                first_close.get_or_insert(close);
                c = close + 1;
                if tokens.get(c).is_some_and(|t| t.word) && cue_at(text, tokens, c).is_some()
                    || tokens
                        .get(c)
                        .is_some_and(|t| exactly_listed!(BETWEEN_SPEAKER_AND_CUE, word(text, t)))
                {
                    break;
                }
            }
            while c < tokens.len()
                && tokens[c].word
                && exactly_listed!(BETWEEN_SPEAKER_AND_CUE, word(text, &tokens[c]))
            {
                c += 1;
            }
            if !plausible_speaker(text, tokens, i, k - 1) {
                return None;
            }
            // "the prime minister, Donald Tusk, wrote": a role phrase, then the name in
            // apposition; the name is the speaker (and links to the person).
            let role_then_name = first_close.filter(|&f| {
                f >= k + 3
                    && word(text, &tokens[i]).starts_with(char::is_lowercase)
                    && tokens[k + 1..f]
                        .iter()
                        .all(|t| t.word && word(text, t).starts_with(char::is_uppercase))
            });
            let speaker = match role_then_name {
                Some(f) => range_of(tokens, k + 1, f - 1),
                None => range_of(tokens, i, k - 1),
            };
            return cue_at(text, tokens, c).map(|(n, _)| Found {
                speaker: Some(speaker),
                cue: range_of(tokens, c, c + n - 1),
                rule: "quote/after-speaker-cue",
            });
        }
        if !t.word && word(text, t) == "(" {
            // "Rep. Gwen Moore (D-Wis.) said": a parenthesis is part of the speaker.
            let close = tokens[k..]
                .iter()
                .take(8)
                .position(|t| !t.word && word(text, t) == ")");
            k += close? + 1;
            continue;
        }
        if !t.word {
            return None;
        }
        // "a rebel commander who gave his name only as Abebe told AFP": the noun phrase before
        // the relative clause is the speaker, the cue after it.
        if k > i
            && listed!(RELATIVE_PRONOUNS, word(text, t))
            && plausible_speaker(text, tokens, i, k - 1)
        {
            let cue = (k + 2..tokens.len().min(k + 16))
                .take_while(|&c| tokens[c].word)
                .find_map(|c| cue_at(text, tokens, c).map(|(n, _)| (c, n)));
            if let Some((c, n)) = cue {
                return Some(Found {
                    speaker: Some(range_of(tokens, i, k - 1)),
                    cue: range_of(tokens, c, c + n - 1),
                    rule: "quote/after-speaker-cue",
                });
            }
        }
        if k > i {
            if let Some((n, _)) = cue_at(text, tokens, k) {
                let end = skip_between_backwards(text, tokens, k as isize - 1, i);
                if end < i as isize || !plausible_speaker(text, tokens, i, end as usize) {
                    return None;
                }
                return Some(Found {
                    speaker: Some(range_of(tokens, i, end as usize)),
                    cue: range_of(tokens, k, k + n - 1),
                    rule: "quote/after-speaker-cue",
                });
            }
        }
        k += 1;
    }
    None
}

/// A signature line: a paragraph that is only a dash and a name (`- Sanders.`, `-President
/// Obama, tweeting after the speech.`, `— Michelle Marks, Philadelphia`), signing the
/// quotation that forms the paragraph before it.
pub fn signature_line(text: &str, window: Range<usize>) -> Option<Found> {
    let slice = &text[window.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let dash = slice[lead..].chars().next()?;
    if !matches!(dash, '-' | '–' | '—' | '―') {
        return None;
    }
    let dash_at = window.start + lead;
    let after_dash = dash_at + dash.len_utf8();
    let tokens = tokenize(text, after_dash..window.end);
    let mut e = None;
    for (j, t) in tokens.iter().enumerate().take(5) {
        let w = word(text, t);
        if !t.word || !w.starts_with(char::is_uppercase) {
            break;
        }
        e = Some(j);
    }
    let e = e?;
    // The name ends the line or is followed by a comma or a period.
    let closes = tokens
        .get(e + 1)
        .is_none_or(|t| !t.word && matches!(word(text, t), "," | "."));
    closes.then(|| Found {
        speaker: Some(range_of(&tokens, 0, e)),
        cue: dash_at..after_dash,
        rule: "quote/dash-signature",
    })
}

/// A headline's speaker after a colon: "“Every winter, Moscow finds a new lever”: Moldova’s
/// reintegration chief on Transnistria". `window` starts right after the closing mark and ends
/// with the headline line. The speaker is the capitalized phrase after the colon, up to a
/// topic word of [`HEADLINE_TOPIC_WORDS`] ("on", "about", "over") or the end of the line, at
/// most six words.
pub fn headline_colon(text: &str, window: Range<usize>) -> Option<Found> {
    let slice = &text[window.clone()];
    let colon = window.start + slice.find(':').filter(|&c| slice[..c].trim().is_empty())?;
    let tokens = tokenize(text, colon + 1..window.end);
    let first = tokens.first()?;
    if !first.word || !word(text, first).starts_with(char::is_uppercase) {
        return None;
    }
    let end = tokens
        .iter()
        .position(|t| HEADLINE_TOPIC_WORDS.contains(&word(text, t)))
        .unwrap_or(tokens.len());
    if end == 0
        || end > 6
        || !tokens[..end]
            .iter()
            .all(|t| t.word || word(text, t) == "’" || word(text, t) == "'")
    {
        return None;
    }
    Some(Found {
        speaker: Some(range_of(&tokens, 0, end - 1)),
        cue: colon..colon + 1,
        rule: "quote/headline-colon",
    })
}

/// [`attributes_previous_in`] of a window.
#[cfg(test)]
pub fn attributes_previous(text: &str, window: Range<usize>, f: &Found) -> bool {
    attributes_previous_in(text, &tokenize(text, window), f)
}

/// [`after`] of the sentence after a quotation that ends its own sentence, kept only when it
/// attributes that quotation ([`attributes_previous_in`]): both read the window's tokens,
/// tokenized once.
pub fn after_attributing_previous(text: &str, window: Range<usize>) -> Option<Found> {
    with_tokens(text, window, |tokens| {
        after_in(text, tokens).filter(|f| attributes_previous_in(text, tokens, f))
    })
}

/// Whether an attribution found in the sentence after a quotation that ends its own sentence
/// (`“…?” Sanders replied.`) attributes that quotation. It does when the sentence opens with
/// its speaker or cue and the cue has no complement of its own; it does not when the sentence
/// reports words of its own: a new quotation after the cue (`He added: “…”`, `He added, “…”`),
/// a reported clause (`Greene added that …`, `Cruz says he …`, `He said, twice, that …`), an
/// object (`She noted a planned rally`), or words before the speaker (`South Carolina, he
/// said, was …`, `Perhaps, he said, …`).
fn attributes_previous_in(text: &str, tokens: &[Token], f: &Found) -> bool {
    let Some(first) = tokens.first() else {
        return false;
    };
    let opens = f
        .speaker
        .as_ref()
        .map_or(f.cue.start, |s| s.start.min(f.cue.start));
    if first.range.0 != opens {
        return false;
    }
    let end = f
        .speaker
        .as_ref()
        .map_or(f.cue.end, |s| s.end.max(f.cue.end));
    let Some(r) = tokens.iter().position(|t| t.range.0 >= end) else {
        return true;
    };
    let next = word(text, &tokens[r]);
    if !tokens[r].word {
        return match next {
            // "He added, “…”": a quotation of its own; "Dawson shouted, shorthand for …",
            // ", adding …": the sentence goes on about the attribution.
            "," => tokens
                .get(r + 1)
                .is_none_or(|t| t.word || !matches!(word(text, t), "“" | "\"" | "«" | "'" | "‘")),
            ":" => false,
            _ => !matches!(next, "“" | "\"" | "«" | "'" | "‘"),
        };
    }
    let cue = word(
        text,
        &tokens[tokens
            .iter()
            .position(|t| t.range.0 >= f.cue.start)
            .unwrap_or(0)],
    );
    let object_verb = listed!(&["told", "tells", "asked", "asks", "tell", "ask"], cue);
    // "He praised Rubio": a name after a cue that is no verb of addressing is its object
    // ("Sanders told Reuters", "he said Tuesday" are fine).
    let named_object = !object_verb && next.starts_with(char::is_uppercase) && !is_time_word(next);
    let complement = named_object
        || listed!(&["that"], next)
        || listed!(SUBJECT_PRONOUNS, next)
        || listed!(&["it", "there", "you"], next)
        || (!object_verb
            && listed!(
                &[
                    "a", "an", "the", "both", "all", "some", "many", "most", "his", "her", "their",
                    "its", "no", "this", "these", "those",
                ],
                next,
            ));
    !complement
}

/// Attribution in the clause before the opening mark: the last cue of the window wins.
pub fn before(text: &str, window: Range<usize>) -> Option<Found> {
    with_tokens(text, after_dateline(text, window), |tokens| {
        before_in(text, tokens)
    })
}

/// The tokens [`before`] and [`subject`] read of a clause before an opening mark (a wire
/// dateline that opens it left out): tokenized once when both are asked of one clause.
pub fn clause_tokens(text: &str, window: Range<usize>) -> Vec<Token> {
    tokenize(text, after_dateline(text, window))
}

/// [`before`] of a clause's [`clause_tokens`].
pub fn before_in(text: &str, tokens: &[Token]) -> Option<Found> {
    before_tokens(text, tokens, true)
}

fn before_tokens(text: &str, tokens: &[Token], outer: bool) -> Option<Found> {
    // "When Trump suggested …, Rubio fired back forcefully: “…”": a clause ending in a colon
    // introduces the quotation; its subject speaks even when its verb is no cue word.
    if outer && tokens.last().is_some_and(|t| word(text, t) == ":") {
        let clause = tokens[..tokens.len() - 1]
            .iter()
            .rposition(|t| !t.word && matches!(word(text, t), "," | ";" | "—" | "–"))
            .map_or(0, |c| c + 1);
        let last = &tokens[clause..tokens.len() - 1];
        let has_cue = (0..last.len()).any(|j| cue_at(text, last, j).is_some());
        if !has_cue {
            if let Some((speaker, verb)) = subject_and_verb(text, last) {
                return Some(Found {
                    speaker: Some(speaker),
                    cue: verb,
                    rule: "quote/before-colon",
                });
            }
        }
    }
    let mut k = tokens.len();
    'cues: while k > 0 {
        k -= 1;
        let Some((mut n, mut speaker_follows)) = cue_at(text, tokens, k) else {
            continue;
        };
        if listed!(AFTER_ONLY_CUES, word(text, &tokens[k])) {
            continue;
        }
        // "the families had been told to expect": a passive cue's subject heard the words.
        if passive_hearing(text, tokens, k) {
            continue;
        }
        // "Nur said in what he called a final warning that …": a cue inside an adjunct free
        // relative ("warning", "called") names how the words were put; the clause's own cue
        // before it ("said") carries the speaker.
        // A quotation right after the aside's verb ("included in what he described as “…”")
        // is the term so called: the aside's subject keeps it.
        let words_after = tokens
            .get(k + n..)
            .unwrap_or(&[])
            .iter()
            .any(|t| t.word && !listed!(&["as", "a", "an", "the"], word(text, t)));
        if let Some(p) = in_what_aside(text, tokens, k).filter(|_| words_after) {
            if (0..p).any(|j| cue_at(text, tokens, j).is_some()) {
                k = p;
                continue;
            }
        }
        // "The agency quoted Hikmet Hajiyev, an aide to the president, as saying": the person
        // quoted speaks, not the one who quotes.
        if let Some(speaker) = quoted_person(text, tokens, k) {
            return Some(Found {
                speaker: Some(speaker),
                cue: range_of(tokens, k, k),
                rule: "quote/quoted-as-saying",
            });
        }
        // The longest cue ending here ("quoted as saying", not "saying").
        for back in 1..=2 {
            if k >= back {
                if let Some((m, f)) = cue_at(text, tokens, k - back) {
                    if m > back {
                        k -= back;
                        n = m;
                        speaker_follows = f;
                        break;
                    }
                }
            }
        }
        let cue = range_of(tokens, k, k + n - 1);
        let is_according = lower_is(text, &tokens[k], "according");
        if is_according {
            let speaker = speaker_after(text, tokens, k + n).map(|(a, b)| range_of(tokens, a, b));
            return Some(Found {
                speaker,
                cue,
                rule: "quote/before-according",
            });
        }
        let mut end = skip_between_backwards(text, tokens, k as isize - 1, 0);
        // "The official, in what he called a warning, said": the aside is no subject.
        if let Some(before_aside) = usize::try_from(end)
            .ok()
            .and_then(|e| before_what_aside(text, tokens, e))
        {
            end = before_aside as isize;
        }
        // An appositive or a parenthetical between subject and cue: "X, a spokesman, said",
        // "An official, speaking on condition of anonymity, said".
        // A participle cue after a comma (", adding that") or a preposition of the main clause
        // ("explained the headline *by saying*", "*without saying*"; not "accused him of
        // saying", "for saying", whose object speaks) has the main clause's subject.
        let participle =
            k > 0 && word(text, &tokens[k - 1]) == "," && word(text, &tokens[k]).ends_with("ing");
        let prep_participle = k > 0
            && word(text, &tokens[k]).ends_with("ing")
            && tokens[k - 1].word
            && listed!(
                &[
                    "by", "without", "while", "when", "after", "before", "in", "upon", "despite",
                    "since",
                ],
                word(text, &tokens[k - 1]),
            );
        // A comma, then up to two appositives, then the subject.
        for _ in 0..5 {
            if end < 0 || participle {
                break;
            }
            let found = speaker_before(text, tokens, end as usize, 0);
            let clause_start = tokens[..=end as usize]
                .iter()
                .rposition(|t| !t.word && word(text, t) == ",")
                .map_or(0, |c| c + 1);
            let parenthetical = found.is_some_and(|(a, _)| {
                let c = clause_start.min(end as usize);
                let between_commas = c > 0
                    && a > c
                    && tokens
                        .get(end as usize + 1)
                        .is_some_and(|t| word(text, t) == ",")
                    && in_list(&RELATIVE_PRONOUNS[..2], word(text, &tokens[c]));
                // Not a subject after a conjunction inside the clause, right before the cue
                // ("At one point, a woman asked for a photo and Clinton said", ", doing
                // imitations and the way they say"): that subject is the speaker.
                let closed = tokens
                    .get(end as usize + 1)
                    .is_some_and(|t| word(text, t) == ",");
                let coordinated = a > c
                    && !closed
                    && listed!(
                        &["and", "but", "or", "so", "yet", "while", "when", "as", "then",],
                        word(text, &tokens[a - 1]),
                    );
                // "X, an ally, condemned what the State Department called “…”": the subject
                // of "what …" is no parenthetical.
                let after_what = a > c && lower_is(text, &tokens[a - 1], "what");
                // "Mohammad Pakpour, commander of the ground forces of the IRGC (IRGC), said":
                // a lower-case phrase with no verb between a name and a comma before the cue
                // is that name's appositive.
                // "Jane Doe, MP for Leeds North, said", "The Front, the group led by …
                // Ali Musa, claimed": a title phrase or a determiner phrase with a participle
                // is a description too (the head of the subject speaks).
                let after_name = c >= 2
                    && closed
                    && word(text, &tokens[c - 1]) == ","
                    && (word(text, &tokens[c - 2]).starts_with(char::is_uppercase)
                        || word(text, &tokens[c - 2]) == ")")
                    && (word(text, &tokens[c]).starts_with(char::is_lowercase)
                        || described_by_title(text, tokens, c, end as usize))
                    && tokens[c..=end as usize]
                        .iter()
                        .all(|t| t.word || matches!(word(text, t), "(" | ")"))
                    && (!has_finite_verb(text, tokens, c, end as usize)
                        || participle_phrase(text, tokens, c, end as usize))
                    && {
                        // The words before the comma are a speaker phrase, not a clause
                        // ("… a frosty relationship with McConnell, now the leader, who said").
                        let name_start = tokens[..c - 1]
                            .iter()
                            .rposition(|t| {
                                !t.word && !matches!(word(text, t), "." | "'" | "(" | ")")
                            })
                            .map_or(0, |p| p + 1);
                        // "Residents fled as the Front, the group led by …, claimed": the
                        // phrase after a lower-case clause boundary ("and" joins names).
                        let name_start = (name_start..c - 1)
                            .rfind(|&j| {
                                let w = word(text, &tokens[j]);
                                tokens[j].word
                                    && w.starts_with(char::is_lowercase)
                                    && listed!(CLAUSE_BOUNDARIES, w)
                                    && !listed!(&["and", "or", "nor"], w)
                            })
                            .map_or(name_start, |j| j + 1);
                        name_start <= c - 2 && plausible_speaker(text, tokens, name_start, c - 2)
                    };
                // ", adding that Tokyo had demanded": a participle phrase with a clause of its
                // own, not closed by a comma before the cue, reports that clause's subject (", noting
                // that …, said" stays a parenthetical).
                let own_clause = !closed
                    && a > c + 1
                    && word(text, &tokens[c]).ends_with("ing")
                    && lower_is(text, &tokens[c + 1], "that");
                // "In a statement, a spokesman said", "Asked about the inquiry, a Labour
                // spokesman told": after an introductory phrase, a noun phrase not closed by a
                // comma before the cue is the subject, not an appositive.
                // "It was, a senior official said, …", "… gave him five days to leave, a day
                // after Trudeau said": before the comma stands a clause, not a speaker the
                // phrase could be in apposition to.
                let article_phrase = in_list(&APPOSITIVE_OPENERS[..2], word(text, &tokens[c]));
                let after_intro = !closed
                    && c >= 2
                    && (introductory(text, &tokens[..c - 1])
                        || (article_phrase && !speaker_like(text, &tokens[..c - 1])));
                !coordinated
                    && !after_what
                    && !own_clause
                    && !after_intro
                    && (after_name
                        || tokens[c..=end as usize].iter().all(|t| t.word)
                            && (between_commas
                                // A speaker starting before the clause ("A survivor of the
                                // April 21, 2019, bombings told") has no noun phrase in it.
                                || is_parenthetical(
                                    text,
                                    &tokens[c..=end as usize],
                                    a.checked_sub(c).unwrap_or(usize::MAX),
                                )))
            });
            match found {
                Some((a, b)) if !parenthetical && expletive_there(text, tokens, a, b) => {
                    // "There was little said about “…”": an expletive subject; the verb is a
                    // passive participle and nobody is reported as saying the quoted words.
                    continue 'cues;
                }
                Some((a, _)) if !parenthetical && prepositional(text, tokens, a) => {
                    // "but in a later interview said": a prepositional phrase is no subject; an
                    // earlier cue of the sentence may have one ("The employee first said …, but
                    // in a later interview said"). Between commas it is skipped like a
                    // parenthetical ("Hemsley, …, about the spread of information, said").
                    let closed = tokens
                        .get(end as usize + 1)
                        .is_some_and(|t| word(text, t) == ",");
                    if closed && clause_start > 1 {
                        end = clause_start as isize - 2;
                    } else {
                        continue 'cues;
                    }
                }
                Some((a, b)) if !parenthetical && in_complement(text, tokens, a, b) => {
                    // "Guler said operations would continue “…”": a bare noun right after an
                    // outer cue is the content of what its subject said, not a speaker.
                    continue 'cues;
                }
                Some((a, b))
                    if !parenthetical
                        && word(text, &tokens[k]).ends_with("ing")
                        && has_past_verb(text, &tokens[a + 1..=b]) =>
                {
                    // "Petro took office promising “…”": the participle's subject is the
                    // subject of the clause's verb, not the words before the participle.
                    if let Some((s, e)) = leading_subject(text, &tokens[a..k]) {
                        return Some(Found {
                            speaker: Some(range_of(tokens, a + s, a + e)),
                            cue,
                            rule: "quote/before-subject",
                        });
                    }
                    break;
                }
                // "explained the headline by saying": the main clause's subject, below.
                Some(_) if !parenthetical && prep_participle => break,
                Some((a, b)) if !parenthetical => {
                    // "…, a figure he said was “ridiculous”": the pronoun is the subject.
                    let a = subject_pronoun_start(text, tokens, a, b);
                    return Some(Found {
                        speaker: Some(range_of(tokens, a, b)),
                        cue,
                        rule: "quote/before",
                    });
                }
                Some(_) if clause_start > 0 => end = clause_start as isize - 2,
                None if word(text, &tokens[end as usize]) == "," => end -= 1,
                _ => break,
            }
        }
        if speaker_follows {
            if let Some((a, b)) = speaker_after(text, tokens, k + n) {
                let closes = tokens.get(b + 1).is_none_or(|t| !t.word);
                let named = word(text, &tokens[a]).starts_with(char::is_uppercase);
                if closes && named {
                    return Some(Found {
                        speaker: Some(range_of(tokens, a, b)),
                        cue,
                        rule: "quote/before-cue-speaker",
                    });
                }
            }
        }
        // "X told reporters, adding that “…”": the speaker of the main clause.
        if (participle || prep_participle) && outer {
            if let Some(f) = before_tokens(text, &tokens[..k - 1], false) {
                if f.speaker.is_some() {
                    return Some(Found {
                        speaker: f.speaker,
                        cue,
                        rule: "quote/before-subject",
                    });
                }
            }
            if let Some((a, e)) = leading_subject(text, &tokens[..k - 1]) {
                return Some(Found {
                    speaker: Some(range_of(tokens, a, e)),
                    cue,
                    rule: "quote/before-subject",
                });
            }
        }
        // "He praised those who left but said, “…”": the subject of the clause before.
        if let Some(speaker) = subject_in(text, &tokens[..k]) {
            return Some(Found {
                speaker: Some(speaker),
                cue,
                rule: "quote/before-subject",
            });
        }
        return Some(Found {
            speaker: None,
            cue,
            rule: "quote/before-no-speaker",
        });
    }
    None
}

/// The subject of a clause whose verb follows the comma at `comma` that closes an appositive
/// ("*Jane Doe*, MP for Leeds North, visited", "The Inspector General of Police, *Mr. John
/// Smith*, visited"): the noun phrase that opens the clause, or the appositive when that is a
/// name and the phrase before it a role opening with a determiner. Both are at most eight
/// words with no verb; the phrase opens the window or follows a comma.
fn appositive_subject(text: &str, tokens: &[Token], comma: usize) -> Option<Range<usize>> {
    const MAX_WORDS: usize = 8;
    let lo = comma.saturating_sub(MAX_WORDS + 1);
    let open = (lo..comma).rev().find(|&x| !tokens[x].word)?;
    if word(text, &tokens[open]) != "," || open == 0 || open + 1 >= comma {
        return None;
    }
    let np1 = tokens[..open]
        .iter()
        .rposition(|t| !t.word)
        .map_or(0, |p| p + 1);
    if np1 >= open || open - np1 > MAX_WORDS || np1 > 0 && word(text, &tokens[np1 - 1]) != "," {
        return None;
    }
    let (a, b) = (open + 1, comma - 1);
    // "Pakistan, meanwhile, could share": a sentence adverb between commas is no appositive;
    // such a clause keeps the attribution of the quotation before it.
    if a == b
        && (listed!(SENTENCE_ADVERBS, word(text, &tokens[a]))
            || manner_adverb_word(text, &tokens[a]))
    {
        return None;
    }
    let role = listed!(DETERMINERS, word(text, &tokens[np1]));
    let name = tokens[a..=b].iter().all(|t| {
        let w = word(text, t);
        w.starts_with(char::is_uppercase) || particle_name(w)
    });
    let (s, e) = if role && name {
        (a, b)
    } else {
        (np1, open - 1)
    };
    (plausible_speaker(text, tokens, s, e)
        && !has_past_verb(text, &tokens[s..=e])
        && !introductory(text, &tokens[..=e]))
    .then(|| range_of(tokens, s, e))
}

/// Whether a word is a lower-case "-ly" adverb ("*reportedly*").
fn manner_adverb_word(text: &str, t: &Token) -> bool {
    let w = word(text, t);
    t.word && w.len() >= 5 && w.ends_with("ly") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Whether the appositive `a..=b` that opens with a capital is a title phrase describing the
/// name before it ("Jane Doe, *MP for Leeds North*, said", "*Mayor of Leeds*"), not a name in
/// apposition to a role ("The police chief, *Mr. John Smith*, said", whose name speaks): a
/// lower-case word other than a name particle follows its first word, and the phrase before
/// the comma does not open with a determiner.
fn described_by_title(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let lower_inside = tokens[a + 1..=b].iter().any(|t| {
        let w = word(text, t);
        t.word && w.starts_with(char::is_lowercase) && !particle_name(w)
    });
    let np1 = tokens[..a.saturating_sub(1)]
        .iter()
        .rposition(|t| !t.word)
        .map_or(0, |p| p + 1);
    lower_inside && !listed!(DETERMINERS, word(text, &tokens[np1]))
}

/// Whether the phrase `a..=b` is a noun phrase with a participle after its noun rather than a
/// clause: it opens with an article and its past-tense words are followed by "by" ("*the* group
/// *led by* the veteran commander Ali Musa").
fn participle_phrase(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    listed!(&["the", "a", "an"], word(text, &tokens[a]))
        && (a + 1..=b).all(|j| {
            let w = word(text, &tokens[j]);
            let past = tokens[j].word
                && w.starts_with(char::is_lowercase)
                && (w.ends_with("ed") || listed!(IRREGULAR_PAST, w));
            !past || tokens.get(j + 1).is_some_and(|t| lower_is(text, t, "by"))
        })
        && (a..=b).all(|j| cue_at(text, tokens, j).is_none())
}

/// The last token before an aside in commas that ends at the comma `end` and holds a free
/// relative ("The official, [in what he called a warning to the pirates,] said"): the aside's
/// "he" names what was called, not who speaks, so the subject stands before it. At most
/// `WHAT_ASIDE` words, none of them punctuation.
fn before_what_aside(text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    const WHAT_ASIDE: usize = 16;
    if word(text, tokens.get(end)?) != "," {
        return None;
    }
    let lo = end.saturating_sub(WHAT_ASIDE + 1);
    let open = (lo..end).rev().find(|&x| !tokens[x].word)?;
    let aside = &tokens[open + 1..end];
    (open > 0
        && word(text, &tokens[open]) == ","
        && aside.iter().any(|t| lower_is(text, t, "what")))
    .then(|| open - 1)
}

/// Where the adjunct free relative holding the cue at `k` starts ("said [in] what he called a
/// final warning", "said [in] what he described as a last appeal"): a preposition, "what", one
/// word (its subject) and the cue, or words with no punctuation up to it, at most
/// `WHAT_ASIDE_WORDS` after "what". `None` for an object relative ("condemned what he called
/// “…”"), whose quotation is the words so called.
fn in_what_aside(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    const WHAT_ASIDE_WORDS: usize = 8;
    let lo = k.saturating_sub(WHAT_ASIDE_WORDS);
    let what = (lo..k)
        .rev()
        .find(|&x| !tokens[x].word || lower_is(text, &tokens[x], "what"))?;
    if !tokens[what].word || what < 1 || what + 2 > k {
        return None;
    }
    let prep = what - 1;
    listed!(&["in", "with", "during"], word(text, &tokens[prep])).then_some(prep)
}

/// Whether the phrase `a..=b` opens with an expletive "there" and a form of "be" ("There was
/// little said", "there has been much said"): no speaker.
/// The person between "quoted" and "as saying" when the cue at `k` is that "saying": the name
/// or noun phrase up to the first comma ("quoted [Hikmet Hajiyev], an aide to …, as saying",
/// "quoted [a senior official] as saying").
fn quoted_person(text: &str, tokens: &[Token], k: usize) -> Option<Range<usize>> {
    if k < 3 || !lower_is(text, &tokens[k], "saying") || !lower_is(text, &tokens[k - 1], "as") {
        return None;
    }
    let quoted = (k.saturating_sub(24)..k - 2)
        .rev()
        .find(|&q| lower_is(text, &tokens[q], "quoted"))?;
    let end = (quoted + 1..k - 1)
        .find(|&e| !tokens[e].word)
        .unwrap_or(k - 1);
    (end > quoted + 1 && end - quoted <= 7).then(|| range_of(tokens, quoted + 1, end - 1))
}

fn expletive_there(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    a < b
        && lower_is(text, &tokens[a], "there")
        && tokens[a + 1].word
        && listed!(
            &["is", "was", "were", "are", "has", "have", "had", "will", "would",],
            word(text, &tokens[a + 1]),
        )
}

/// Whether the phrase `a..=b` right after a verb of saying (and its "that") is inside the
/// clause that verb reports rather than a speaker: a bare noun ("said operations would
/// continue"), or no speaker phrase at all ("said that it was too early").
fn in_complement(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let mut c = a;
    if c > 0 && lower_is(text, &tokens[c - 1], "that") {
        c -= 1;
    }
    if c == 0 || !tokens[c - 1].word || cue_at(text, tokens, c - 1).is_none() {
        return false;
    }
    let first = word(text, &tokens[a]);
    let bare_noun = first.starts_with(char::is_lowercase)
        && !listed!(SPEAKER_STARTERS, first)
        && !listed!(PRONOUN_SPEAKERS, first)
        && first != "who";
    bare_noun || !plausible_speaker(text, tokens, a, b)
}

/// The subject of the clause before a quotation that has no cue ("*He* offered “…”",
/// "Meanwhile, *Clinton* endorsed the deal, although *she* made it clear that …"): the last
/// personal pronoun or capitalized name in the window that is followed by a verb-like word.
#[cfg(test)]
pub fn subject(text: &str, window: Range<usize>) -> Option<Range<usize>> {
    subject_in(text, &clause_tokens(text, window))
}

/// [`subject`] of a clause's [`clause_tokens`].
pub fn subject_in(text: &str, tokens: &[Token]) -> Option<Range<usize>> {
    subject_and_verb(text, tokens).map(|(s, _)| s)
}

/// Whether token `k` is the participle of a passive telling ("was told", "were asked"): the
/// clause's subject heard the words, it did not say them.
fn passive_hearing(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0
        && listed!(&["told", "asked"], word(text, &tokens[k]))
        && listed!(PASSIVE_BE, word(text, &tokens[k - 1]))
}

/// The clause subject and the verb after it (see [`subject`]).
fn subject_and_verb(text: &str, tokens: &[Token]) -> Option<(Range<usize>, Range<usize>)> {
    let verb_like = |t: &Token| {
        let w = word(text, t);
        t.word
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !listed!(CLAUSE_BOUNDARIES, w)
            && !listed!(SPEAKER_AFTER_CUE_STOPS, w)
            && (w.ends_with("ed")
                || w.ends_with('s')
                || listed!(BETWEEN_SPEAKER_AND_CUE, w)
                // "He spoke quietly:": any irregular past tense.
                || listed!(IRREGULAR_PAST, w))
    };
    let mut k = tokens.len();
    while k > 1 {
        k -= 1;
        // "She was told: “…”": the subject heard the quotation.
        if passive_hearing(text, tokens, k) {
            return None;
        }
        if !verb_like(&tokens[k]) {
            continue;
        }
        let end = k - 1;
        let w = word(text, &tokens[end]);
        if !tokens[end].word {
            // "The Inspector General of Police, Mr. John Smith, visited the site and said":
            // an appositive closed by the comma before the verb.
            if w == "," {
                if let Some(subject) = appositive_subject(text, tokens, end) {
                    return Some((subject, range_of(tokens, k, k)));
                }
            }
            continue;
        }
        // "The guerrillas demand “…”": after a determiner the "-s" word is a plural noun, not
        // the verb.
        if listed!(DETERMINERS, w) {
            continue;
        }
        if expletive_there(text, tokens, end, k) {
            continue; // "There was little said about “…”": no subject
        }
        // "Nur condemned what he called piracy and said": the subject of a free relative
        // ("what he called") is inside an object, not the clause's subject.
        if end > 0 && lower_is(text, &tokens[end - 1], "what") {
            continue;
        }
        let verb = range_of(tokens, k, k);
        if listed!(PRONOUN_SPEAKERS, w) && !w.eq_ignore_ascii_case("it") {
            return Some((range_of(tokens, end, end), verb));
        }
        if w.starts_with(char::is_uppercase) {
            let mut start = end;
            while start > 0
                && tokens[start - 1].word
                && word(text, &tokens[start - 1]).starts_with(char::is_uppercase)
                && end - start < 5
            {
                start -= 1;
            }
            let first = word(text, &tokens[start]);
            if listed!(LEADING_NON_SPEAKER, first) || listed!(CLAUSE_BOUNDARIES, first) {
                start += 1;
            } else {
                // Modifiers before the name: "17-year-old Jared Potts", "host Bill Maher".
                let mut s = start;
                while s > 0
                    && start - s < 3
                    && tokens[s - 1].word
                    && !verb_like(&tokens[s - 1])
                    && !listed!(CLAUSE_BOUNDARIES, word(text, &tokens[s - 1]))
                    && !listed!(LEADING_NON_SPEAKER, word(text, &tokens[s - 1]))
                    && !listed!(SPEAKER_AFTER_CUE_STOPS, word(text, &tokens[s - 1]))
                {
                    s -= 1;
                }
                if s == 0 || !tokens[s - 1].word {
                    start = s;
                }
            }
            // Only a clause subject: at the window start, or after a comma or conjunction.
            let opens_clause = start == 0 || {
                let p = &tokens[start - 1];
                !p.word || listed!(CLAUSE_BOUNDARIES, word(text, p))
            };
            if start <= end && opens_clause {
                return Some((range_of(tokens, start, end), verb));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_head_passes_the_head_filter() {
        for head in cue_index().keys() {
            assert!(may_be_cue_head(head), "{head:?}");
        }
        assert!(!may_be_cue_head(""));
    }

    #[test]
    fn date_words_are_ascii_letters() {
        // `is_number_or_date` reads a range's opening run of letters as its first word.
        let words = TIME_WORDS
            .iter()
            .chain(calendar::MONTHS.iter().map(|(name, _)| name))
            .chain(calendar::WEEKDAYS.iter().map(|(name, _)| name));
        for w in words {
            assert!(
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()),
                "{w:?}"
            );
        }
    }

    #[test]
    fn number_or_date_test_agrees_with_the_chunk_walk() {
        // The opening-letters shortcut against the chunk walk alone, on ranges of the seeds
        // and of pieces glued to date words.
        fn chunk_walk(text: &str, range: Range<usize>) -> bool {
            let mut tokens = Vec::new();
            text[range.clone()].split_whitespace().all(|chunk| {
                let start = chunk.as_ptr() as usize - text.as_ptr() as usize;
                tokens.clear();
                tokenize_into(text, start..start + chunk.len(), &mut tokens);
                tokens.iter().filter(|t| t.word).all(|t| {
                    let w = word(text, t).trim_end_matches('.');
                    w.chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '/'))
                        || is_date_word(w)
                })
            })
        }
        let pieces = [
            "Oct.", "1", "2024", "Monday", "monday's", "Jan", "January-", "Mayor", "he", "week",
            "weeks", "’s", ",", " ", "\u{a0}", "-", "Sept.", "May", "mays", "(", "\"", "x",
        ];
        let mut texts = crate::testutil::seed_texts();
        let mut rng = crate::testutil::Xorshift(0xdead_beef_cafe_f00d);
        for _ in 0..2_000 {
            let mut t = String::new();
            for _ in 0..1 + rng.below(4) {
                t.push_str(pieces[rng.below(pieces.len())]);
                if rng.below(2) == 0 {
                    t.push(' ');
                }
            }
            texts.push(t);
        }
        for text in &texts {
            let ends: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (k, &a) in ends.iter().enumerate().step_by(7) {
                for &b in ends[k..].iter().take(40) {
                    assert_eq!(
                        is_number_or_date(text, a..b),
                        chunk_walk(text, a..b),
                        "{:?}",
                        &text[a..b]
                    );
                }
            }
        }
    }

    #[test]
    fn word_filters_agree_with_the_list_scan() {
        // Every list, asked for its own words in three cases, prefixes and extensions of
        // them, the words of the seed texts, and odd strings.
        let lists: &[&[&str]] = &[
            BETWEEN_SPEAKER_AND_CUE,
            CLAUSE_BOUNDARIES,
            LEADING_NON_SPEAKER,
            TIME_WORDS,
            AFTER_FINITE_VERB,
            IRREGULAR_PAST,
            AFTER_ONLY_CUES,
            APPOSITIVE_OPENERS,
            SPEAKER_AFTER_CUE_STOPS,
            PASSIVE_BE,
            NEVER_OPENS_SPEAKER,
            SENTENCE_ADVERBS,
            NOUN_MARKERS,
            SPEAKER_STARTERS,
            PARENTHETICAL_OPENERS,
            ISSUED_DOCUMENTS,
            &[
                "by",
                "without",
                "’s",
                "",
                "a-very-long-word-of-thirty-two-b",
                "É",
            ],
        ];
        let mut probes: Vec<String> = [
            "",
            "’",
            "é",
            "É",
            "\u{212A}",
            "a-very-long-word-of-thirty-two-B",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for list in lists {
            for w in *list {
                probes.extend([
                    w.to_string(),
                    w.to_ascii_uppercase(),
                    w.to_ascii_lowercase(),
                ]);
                probes.push(format!("{w}s"));
                probes.extend(w.get(..w.len().saturating_sub(1)).map(str::to_string));
            }
        }
        for text in crate::testutil::seed_texts() {
            probes.extend(text.split_whitespace().map(str::to_string));
        }
        for list in lists {
            let words = Words::new(list);
            for p in &probes {
                assert_eq!(words.contains(p), in_list(list, p), "{p:?} in {list:?}");
            }
        }
    }

    /// The first-written tokenizer (a `char` at a time), the reference for the table-driven one.
    fn tokenize_reference(text: &str, range: Range<usize>) -> Vec<Token> {
        let mut out = Vec::new();
        let slice = &text[range.clone()];
        let mut i = 0;
        while i < slice.len() {
            let Some(c) = slice[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            let chunk_end = slice[i..]
                .find(char::is_whitespace)
                .map_or(slice.len(), |n| i + n);
            let chunk = &slice[i..chunk_end];
            let mut s = i;
            for c in chunk.chars() {
                if is_punct(c) {
                    out.push(Token {
                        range: (range.start + s, range.start + s + c.len_utf8()),
                        word: false,
                    });
                    s += c.len_utf8();
                } else {
                    break;
                }
            }
            let mut e = chunk_end;
            let mut trailing = Vec::new();
            while e > s {
                let Some(c) = slice[s..e].chars().next_back() else {
                    break;
                };
                if !is_punct(c) {
                    break;
                }
                if matches!(c, '\'' | '’') && slice[s..e - c.len_utf8()].ends_with('s') {
                    break;
                }
                if c == '.' {
                    let core = &slice[s..e - 1];
                    let abbrev = ABBREVIATIONS.contains(&core)
                        || (core.contains('.') && core.split('.').all(|p| p.chars().count() <= 2))
                        || (core.chars().count() == 1 && core.chars().all(char::is_uppercase));
                    if abbrev {
                        break;
                    }
                }
                trailing.push((e - c.len_utf8(), e));
                e -= c.len_utf8();
            }
            if e > s {
                out.push(Token {
                    range: (range.start + s, range.start + e),
                    word: true,
                });
            }
            for (a, b) in trailing.into_iter().rev() {
                out.push(Token {
                    range: (range.start + a, range.start + b),
                    word: false,
                });
            }
            i = chunk_end;
        }
        out
    }

    fn same_tokens(text: &str, range: Range<usize>) {
        let got: Vec<_> = tokenize(text, range.clone())
            .iter()
            .map(|t| (t.range, t.word))
            .collect();
        let want: Vec<_> = tokenize_reference(text, range.clone())
            .iter()
            .map(|t| (t.range, t.word))
            .collect();
        assert_eq!(got, want, "{:?}", &text[range]);
    }

    #[test]
    fn date_word_set_agrees() {
        let mut words: Vec<String> = Vec::new();
        for &w in TIME_WORDS
            .iter()
            .chain(calendar::MONTHS.iter().map(|(n, _)| n))
            .chain(calendar::WEEKDAYS.iter().map(|(n, _)| n))
        {
            words.extend([
                w.to_string(),
                w.to_ascii_uppercase(),
                w[..1].to_ascii_uppercase() + &w[1..],
                format!("{w}s"),
                w[..w.len() - 1].to_string(),
                format!("{w}é"),
            ]);
        }
        for text in crate::testutil::seed_texts() {
            words.extend(text.split_whitespace().map(String::from));
        }
        words.extend(["", "Ma\u{0307}y", "MAY", "mAy"].map(String::from));
        words.push("x".repeat(30));
        for w in &words {
            let w = w.trim_end_matches('.');
            assert_eq!(
                is_date_word(w),
                is_time_word(w) || calendar::is_month(w),
                "{w:?}"
            );
        }
    }

    /// The byte classes are the tokenizer's character tests on every ASCII byte.
    #[test]
    fn byte_classes_agree_with_the_character_tests() {
        for b in 0..=255u8 {
            let want = match char::from(b) {
                _ if b >= 0x80 => NON_ASCII_BYTE,
                c if c.is_whitespace() => SPACE_BYTE,
                c if is_punct(c) => PUNCT_BYTE,
                _ => WORD_BYTE,
            };
            assert_eq!(BYTE_CLASS[b as usize], want, "{b:#x}");
        }
    }

    #[test]
    fn tokenizer_agrees_with_the_reference() {
        let mut texts = crate::testutil::seed_texts();
        // Pseudo-random texts over the characters the tokenizer treats specially.
        let alphabet: Vec<char> =
            "aZs.'’\"“”,;:!?()-&@_/ \t\n\r\u{0b}\u{0c}\u{85}\u{a0}\u{2009}\u{3000}\u{202f}é€7"
                .chars()
                .collect();
        let pieces = ["Mr", "Dr.", "U.S.", "A.", "militants'", "St.", "é.", "Ü."];
        let mut rng = crate::testutil::Xorshift(0x9e37_79b9_7f4a_7c15);
        let mut next = |n: usize| rng.below(n);
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..next(40) {
                if next(5) == 0 {
                    t.push_str(pieces[next(pieces.len())]);
                } else {
                    t.push(alphabet[next(alphabet.len())]);
                }
            }
            texts.push(t);
        }
        for text in &texts {
            same_tokens(text, 0..text.len());
            // Windows starting and ending anywhere (on char boundaries).
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(37)
                .collect();
            for w in cuts.windows(2) {
                same_tokens(text, w[0]..w[1]);
            }
            if text.len() > 400 {
                for start in (0..text.len() - 320).step_by(97) {
                    let (mut a, mut b) = (start, start + 320);
                    while !text.is_char_boundary(a) {
                        a += 1;
                    }
                    while !text.is_char_boundary(b) {
                        b += 1;
                    }
                    same_tokens(text, a..b);
                }
            }
        }
    }

    /// Asserts, for each `(text, want)`, the (speaker, cue) that `after` finds in the text.
    fn expect_after(cases: &[(&str, Option<(&str, &str)>)]) {
        expect(cases, after);
    }

    /// Asserts, for each `(text, want)`, the (speaker, cue) that `before` finds in the text.
    fn expect_before(cases: &[(&str, Option<(&str, &str)>)]) {
        expect(cases, before);
    }

    fn expect(
        cases: &[(&str, Option<(&str, &str)>)],
        find: fn(&str, Range<usize>) -> Option<Found>,
    ) {
        for &(text, want) in cases {
            let got = show(text, find(text, 0..text.len()));
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, want, "{text}");
        }
    }

    fn show(text: &str, f: Option<Found>) -> Option<(String, String)> {
        f.map(|f| {
            (
                f.speaker.map_or(String::new(), |s| text[s].to_string()),
                text[f.cue].to_string(),
            )
        })
    }

    #[test]
    fn tokens_keep_abbreviations() {
        let text = "Dr. Rakisits (ISPR) said, U.S. “x";
        let t: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| word(text, t))
            .collect();
        assert_eq!(
            t,
            ["Dr.", "Rakisits", "(", "ISPR", ")", "said", ",", "U.S.", "“", "x"]
        );
    }

    #[test]
    fn after_patterns() {
        let cases = [
            (
                " Tokayev told participants in the drills.",
                Some(("Tokayev", "told")),
            ),
            // A name with a particle is no hyphenated modifier ("late-night tweets").
            (
                " Information Minister Khalid al-Aiser told reporters.",
                Some(("Information Minister Khalid al-Aiser", "told")),
            ),
            (" in late-night posts online.", None),
            (
                " al-Sudani said at the meeting.",
                Some(("al-Sudani", "said")),
            ),
            (
                " according to a statement from UNAMA.",
                Some(("UNAMA", "according to")),
            ),
            (
                " according to a statement.",
                Some(("a statement", "according to")),
            ),
            (
                " the ministry said in a statement.",
                Some(("the ministry", "said")),
            ),
            (
                " the minister was quoted as saying.",
                Some(("the minister", "quoted as saying")),
            ),
            (
                " said the analyst, who recently wrote",
                Some(("the analyst", "said")),
            ),
            (
                " according to Chinese state media.",
                Some(("Chinese state media", "according to")),
            ),
            (
                " Dr. Rakisits concluded.",
                Some(("Dr. Rakisits", "concluded")),
            ),
            (" and contrary to established traditions.", None),
            // A clause with a finite verb before the comma is not part of the speaker.
            (
                " plan stalled in March, aides said.",
                Some(("aides", "said")),
            ),
            (
                " talks collapsed, officials said.",
                Some(("officials", "said")),
            ),
            // A participle before its noun is.
            (
                " a retired fisherman, Tomas Ruiz told Reuters.",
                Some(("a retired fisherman, Tomas Ruiz", "told")),
            ),
        ];
        expect_after(&cases);
    }

    #[test]
    fn before_patterns() {
        let cases = [
            (
                "When asked, Dr. Rakisits insisted, ",
                ("Dr. Rakisits", "insisted"),
            ),
            (
                "The political analyst explained, ",
                ("The political analyst", "explained"),
            ),
            (
                "Mr. Korybko has previously told ValueWalk that such a bloc could ",
                ("Mr. Korybko", "told"),
            ),
            (
                "in which he criticized Pakistan for what he saw as providing ",
                ("he", "criticized"),
            ),
            (
                "Pakistan's Inter-Services Public Relations (ISPR) stated, ",
                (
                    "Pakistan's Inter-Services Public Relations (ISPR)",
                    "stated",
                ),
            ),
            ("However, he added, ", ("he", "added")),
            ("As Senator Reyes put it, ", ("Senator Reyes", "put it")),
            ("According to the report, ", ("the report", "According to")),
            (
                "Defence Minister Aylin Demir said operations would continue ",
                ("Defence Minister Aylin Demir", "said"),
            ),
            (
                "According to military intelligence Colonel Ivan Petrov said the bridge was ",
                ("Colonel Ivan Petrov", "said"),
            ),
            (
                "The opposition leader rallied supporters in the capital, promising to ",
                ("The opposition leader", "promising"),
            ),
            ("Petro took office promising ", ("Petro", "promising")),
            // No verb before the participle: the words before it are its subject.
            (
                "Angry protesters outside chanting ",
                ("Angry protesters outside", "chanting"),
            ),
        ];
        for (text, (speaker, cue)) in cases {
            let got = show(text, before(text, 0..text.len()));
            assert_eq!(got, Some((speaker.to_string(), cue.to_string())), "{text}");
        }
    }

    #[test]
    fn round6_speaker_phrases() {
        let before_cases = [
            // A subject after a conjunction inside the clause before the cue is the speaker,
            // not an appositive to skip.
            (
                "At one point, a woman asked for a photo and Clinton said, ",
                Some(("Clinton", "said")),
            ),
            // An appositive closed by a comma is still skipped.
            (
                "The senator, a former prosecutor, said, ",
                Some(("The senator", "said")),
            ),
            // A participle cue after a preposition of the main clause: its subject.
            (
                "He explained the headline by saying: ",
                Some(("He", "saying")),
            ),
            // A subject pronoun after a number is the speaker alone.
            (
                "Clinton lost, and since 2008 she has often told aides that ",
                Some(("she", "told")),
            ),
            // A prepositional phrase is no subject: the earlier cue's subject speaks.
            (
                "The employee said he did not recall it, but in a later interview said that ",
                Some(("The employee", "said")),
            ),
            // A manner adverb between subject and cue.
            ("Trump angrily said, ", Some(("Trump", "said"))),
        ];
        expect_before(&before_cases);
        let after_cases = [
            // A subordinate or coordinate clause after the quotation is no attribution.
            (" until Haley said she was backing the senator.", None),
            (" and Donald Trump says he is losing.", None),
            (" in the way the United States responds.", None),
            // Not a noun ending in -ly.
            (" the family said.", Some(("the family", "said"))),
            (" he pointedly said.", Some(("he", "said"))),
            // A sentence-final attribution after words that are no speaker.
            (
                " would be appropriate, Ben Carson said after the attacks.",
                Some(("Ben Carson", "said")),
            ),
            (
                " about the decision, said RoseAnn DeMoro, the director.",
                Some(("RoseAnn DeMoro", "said")),
            ),
            // Not when the cue has its own object.
            (" and with that, the mayor said goodbye.", None),
        ];
        expect_after(&after_cases);
    }

    #[test]
    fn a_dates_commas_stay_in_the_speaker() {
        let text = "A survivor of the April 21, 2019, suicide bombings told a Colombo court on \
                    Monday that she still hears the explosion ";
        let got = show(text, before(text, 0..text.len()));
        assert_eq!(
            got,
            Some((
                "A survivor of the April 21, 2019, suicide bombings".to_string(),
                "told".to_string()
            ))
        );
        // A comma after a year that closes no date still ends the phrase.
        let text = "In 2019, officials said ";
        let got = show(text, before(text, 0..text.len()));
        assert_eq!(got, Some(("officials".to_string(), "said".to_string())));
    }

    #[test]
    fn appositive_names_speak() {
        let before_cases = [
            // A name, then an appositive with a parenthesis, then the cue: the name speaks.
            (
                "Brig. Gen. Mohammad Pakpour, commander of the ground forces of the Islamic \
                 Revolutionary Guard Corps (IRGC), said his troops had ",
                Some(("Brig. Gen. Mohammad Pakpour", "said")),
            ),
            (
                "The Ambazonia Defence Forces (ADF), one of the largest separatist militias, \
                 denied involvement, calling the killings ",
                Some(("The Ambazonia Defence Forces (ADF)", "calling")),
            ),
            // Not a place before a comma.
            ("In Kabul, officials said ", Some(("officials", "said"))),
            // Two appositives.
            (
                "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the \
                 Security Council, said North Korea's latest ",
                Some(("Jean-Marc Ayrault", "said")),
            ),
        ];
        expect_before(&before_cases);
        // A clause before the comma is no name: its words never become the speaker.
        let text = "Obama has had a frosty relationship with McConnell, now the Senate majority \
                    leader, who in 2010 said the GOP's most important goal was to make Obama a ";
        let got = show(text, before(text, 0..text.len()));
        assert!(
            got.as_ref().is_none_or(|(s, _)| !s.starts_with("Obama")),
            "{got:?}"
        );
        let after_cases = [
            // "said the <role>, <Name>.": the name speaks.
            (
                " said the café’s owner, Milica Petrović.",
                Some(("Milica Petrović", "said")),
            ),
            (
                " said the Special Representative of the Secretary-General and Head of \
                 MINUSCA, Valentine Rugwabiza.",
                Some(("Valentine Rugwabiza", "said")),
            ),
            // Not a clause or a lower-case phrase after the comma.
            (
                " said the minister, adding that talks would continue.",
                Some(("the minister", "said")),
            ),
            (
                " said the statement, issued on Monday.",
                Some(("the statement", "said")),
            ),
            (
                " said the envoy, Reuters reported.",
                Some(("the envoy", "said")),
            ),
        ];
        expect_after(&after_cases);
    }

    #[test]
    fn signature_lines() {
        for (text, want) in [
            ("- Bernie Sanders.", Some("Bernie Sanders")),
            (
                "-President Obama, tweeting after the speech.",
                Some("President Obama"),
            ),
            ("— Michelle Marks, Philadelphia", Some("Michelle Marks")),
            ("- Reuters reported the figures.", None),
            ("Sanders said so.", None),
        ] {
            let got = signature_line(text, 0..text.len())
                .and_then(|f| f.speaker)
                .map(|s| &text[s]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn next_sentence_attributes_only_without_its_own_words() {
        for (text, want) in [
            (" Sanders replied.", true),
            (" he told the crowd.", true),
            (" He added: ", false),
            (" He added, “And you want", false),
            (" Greene added that the Fed", false),
            (" Cruz says he is not familiar", false),
            (" She noted a planned rally", false),
            (" South Carolina, he said, was", false),
            (" He mocked Rubio for", false),
        ] {
            let f = after(text, 0..text.len());
            let got = f
                .as_ref()
                .is_some_and(|f| attributes_previous(text, 0..text.len(), f));
            assert_eq!(got, want, "{text} {f:?}");
        }
    }

    #[test]
    fn state_is_a_cue_only_before_its_complement() {
        let text = "Which swing state is Hillary Clinton going to win with her message of ";
        assert_eq!(show(text, before(text, 0..text.len())), None);
        let text = "The charter states that ";
        assert_eq!(
            show(text, before(text, 0..text.len())),
            Some(("The charter".to_string(), "states".to_string()))
        );
    }

    #[test]
    fn expletive_there_is_no_speaker() {
        let text = "There was little said about ";
        assert_eq!(show(text, before(text, 0..text.len())), None);
        assert_eq!(subject(text, 0..text.len()), None);
        // Not an expletive: "there" in the complement of a cue with its own subject.
        let text = "Officials said there was ";
        assert_eq!(
            show(text, before(text, 0..text.len())),
            Some(("Officials".to_string(), "said".to_string()))
        );
    }

    fn speaker_before_mark(text: &str) -> Option<(String, String)> {
        show(text, before(text, 0..text.len()))
    }

    fn pair(speaker: &str, cue: &str) -> Option<(String, String)> {
        Some((speaker.to_string(), cue.to_string()))
    }

    #[test]
    fn the_head_of_the_subject_speaks_not_its_appositive() {
        // A title phrase or a participle phrase in apposition to a name is skipped.
        let text = "Jane Doe, MP for Leeds North, said the town was ";
        assert_eq!(speaker_before_mark(text), pair("Jane Doe", "said"));
        let text = "The Front, the group led by the veteran commander Ali Musa, claimed the raid ";
        assert_eq!(speaker_before_mark(text), pair("The Front", "claimed"));
        let text = "Residents fled as the Front, the group led by Ali Musa, claimed the raid ";
        assert_eq!(speaker_before_mark(text), pair("the Front", "claimed"));
        // A name in apposition to a role opening with a determiner speaks.
        let text = "The police chief, Mr. John Smith, said the town was ";
        assert_eq!(speaker_before_mark(text), pair("Mr. John Smith", "said"));
        // A clause with a cue between commas is no appositive.
        let text = "The town, the mayor said, was ";
        assert_eq!(speaker_before_mark(text), pair("the mayor", "said"));
        // A past tense not followed by "by" makes a clause, not an appositive to skip.
        let text = "The Front, the group attacked the town, claimed ";
        assert_eq!(
            speaker_before_mark(text),
            pair("the group attacked the town", "claimed")
        );
    }

    #[test]
    fn a_coordinated_cue_takes_the_subject_across_an_appositive() {
        let text = "The Inspector General of Police, Mr. John Smith, visited the site and said: ";
        assert_eq!(speaker_before_mark(text), pair("Mr. John Smith", "said"));
        let text = "Jane Doe, MP for Leeds North, visited the site and said: ";
        assert_eq!(speaker_before_mark(text), pair("Jane Doe", "said"));
        // An introductory phrase between commas is no subject.
        let text = "In Leeds, on Monday, visited the site and said: ";
        assert_eq!(speaker_before_mark(text), pair("", "said"));
    }

    #[test]
    fn an_irregular_past_verb_before_a_colon_has_a_subject() {
        let text = "He spoke quietly:";
        assert_eq!(speaker_before_mark(text), pair("He", "spoke"));
        // A lower-case word before the verb is no subject.
        let text = "the bus left quickly:";
        assert_eq!(subject(text, 0..text.len()), None);
    }
}
#[cfg(test)]
mod what_asides {
    use super::*;

    /// The speaker and cue `before` finds in `text`.
    fn found(text: &str) -> Option<(String, String)> {
        before(text, 0..text.len()).map(|f| {
            (
                f.speaker.map_or(String::new(), |s| text[s].to_string()),
                text[f.cue].to_string(),
            )
        })
    }

    #[test]
    fn the_subject_of_said_speaks_not_the_pronoun_of_what_he_called() {
        for (text, speaker) in [
            (
                "The official, in what he called a warning to the pirates, said the navy would ",
                "The official",
            ),
            (
                "Nur, in what he called a final warning, said the navy would ",
                "Nur",
            ),
            (
                "Nur condemned what he called an act of piracy and said the navy would ",
                "Nur",
            ),
            (
                "In what he called a warning, Nur said the navy would ",
                "Nur",
            ),
        ] {
            assert_eq!(
                found(text),
                Some((speaker.to_string(), "said".to_string())),
                "{text}"
            );
        }
        // A scare quote right after "what he called" is still his.
        let text = "Nur condemned what he called ";
        assert_eq!(found(text), Some(("he".to_string(), "called".to_string())));
    }

    #[test]
    fn a_cue_inside_an_adjunct_what_relative_leaves_the_speaker_to_said() {
        for (text, speaker) in [
            (
                "Nur said in what he called a final warning that the group would ",
                "Nur",
            ),
            (
                "The commander said in what he described as a last appeal: ",
                "The commander",
            ),
        ] {
            assert_eq!(
                found(text),
                Some((speaker.to_string(), "said".to_string())),
                "{text}"
            );
        }
        // With no cue before the aside, the aside's own subject is all there is.
        let text = "Merino told reporters the army would join in what he described as a ";
        assert_eq!(
            found(text),
            Some(("he".to_string(), "described".to_string()))
        );
        let text = "In what he described as a last appeal: ";
        assert_eq!(
            found(text),
            Some(("he".to_string(), "described".to_string()))
        );
    }
}
