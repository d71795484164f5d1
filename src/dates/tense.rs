//! A tense heuristic: does the clause around an expression talk about the past or the future?
//!
//! Used only where the value depends on it (a bare weekday or month name, "the weekend"). The
//! verb cue nearest to the expression in its sentence decides; without one the caller picks
//! (weekdays default to the past, as news mostly reports what happened).

/// The direction a sentence's tense points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No verb cue in the sentence.
    Unknown,
}

/// Words announcing a future event.
const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "set",
    "scheduled",
    "due",
    "plans",
    "plan",
    "planned",
    "planning",
    "upcoming",
    "to",
    "tomorrow",
    "would",
    "could",
    "expects",
    // Only in "expected to" ("is expected to give an account on Monday"; not "lower than
    // expected in January").
    "expected",
    "intends",
    "hopes",
    // The present of a scheduled event: "a curfew begins at 9 p.m.", "talks resume Monday".
    "begins",
    "starts",
    "opens",
    "resumes",
    "resume",
    "begin",
    "expires",
];

/// Words (besides regular `-ed` forms) announcing a past event.
const PAST_CUES: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "took",
    "met",
    "came",
    "went",
    "began",
    "held",
    "made",
    "gave",
    "left",
    "saw",
    "ago",
    "last",
    "been",
    "fell",
    "rose",
    "won",
    "lost",
    "sent",
    "hit",
    "struck",
    "killed",
    "spoke",
    "wrote",
    "found",
    "brought",
    "became",
    "ran",
    "led",
    "tore",
    "shot",
    "fled",
    "fought",
    "broke",
    "stole",
    "drove",
    "rode",
    "threw",
    "blew",
    "grew",
    "knew",
    "drew",
    "flew",
    "swore",
    "caught",
    "taught",
    "bought",
    "thought",
    "sought",
    "felt",
    "kept",
    "slept",
    "meant",
    "built",
    "spent",
    "stood",
    "understood",
    "sold",
    "paid",
    "laid",
    "hung",
    "sank",
    "swam",
    "stuck",
    "dug",
    "chose",
    "froze",
    "hid",
    "sat",
    "forgot",
    "got",
    "ate",
    "drank",
    "wore",
    "withdrew",
    "overthrew",
    "arose",
    "awoke",
    "woke",
    "sprang",
    "shook",
    "forbade",
    "foresaw",
    "undertook",
    "overtook",
    "mistook",
    "swept",
    "crept",
    "dealt",
    "knelt",
    "leapt",
    "lent",
    "bent",
    "wept",
    "bred",
    "sped",
    "bled",
];

/// Regular-looking `-ed` words that are not past verbs.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "red",
    "bed",
    "seed",
    "feed",
    "indeed",
    "united",
    "based",
    "scheduled",
    "expected",
    "planned",
    "proposed",
    "armed",
    "limited",
    "related",
    "concerned",
    "hundred",
    "sacred",
    "shed",
    "weed",
    "deed",
    "led",
];

/// Whether a word (any case) announces a future event.
pub fn is_future_cue(word: &str) -> bool {
    FUTURE_CUES.iter().any(|c| c.eq_ignore_ascii_case(word))
}

fn cue(word: &str) -> Option<Tense> {
    cue_lower(&word.to_ascii_lowercase())
}

/// Bit `l - 'a'` of entry `n` set when a word of [`FUTURE_CUES`] or [`PAST_CUES`] has `n`
/// bytes and opens with the letter `l`: most words of a sentence are in neither list, and this
/// says so without hashing them.
static LISTED: [u32; 16] = {
    let mut table = [0u32; 16];
    let lists = [FUTURE_CUES, PAST_CUES];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            // Every entry is lower-case ASCII letters, shorter than 16 bytes (a unit test).
            table[w.len()] |= 1 << (w[0] - b'a');
            i += 1;
        }
        l += 1;
    }
    table
};

/// Whether `w` (lower case) may be in [`FUTURE_CUES`] or [`PAST_CUES`] (no when [`LISTED`]
/// rules it out).
fn maybe_listed(w: &[u8]) -> bool {
    match (LISTED.get(w.len()), w.first()) {
        (Some(&mask), Some(&c)) if c.is_ascii_lowercase() => mask & 1 << (c - b'a') != 0,
        _ => false,
    }
}

/// [`cue`] of a word already in lower case.
fn cue_lower(w: &str) -> Option<Tense> {
    // Every word of a sentence is looked up, per date in it: hashed sets, not list scans
    // (PAST_CUES has a hundred entries).
    type Set = crate::fxhash::FxHashSet<&'static str>;
    static SETS: std::sync::OnceLock<[Set; 3]> = std::sync::OnceLock::new();
    let [future, past, not_past] = SETS.get_or_init(|| {
        [FUTURE_CUES, PAST_CUES, NOT_PAST].map(|list| list.iter().copied().collect())
    });
    let listed = maybe_listed(w.as_bytes());
    if listed && future.contains(w) {
        // "to" only counts in "to be" / "is to"; handled as weak evidence by the caller.
        return Some(Tense::Future);
    }
    if listed && past.contains(w) {
        return Some(Tense::Past);
    }
    if w.len() > 4 && w.ends_with("ed") && !not_past.contains(w) {
        return Some(Tense::Past);
    }
    None
}

/// Prepositions right before an expression that fix its direction: "until Tuesday", "by
/// February" look ahead; "since Monday" looks back.
const FORWARD_PREPOSITIONS: &[&str] = &["until", "till", "through", "by"];
const BACKWARD_PREPOSITIONS: &[&str] = &["since"];

/// Words that open a subordinate clause: a verb after one ("warnings on Thursday that strikes
/// could…") belongs to another clause than the expression.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "because", "if", "when", "while", "but", "although", "whether",
];

/// Added to the distance of a cue that follows the expression across a clause break.
const CLAUSE_PENALTY: usize = 10_000;

fn starts_with_word(s: &str, word: &str) -> bool {
    s.get(..word.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(word))
        && !s[word.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
}

/// The tense of the sentence `sentence` (a slice of the text) as seen from byte offset `at`
/// (relative to the sentence start) for an expression of `len` bytes.
///
/// ```
/// use sitrep::dates::tense::{tense_at, Tense};
/// let s = "China said Tuesday it will send troops.";
/// assert_eq!(tense_at(s, 11, 7), Tense::Past);
/// let s = "The talks will resume on Friday.";
/// assert_eq!(tense_at(s, 25, 6), Tense::Future);
/// ```
pub fn tense_at(sentence: &str, at: usize, len: usize) -> Tense {
    let after = sentence.get(at + len..).unwrap_or("");
    let before = sentence.get(..at).unwrap_or("").trim_end();
    let prev = &before[before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8())..];
    // "Wednesday's ruling": a possessive day names something that already happened; but "for
    // Sunday's elections", "ahead of Friday's vote" name something prepared for, which the
    // verb dates ("FOR SUNDAY'S ELECTIONS, THE ARMY WILL DEPLOY …").
    let possessive = after.get(..2).is_some_and(|a| a.eq_ignore_ascii_case("'s"))
        || after.starts_with("\u{2019}s")
        || after.starts_with("\u{2019}S");
    if possessive {
        if prepares_for(before, prev) {
            return verb_cue(sentence, at, len).map_or(Tense::Unknown, |(t, _)| t);
        }
        return Tense::Past;
    }
    // "filed reports by Wednesday", "had filed reports by Wednesday": "by" looks ahead unless
    // the verb of its own clause is past ("to pay down the loan by February" stays ahead).
    if prev.eq_ignore_ascii_case("by") {
        // "but by Monday the group had driven them out": "by" opens its clause, whose verb
        // comes after the date.
        return by_clause_tense(&before[..before.len() - prev.len()]).unwrap_or_else(|| {
            match verb_cue(sentence, at, len) {
                Some((Tense::Past, _)) => Tense::Past,
                _ => Tense::Future,
            }
        });
    }
    if prev.eq_ignore_ascii_case("from") && declares_a_period(before) {
        return Tense::Future;
    }
    // "the fiscal year ended Jan. 31": a period that has ended lies in the past.
    if prev.eq_ignore_ascii_case("ended") {
        return Tense::Past;
    }
    // "ahead of the weekend".
    if ahead_of(before, prev) {
        return Tense::Future;
    }
    if FORWARD_PREPOSITIONS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(prev))
    {
        // "this year through August", "1989 through March": the end of a range that a year
        // opens, within that year, not ahead.
        let opener = before_prev_word(before, prev);
        if opener.eq_ignore_ascii_case("year")
            || (opener.len() == 4 && opener.bytes().all(|b| b.is_ascii_digit()))
        {
            return Tense::Unknown;
        }
        return Tense::Future;
    }
    if BACKWARD_PREPOSITIONS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(prev))
    {
        return Tense::Past;
    }
    verb_cue(sentence, at, len).map_or(Tense::Unknown, |(t, _)| t)
}

/// The tense of the verb nearest an expression, without the preposition rules of
/// [`tense_at`]: for a clock time, "until about 3.15am" or "by 0600 GMT" says where the time
/// lies from the events told, not from the document date ("Fighting went on until about
/// 3.15am" is past).
pub fn verb_tense(sentence: &str, at: usize, len: usize) -> Tense {
    verb_cue(sentence, at, len).map_or(Tense::Unknown, |(t, _)| t)
}

/// Verbs that declare a period starting later ("declared three days of national mourning
/// from Monday"): the "from" day they open is ahead, even after the past-tense verb.
const DECLARING_VERBS: &[&str] = &["declared", "announced", "decreed", "proclaimed", "ordered"];

/// Whether `before` (the text before "from") has a declaring verb within its last eight words,
/// with no clause boundary and no other verb after it ("the lockdown he ordered was lifted
/// from Tuesday" is the lifting's past day).
fn declares_a_period(before: &str) -> bool {
    let clause = before
        .rsplit([',', ';', ':', '.', '(', ')'])
        .next()
        .unwrap_or(before);
    for w in clause.split_whitespace().rev().skip(1).take(8) {
        if listed_ignore_case(DECLARING_VERBS, w) {
            return true;
        }
        if ends_with_ignore_case(w, "ed")
            || listed_ignore_case(BE_FORMS, w)
            || w.eq_ignore_ascii_case("was")
            || w.eq_ignore_ascii_case("were")
        {
            return false;
        }
    }
    false
}

/// Whether `prev` (the last word of `before`) is the "of" of "ahead of".
fn ahead_of(before: &str, prev: &str) -> bool {
    let before_of = before.strip_suffix(prev).unwrap_or("").trim_end();
    prev.eq_ignore_ascii_case("of")
        && before_of
            .get(before_of.len().saturating_sub(6)..)
            .is_some_and(|w| w.eq_ignore_ascii_case(" ahead") || w.eq_ignore_ascii_case("ahead"))
}

/// Whether the words before an expression make it something prepared for: "for", "before",
/// "ahead of".
fn prepares_for(before: &str, prev: &str) -> bool {
    prev.eq_ignore_ascii_case("for")
        || prev.eq_ignore_ascii_case("before")
        || ahead_of(before, prev)
}

/// The word before `prev` (the last word of `before`): letters or digits.
fn before_prev_word<'s>(before: &'s str, prev: &str) -> &'s str {
    let rest = before[..before.len() - prev.len()].trim_end();
    let from = rest
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &rest[from..]
}

/// Auxiliaries after which a participle is passive, not a past verb ("will be held by").
const BE_FORMS: &[&str] = &["be", "been", "being", "is", "are", "am"];

/// The direction of "by <date>" from the verb of its own clause (`clause` is the text before
/// "by"): a past verb ("filed reports by Wednesday", "had filed") looks back; a future cue or
/// an infinitive ("plans to pay down the loan by February") or no verb looks ahead. The clause
/// starts after the last comma, semicolon, colon, parenthesis, dash or clause opener; `None`
/// when "by" opens it (no word of the clause comes before "by").
fn by_clause_tense(clause: &str) -> Option<Tense> {
    // Where the clause starts: after the last break in the text.
    let cut = clause
        .char_indices()
        .rfind(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '\u{2014}' | '\u{2013}'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause_words: Vec<&str> = clause[cut..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut words_before = 0;
    for (i, w) in clause_words.iter().enumerate().rev() {
        if CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w)) {
            break;
        }
        words_before += 1;
        let next = clause_words.get(i + 1).copied().unwrap_or("");
        let mut prev = if i > 0 { clause_words[i - 1] } else { "" };
        // "would be strategically defeated by": an adverb between the auxiliary and the verb.
        if prev.len() > 4 && prev.to_ascii_lowercase().ends_with("ly") && i > 1 {
            prev = clause_words[i - 2];
        }
        // "to pay", "to finish": an infinitive, an aim ahead.
        if w.eq_ignore_ascii_case("to") {
            if next.starts_with(|c: char| c.is_ascii_lowercase()) && !DETERMINERS.contains(&next) {
                return Some(Tense::Future);
            }
            continue;
        }
        match cue(w) {
            // "set" and "expected" plan something only before "to".
            Some(Tense::Future)
                if !w.eq_ignore_ascii_case("set")
                    && (!w.eq_ignore_ascii_case("expected") || next.eq_ignore_ascii_case("to")) =>
            {
                return Some(Tense::Future)
            }
            Some(Tense::Past) => {
                let p = prev.to_ascii_lowercase();
                // "will be filed by", "the revised plan by": passive or adjectival.
                if w.to_ascii_lowercase().ends_with("ed")
                    && (BE_FORMS.contains(&p.as_str()) || DETERMINERS.contains(&p.as_str()))
                {
                    continue;
                }
                return Some(Tense::Past);
            }
            _ => {}
        }
    }
    (words_before > 0).then_some(Tense::Future)
}

/// Words after "was"/"were" that make a plan ("were planning", "was scheduled to", "was
/// going to"): the past auxiliary then says nothing about when the event is.
const PLAN_AFTER_WAS: &[&str] = &[
    "planning",
    "scheduled",
    "planned",
    "due",
    "expected",
    "slated",
    "going",
    "preparing",
    "hoping",
];

/// The letters that open `s` after its leading white space.
fn next_word(s: &str) -> &str {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    &s[..end]
}

/// Prepositions that follow a verb, not an adjective's noun ("this happened at", "these
/// occurred on").
const PREPOSITIONS_AFTER_A_VERB: &[&str] = &[
    "at", "on", "in", "during", "after", "before", "around", "about", "shortly", "early", "late",
];

/// Future cues that are participles: after "had" (or "previously") they name a plan that is
/// itself past ("had been scheduled to expire at midnight Friday").
const PLANNED: &[&str] = &["scheduled", "planned", "set", "due", "expected", "slated"];

/// Words after which an `-ed` word is an adjective, not a past verb ("a still unspecified
/// date", "the recently passed law").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
];

/// What [`verb_cue`] needs to know of a word, as bits: its lists, read with one probe.
const BE: u8 = 1;
const OPENER: u8 = 2;
const FUTURE: u8 = 4;
const PAST: u8 = 8;
const NOT_PAST_WORD: u8 = 16;

/// The word lists the class table reads, each with its bit.
const CLASS_LISTS: [(&[&str], u8); 5] = [
    (BE_FORMS, BE),
    (CLAUSE_OPENERS, OPENER),
    (FUTURE_CUES, FUTURE),
    (PAST_CUES, PAST),
    (NOT_PAST, NOT_PAST_WORD),
];

/// The longest word the class table holds (every entry of the lists it is built from is this
/// short or shorter: test `class_table_holds_every_listed_word`).
const CLASS_KEY: usize = 16;

/// A word of ASCII letters in lower case, zero-padded to sixteen bytes, as one integer: the
/// key of the class table. Letters only, so lower case is one OR of 0x20 per byte and the
/// padding keeps words of different lengths apart. `None` for longer words.
#[inline]
fn class_key(bytes: &[u8], s: usize, e: usize) -> Option<u128> {
    let len = e - s;
    if len > CLASS_KEY || len == 0 {
        return None;
    }
    let keep = if len == CLASS_KEY {
        u128::MAX
    } else {
        (1u128 << (8 * len)) - 1
    };
    let raw = match bytes.get(s..s + CLASS_KEY) {
        Some(window) => {
            let mut k = [0u8; CLASS_KEY];
            k.copy_from_slice(window);
            u128::from_le_bytes(k)
        }
        None => {
            let mut k = [0u8; CLASS_KEY];
            k[..len].copy_from_slice(&bytes[s..e]);
            u128::from_le_bytes(k)
        }
    };
    Some((raw | u128::from_le_bytes([0x20; CLASS_KEY])) & keep)
}

/// Bit `l - 'a'` of entry `n` set when a word of the class table has `n` bytes and opens with
/// the letter `l`: most words of a sentence are in no list, and this says so without hashing.
static CLASS_OPENERS: [u32; CLASS_KEY + 1] = {
    let mut table = [0u32; CLASS_KEY + 1];
    let lists = [BE_FORMS, CLAUSE_OPENERS, FUTURE_CUES, PAST_CUES, NOT_PAST];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            if w.len() <= CLASS_KEY {
                table[w.len()] |= 1 << ((w[0] | 0x20).wrapping_sub(b'a') & 31);
            }
            i += 1;
        }
        l += 1;
    }
    table
};

/// The list bits of the word `bytes[s..e]` (ASCII letters, any case): one filter test, then one
/// probe of a table built from [`BE_FORMS`], [`CLAUSE_OPENERS`], [`FUTURE_CUES`],
/// [`PAST_CUES`] and [`NOT_PAST`] (so the lists stay the only copy of the words).
fn word_class(bytes: &[u8], s: usize, e: usize) -> u8 {
    static TABLE: std::sync::OnceLock<crate::fxhash::FxHashMap<u128, u8>> =
        std::sync::OnceLock::new();
    let len = e - s;
    let opens = CLASS_OPENERS.get(len).copied().unwrap_or(0);
    if opens & 1 << ((bytes[s] | 0x20).wrapping_sub(b'a') & 31) == 0 {
        return 0;
    }
    let Some(key) = class_key(bytes, s, e) else {
        return 0;
    };
    let table = TABLE.get_or_init(|| {
        let mut table = crate::fxhash::FxHashMap::default();
        for (list, bit) in CLASS_LISTS {
            for w in list {
                if let Some(k) = class_key(w.as_bytes(), 0, w.len()) {
                    *table.entry(k).or_insert(0) |= bit;
                }
            }
        }
        table
    });
    table.get(&key).copied().unwrap_or(0)
}

/// Whether `w` ends with `suffix` (lower case) in any case.
fn ends_with_ignore_case(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len()
        && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `w` is in `list` (lower case) in any case.
fn listed_ignore_case(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The tense from the verb cue nearest the expression, and that cue, without the preposition
/// rules of [`tense_at`].
fn verb_cue(sentence: &str, at: usize, len: usize) -> Option<(Tense, &str)> {
    let mut best: Option<(usize, Tense, &str)> = None;
    // The word before the current one and the one before that, for "had been scheduled", "a
    // still unspecified": slices of the sentence, compared case-blind (no copies).
    let mut p1 = "";
    let mut p2: &str;
    let mut word = "";
    let mut opened_clause = false;
    let end = (at + len).min(sentence.len());
    let mut prev_be = false;
    let bytes = sentence.as_bytes();
    // Word by word (runs of ASCII letters, read off letter masks).
    for (s, i) in crate::wordmask::LetterRuns::new(bytes) {
        p2 = p1;
        p1 = word;
        word = &sentence[s..i];
        let class = word_class(bytes, s, i);
        let after_be = prev_be;
        prev_be = class & BE != 0;
        if s >= at && i <= end {
            continue;
        }
        if s >= end && class & OPENER != 0 {
            opened_clause = true;
        }
        // What `cue_lower` answers for the word in lower case.
        let ed = word.len() > 4 && ends_with_ignore_case(word, "ed");
        let mut t = if class & FUTURE != 0 {
            Tense::Future
        } else if class & PAST != 0 || ed && class & NOT_PAST_WORD == 0 {
            Tense::Past
        } else {
            continue;
        };
        // A participle after "be" is passive, not past ("will be held").
        if after_be && t == Tense::Past {
            continue;
        }
        // "were planning a rally Saturday", "was due to arrive": a plan, whose
        // time the plan word gives, not a past event.
        if (word.eq_ignore_ascii_case("was") || word.eq_ignore_ascii_case("were"))
            && listed_ignore_case(PLAN_AFTER_WAS, next_word(&sentence[i..]))
        {
            continue;
        }
        // "a still unspecified date": an adjective; but "this happened at 2015 local time":
        // a demonstrative before a verb and its preposition is a pronoun subject.
        let pronoun_subject = listed_ignore_case(&["this", "these", "those"], p1)
            && listed_ignore_case(PREPOSITIONS_AFTER_A_VERB, next_word(&sentence[i..]));
        if t == Tense::Past
            && !pronoun_subject
            && ends_with_ignore_case(word, "ed")
            && (listed_ignore_case(DETERMINERS, p1)
                || (ends_with_ignore_case(p1, "ly") || p1.eq_ignore_ascii_case("still"))
                    && listed_ignore_case(DETERMINERS, p2))
        {
            continue;
        }
        // "had been scheduled", "as previously planned": a past plan.
        if listed_ignore_case(PLANNED, word)
            && (listed_ignore_case(&["had", "previously", "originally"], p1)
                || p1.eq_ignore_ascii_case("been") && p2.eq_ignore_ascii_case("had"))
        {
            t = Tense::Past;
        }
        // "to" is future only in "to be", "is to", "due to"-like frames: weak; only
        // count it right before a bare verb we cannot see, so require "to be".
        // "set" only in "set to".
        if (word.eq_ignore_ascii_case("set") || word.eq_ignore_ascii_case("expected"))
            && !starts_with_word(sentence[i..].trim_start(), "to")
        {
            continue;
        }
        if word.eq_ignore_ascii_case("to") {
            let rest = sentence[i..].trim_start();
            if !rest.get(..3).is_some_and(|r| r.eq_ignore_ascii_case("be ")) {
                continue;
            }
            t = Tense::Future;
        }
        let dist = if i <= at {
            at - i
        } else {
            // A cue after a clause break ("…in five years, the minister said") is
            // the reporting clause's tense: used only when nothing else is found.
            let gap = sentence.get(end..s).unwrap_or("");
            let penalty = if opened_clause || gap.contains([',', ';', '(', '\u{2014}', '\u{2013}'])
            {
                CLAUSE_PENALTY
            } else {
                0
            };
            s.saturating_sub(end) + penalty
        };
        // "had filed": the past perfect, reported as its "had".
        let perfect =
            t == Tense::Past && (p1.eq_ignore_ascii_case("had") || p2.eq_ignore_ascii_case("had"));
        if best.is_none_or(|(d, _, _)| dist < d) {
            best = Some((dist, t, if perfect { "had" } else { word }));
        }
    }
    best.map(|(_, t, w)| (t, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tense `verb_tense` reads for `expr` in `sentence`.
    fn verb_tense_of(sentence: &str, expr: &str) -> Tense {
        let at = sentence.find(expr).expect("expression in sentence");
        verb_tense(sentence, at, expr.len())
    }

    #[test]
    fn a_demonstrative_before_a_verb_and_a_preposition_is_its_subject() {
        assert_eq!(
            verb_tense_of("THIS HAPPENED AT 2015 LOCAL TIME.", "2015 LOCAL TIME"),
            Tense::Past
        );
        assert_eq!(
            verb_tense_of("These occurred on Monday night.", "Monday night"),
            Tense::Past
        );
        // An adjective after a demonstrative: the noun follows it.
        assert_eq!(
            verb_tense_of(
                "This unexpected move at 2015 local time.",
                "2015 local time"
            ),
            Tense::Unknown
        );
    }

    #[test]
    fn class_table_holds_every_listed_word() {
        for list in [BE_FORMS, CLAUSE_OPENERS, FUTURE_CUES, PAST_CUES, NOT_PAST] {
            for w in list {
                assert!(w.len() <= CLASS_KEY, "{w} is too long for the class table");
                assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            }
        }
    }

    #[test]
    fn word_classes_agree_with_the_lists() {
        let words = "Will will WILL be Been ARE that Which said SAID killed Killed unexpected \
            need needed embed bed to To the a an scheduled Scheduled unspecified \
            abcdefghijklmnopq abcdefghijklmnop wasn was were Was";
        let text = format!("{words} ");
        let bytes = text.as_bytes();
        let mut s = 0;
        for w in text.split(' ') {
            let e = s + w.len();
            if !w.is_empty() {
                let lower = w.to_ascii_lowercase();
                let mut want = 0;
                for (list, bit) in CLASS_LISTS {
                    if list.contains(&lower.as_str()) {
                        want |= bit;
                    }
                }
                assert_eq!(word_class(bytes, s, e), want, "{w}");
                // The same word at the very end of the text (the short-tail key).
                assert_eq!(word_class(w.as_bytes(), 0, w.len()), want, "{w} at the end");
            }
            s = e + 1;
        }
    }

    #[test]
    fn by_clause_starts_after_a_dash_of_any_width() {
        // The clause break is a multi-byte dash: the cut must land after the whole character.
        let clause =
            "Of the 25 people aboard \u{2014} 21 sailors \u{2014} only six had been pulled out ";
        assert_eq!(by_clause_tense(clause), Some(Tense::Past));
        assert_eq!(
            by_clause_tense("Crews \u{2013} divers and medics \u{2013} plan to finish "),
            Some(Tense::Future)
        );
        // "by" opening its clause leaves the direction to the verb after the date.
        assert_eq!(by_clause_tense("Timbuktu fell to the rebels, but "), None);
    }

    #[test]
    fn nearest_cue_decides() {
        let cases = [
            ("He was killed on Wednesday.", "Wednesday", Tense::Past),
            ("Talks are set to begin Monday.", "Monday", Tense::Future),
            ("Elections will be held on Sunday.", "Sunday", Tense::Future),
            ("Officials met Friday.", "Friday", Tense::Past),
            (
                "On Thursday the delegation arrives.",
                "Thursday",
                Tense::Unknown,
            ),
            (
                "It rejected Wednesday's ruling, he would say.",
                "Wednesday",
                Tense::Past,
            ),
            ("The summit is to be held Friday.", "Friday", Tense::Future),
            ("Elections will be held on Sunday.", "Sunday", Tense::Future),
            (
                "They will vote in five years, the minister said.",
                "five years",
                Tense::Future,
            ),
            // The present of a scheduled event is the nearest cue: the talks are ahead.
            (
                "Talks resume Nov. 28, officials said.",
                "Nov. 28",
                Tense::Future,
            ),
            (
                "Talks ended Nov. 28, officials said.",
                "Nov. 28",
                Tense::Past,
            ),
            (
                "Officials postponed the vote until Tuesday.",
                "Tuesday",
                Tense::Future,
            ),
            (
                "He dismissed warnings on Thursday that strikes could harm ties.",
                "Thursday",
                Tense::Past,
            ),
            (
                "Members had filed reports by Wednesday.",
                "Wednesday",
                Tense::Past,
            ),
            ("It will close by Wednesday.", "Wednesday", Tense::Future),
            (
                "Members filed reports by Wednesday.",
                "Wednesday",
                Tense::Past,
            ),
            (
                "Reports will be filed by Wednesday.",
                "Wednesday",
                Tense::Future,
            ),
            (
                "The sale, which had been expected, is part of a plan to pay down debt by February.",
                "February",
                Tense::Future,
            ),
            (
                "In the fiscal year ended Jan. 31, it reported sales of $59 million.",
                "Jan. 31",
                Tense::Past,
            ),
            (
                "The fund's sales were flat this year through August.",
                "August",
                Tense::Unknown,
            ),
            (
                "Officials postponed the vote through August.",
                "August",
                Tense::Future,
            ),
            (
                "The offer had been scheduled to expire Friday.",
                "Friday",
                Tense::Past,
            ),
            (
                "The offer is scheduled to expire Friday.",
                "Friday",
                Tense::Future,
            ),
            (
                "The attack began as previously planned Saturday.",
                "Saturday",
                Tense::Past,
            ),
            (
                "Traders sold ahead of the weekend.",
                "the weekend",
                Tense::Future,
            ),
            (
                "It would be paid on a still unspecified date in January.",
                "January",
                Tense::Future,
            ),
            (
                "It was paid on an unspecified date in January.",
                "January",
                Tense::Past,
            ),
            (
                "Exiles planned a rally on Saturday and were planning to drive around.",
                "Saturday",
                Tense::Future,
            ),
            (
                "Exiles held a rally on Saturday and were arrested.",
                "Saturday",
                Tense::Past,
            ),
            (
                "FOR SUNDAY'S ELECTIONS, THE ARMY WILL DEPLOY A LARGE NUMBER OF UNITS.",
                "SUNDAY",
                Tense::Future,
            ),
            (
                "THE FMLN CLAIMED RESPONSIBILITY FOR WEDNESDAY'S ATTACK.",
                "WEDNESDAY",
                Tense::Past,
            ),
            (
                "Officials will appeal Wednesday's ruling.",
                "Wednesday",
                Tense::Past,
            ),
        ];
        for (s, w, t) in cases {
            let at = s.find(w).unwrap();
            assert_eq!(tense_at(s, at, w.len()), t, "{s}");
        }
    }
}
