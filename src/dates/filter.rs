//! Context checks that reject candidates which look like dates but are not: product and
//! exercise names (`Kaisar-2021`, `Mi-35M`), ages (`25-year-old`), percentages, money, phone
//! numbers, modal "may", and lowercase month words.

use super::captures::Captures;

use super::patterns::Kind;

/// Words before "May"/"March" that show they are months, not a modal verb or a noun.
const MONTH_CUES: &[&str] = &[
    // "a March assault", "an April offensive": the month as a modifier.
    "a",
    "an",
    "in",
    "since",
    "until",
    "till",
    "by",
    "last",
    "this",
    "next",
    "of",
    "from",
    "through",
    "to",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "between",
    "and",
    "or",
    "end",
    "on",
    "each",
    "every",
    "around",
    "throughout",
    "into",
    "that",
    "beginning",
    "start",
    "middle",
];

/// Words that may stand capitalized right before a bare year in the middle of a sentence
/// ("Elections Due By 2025" in a headline, "Since 2015"); any other capitalized word glued to a
/// year makes a name ("Friendship 2017", "DRUZBA 2017", "Orion 1980").
/// Nouns that take a number, not a year, right after them: "Security Council resolution 2085",
/// "Flight 1907", "article 1999 of the code".
const NUMBERED_NOUNS: &[&str] = &[
    "resolution",
    "resolutions",
    "no.",
    "nos.",
    "number",
    "flight",
    "article",
    "articles",
    "section",
    "paragraph",
    "chapter",
    "page",
    "pages",
    "room",
    "route",
    "highway",
];

const YEAR_LEAD: &[&str] = &[
    "in",
    "since",
    "for",
    "by",
    "until",
    "till",
    "from",
    "through",
    "to",
    "before",
    "after",
    "during",
    "of",
    "and",
    "or",
    "the",
    "that",
    "this",
    "early",
    "late",
    "mid",
    "between",
    "around",
    "about",
    "circa",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "fiscal",
    "calendar",
    "year",
    "as",
    "at",
    "on",
    "than",
    "but",
    "if",
    "when",
    "while",
    "unlike",
    "like",
    "throughout",
    "into",
    "under",
    "over",
    "within",
    "beyond",
    "toward",
    "towards",
    "against",
    "ending",
    "ended",
    "beginning",
    "starting",
    "all",
    "every",
    "each",
    "only",
    "also",
    "even",
    "then",
    "not",
    "nor",
    "yet",
    "its",
    "his",
    "her",
    "their",
    "our",
    "amid",
    "despite",
    "both",
    "either",
    "some",
    "last",
    "next",
    "post",
    "pre",
    "was",
    "is",
    "were",
    "are",
    "will",
    "with",
];

/// The token glued to a bare year by one space ("Friendship" in "Friendship 2017"): None when
/// the year follows punctuation, a line break or the start of the text.
pub fn token_before_year(text: &str, start: usize) -> Option<&str> {
    token_and_start(text, start).map(|(t, _)| t)
}

/// The token glued to the year and its byte offset.
fn token_and_start(text: &str, start: usize) -> Option<(&str, usize)> {
    let before = text[..start]
        .strip_suffix(' ')
        .or_else(|| text[..start].strip_suffix('\u{a0}'))?;
    let from = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &before[from..];
    (!token.is_empty()).then_some((token, from))
}

/// Whether a bare year is part of a name or a number sequence rather than a date:
/// "Friendship 2017", "DRUZBA 2017", "+92 51 920 2024". A capitalized word that starts a
/// sentence, a function word and a possessive ("Kopp's 1998 arrest") keep the year a date.
pub fn year_in_name(text: &str, start: usize) -> bool {
    let Some((token, token_start)) = token_and_start(text, start) else {
        return false;
    };
    if token.bytes().all(|b| b.is_ascii_digit()) || one_of(NUMBERED_NOUNS, token) {
        return true;
    }
    let last = token.chars().next_back();
    if !last.is_some_and(|c| c.is_alphabetic()) || token.ends_with("'s") || token.ends_with("’s")
    {
        return false;
    }
    if !token.starts_with(|c: char| c.is_uppercase()) || in_caps_text(text, token_start) {
        return false;
    }
    let lower = token.to_lowercase();
    if YEAR_LEAD.contains(&lower.as_str()) || super::lexicon::month(&lower).is_some() {
        return false;
    }
    // A capitalized word that opens a sentence or a line says nothing.
    !opens_sentence(text, token_start)
}

/// Whether a bare year is the year of a numbered resolution, written in brackets after its
/// number as the UN does ("resolution 1497 (2003)", "Resolutions 1267 (1999) and 1373 (2001)"):
/// part of the resolution's name, not a date of its own.
pub fn resolution_year(text: &str, start: usize, end: usize) -> bool {
    let Some(before) = text[..start].strip_suffix('(') else {
        return false;
    };
    if !text[end..].starts_with(')') {
        return false;
    }
    let before = before.trim_end_matches(' ');
    let number = before.trim_end_matches(|c: char| c.is_ascii_digit());
    if number.len() == before.len() {
        return false;
    }
    let head = number.trim_end_matches([' ', '\u{a0}']);
    let word_start = head.len()
        - head
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
    let word = &head[word_start..];
    if one_of(&["resolution", "resolutions"], word) {
        return true;
    }
    // A later item of a list: "1267 (1999), 1333 (2000) and 1390 (2002)".
    let lead = if one_of(&["and", "or"], word) {
        head[..word_start].trim_end()
    } else if word.is_empty() {
        match head.strip_suffix(',') {
            Some(lead) => lead.trim_end(),
            None => return false,
        }
    } else {
        return false;
    };
    lead.ends_with(')')
}

/// Whether a bare year is a model year, part of a product's name rather than a date: a year
/// right before a vehicle make, after a possessive or "a"/"his"/… ("Kopp's 1987 Chevrolet", "a
/// 1995 Ford Taurus"). Any other noun keeps it a date ("Kopp's 1998 arrest", "London's 2012
/// Olympic bid", "the 1987 Ford contract").
pub fn model_year(text: &str, start: usize, end: usize) -> bool {
    let Some(token) = token_before_year(text, start) else {
        return false;
    };
    let possessive = token.ends_with("'s")
        || token.ends_with("\u{2019}s")
        || (token.len() > 2 && (token.ends_with("s'") || token.ends_with("s\u{2019}")));
    let lead = one_of(super::lexicon::BEFORE_MODEL_YEAR, token);
    if !possessive && !lead {
        return false;
    }
    let Some(after) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let make = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    make.starts_with(|c: char| c.is_ascii_uppercase())
        && super::lexicon::VEHICLE_MAKES
            .iter()
            .any(|m| m.eq_ignore_ascii_case(make))
}

/// Whether the text just before `at` is written in capitals only (wire services of old, MUC):
/// capitalization then says nothing about names.
fn in_caps_text(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(CAPS_WINDOW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let window = &text.as_bytes()[from..at];
    window.iter().any(u8::is_ascii_uppercase) && !window.iter().any(u8::is_ascii_lowercase)
}

/// How far back (bytes) [`in_caps_text`] looks.
const CAPS_WINDOW: usize = 80;

/// Whether `at` starts a sentence or a line (only spaces between it and a sentence end).
fn opens_sentence(text: &str, at: usize) -> bool {
    let opener = text[..at]
        .trim_end_matches([' ', '\t', '\u{a0}'])
        .chars()
        .next_back();
    matches!(
        opener,
        None | Some(
            '.' | '!'
                | '?'
                | '\n'
                | '"'
                | '“'
                | '‘'
                | '\''
                | '`'
                | '('
                | '['
                | ':'
                | ';'
                | '—'
                | '–'
                | '-'
                | '_'
        )
    )
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn prev_word(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches([' ', '\t', '\n', '\r', '\u{a0}', '-']);
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// Heads of names that open with a day of the year: "the February 17 Martyrs Brigade", "the July
/// 26 Movement", "the March 14 alliance". Not events ("the September 11 attacks", "the May 10
/// elections"), whose dates TimeML tags.
const NAMES_AFTER_A_DATE: &[&str] = &[
    "movement",
    "alliance",
    "coalition",
    "brigade",
    "brigades",
    "front",
    "organization",
    "organisation",
    "bloc",
    "party",
    "martyrs",
    "battalion",
    "regiment",
];

/// Whether the date `matched` at `start`, after "the" and before `rest`, opens a name: up to three
/// capitalized words after it, the last (or a lower-case one) a head of
/// [`NAMES_AFTER_A_DATE`], with no punctuation between.
fn date_opens_a_name(text: &str, start: usize, matched: &str, rest: &str) -> bool {
    // A day and a month, no year.
    let digits = matched.bytes().filter(u8::is_ascii_digit).count();
    let matched_day = (1..=2).contains(&digits);
    // "the 19 April Movement": the month alone, after its day, is the same name.
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '\n']);
    let day_before = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let (before, day) = if day_before.len() < before.len() && before.len() - day_before.len() <= 2 {
        (day_before, true)
    } else {
        (
            before,
            matched_day || rest.starts_with(|c: char| c.is_ascii_digit()),
        )
    };
    if !day || !prev_word(before, before.len()).eq_ignore_ascii_case("the") {
        return false;
    }
    let rest = if rest.starts_with(|c: char| c.is_ascii_digit()) {
        // "the February 17 …" seen from "February": the day, then the name.
        rest.trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start()
    } else {
        rest
    };
    for word in rest.split(' ').take(3) {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '\'', '’']);
        if one_of(NAMES_AFTER_A_DATE, bare) {
            return true;
        }
        if bare.len() != word.len() || !bare.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
    }
    false
}

/// Whether `word` is one of `list` (ASCII case-insensitive).
fn one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Whether "daily", "weekly" or "monthly" (lowercase, `start..end`) is a newspaper, not a
/// recurrence: the subject of a reporting verb ("the China daily said"), or between a word
/// that describes a paper and the paper's name ("the Communist Party daily Granma", "the
/// business daily Handelsblatt", "the Japanese daily Asahi"). A name after it alone is no
/// evidence ("average daily Treasuries trading", "the weekly U.S. crush rate"), nor is a
/// weekday or a month ("daily Monday to Friday"); all-capitals text says nothing about names.
fn periodical(text: &str, start: usize, end: usize, rest: &str, next_word: &str) -> bool {
    let matched = &text[start..end];
    let after = &text[end..];
    if !["daily", "weekly", "monthly"].contains(&matched) || !after.starts_with(' ') {
        return false;
    }
    if super::lexicon::PAPER_VERBS.contains(&next_word) {
        return true;
    }
    if in_caps_text(text, start)
        || !rest.starts_with(|c: char| c.is_ascii_uppercase())
        || super::lexicon::weekday(next_word).is_some()
        || super::lexicon::month(next_word).is_some()
    {
        return false;
    }
    let before = &text[..start];
    let pw = prev_word(text, start);
    let glued = before.ends_with(' ') && before.trim_end_matches(' ').ends_with(pw);
    glued && (one_of(super::lexicon::PRESS_BEFORE_DAILY, pw) || super::lexicon::is_demonym(pw))
}

/// Whether a frequency adjective names the period an amount is measured over ("its
/// quarterly dividend", "annual sales of $2 billion", "average daily share turnover") rather
/// than a recurring event ("an annual exercise", "daily patrols"): TimeML tags the recurring
/// event as a SET and never the period of a figure (TempEval-3 tags none of its 16 "annual" and
/// "quarterly" adjectives, all before figures). The noun may follow one other word ("quarterly
/// cash dividend").
fn measurement_period(matched: &str, rest: &str) -> bool {
    // "annually", "biannually": adverbs, never before a noun.
    if matched.len() > 4 && ends_with_ci(matched, "ally") {
        return false;
    }
    let mut words = rest
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .take_while(|w| !w.is_empty());
    let measured = |w: &str| {
        super::lexicon::MEASURED_AMOUNTS
            .iter()
            .any(|m| m.eq_ignore_ascii_case(w))
    };
    match (words.next(), words.next()) {
        (Some(first), _) if measured(first) => true,
        (Some(first), Some(second)) => {
            first.starts_with(|c: char| c.is_ascii_lowercase()) && measured(second)
        }
        _ => false,
    }
}

/// Whether a stretch like "the early hours" or "the first weeks" is followed by "of" and a
/// date ("the early hours of Thursday morning", "the first weeks of May", "the final months
/// of the year"): then it is part of that date's expression, not a duration of its own.
fn of_a_date(rest: &str, next_word: &str) -> bool {
    if !next_word.eq_ignore_ascii_case("of") {
        return false;
    }
    let mut words = rest
        .get(2..)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let lower = first.to_ascii_lowercase();
    first.starts_with(|c: char| c.is_ascii_digit())
        || super::lexicon::weekday(first).is_some()
        || super::lexicon::month(first).is_some()
        || [
            "this",
            "last",
            "next",
            "that",
            "today",
            "yesterday",
            "tomorrow",
        ]
        .contains(&lower.as_str())
        || (lower == "the"
            && words.next().is_some_and(|w| {
                super::lexicon::unit(w).is_some() || super::lexicon::part_of_day(w).is_some()
            }))
}

/// Whether the year at `start..end` is one end of a hyphenated range of years ("2014-2017"),
/// which TimeML tags as two dates: four digits on both sides of one hyphen, the later year
/// second and within a century, nothing glued around ("555-2017", "1-800-2017" are numbers).
fn year_range(text: &str, start: usize, end: usize) -> bool {
    let year_at = |a: usize| -> Option<u32> {
        let s = text.get(a..a + 4)?;
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let glued = |at: Option<u8>| at.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-');
    let bytes = text.as_bytes();
    let (first, second) = if bytes.get(end) == Some(&b'-') {
        (start, end + 1)
    } else if start > 0 && bytes[start - 1] == b'-' && start >= 5 {
        (start - 5, start)
    } else {
        return false;
    };
    let (Some(a), Some(b)) = (year_at(first), year_at(second)) else {
        return false;
    };
    let outside_before = first.checked_sub(1).map(|i| bytes[i]);
    let outside_after = bytes.get(second + 4).copied();
    (1900..2100).contains(&a)
        && a < b
        && b - a <= 100
        && !glued(outside_before)
        && !glued(outside_after)
}

/// How far around a bare "the first half" a cue word may be (bytes).
const HALF_WINDOW: usize = 150;

/// Checks the text around a match (byte range `start..end`).
/// Words before "over" that make it "more than" ("lasted over a week", "just over an hour",
/// "for over three years"); after any other word "over" is a preposition ("evolved over
/// several years", "killed there over three days of fighting"), which TimeML leaves outside.
const OVER_AS_MORE_THAN: &[&str] = &[
    "just", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "taken",
    "spent", "spend", "spends", "spending", "for", "of", "than", "after", "in", "within", "ago",
    "well", "slightly", "little",
];

/// Whether `found` opens with `word` (any case) and a space or a line break.
fn opens_with_word(found: &str, word: &str) -> bool {
    starts_with_ci(found, word) && matches!(found.as_bytes().get(word.len()), Some(b' ' | b'\n'))
}

/// Whether a duration starting with "over" at `start` has "over" as a preposition: the
/// match is refused so that the duration after it is read without it.
fn over_is_a_preposition(text: &str, start: usize, end: usize) -> bool {
    if !opens_with_word(&text[start..end], "over") {
        return false;
    }
    let before = text[..start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !one_of(OVER_AS_MORE_THAN, word)
}

/// Whether a duration starting with "last" at `start` has "last" as a verb: "would last 15
/// days", "will come into force … and last 90 days". The match is refused so that the duration
/// after it is read without it ("the last 90 days" keeps its modifier).
fn last_is_a_verb(text: &str, start: usize, end: usize) -> bool {
    let last = opens_with_word(&text[start..end], "last");
    // "and last two months of 1985": a period of something, a noun phrase.
    let of_follows = starts_with_ci(text[end..].trim_start(), "of ");
    last && !of_follows && one_of(super::lexicon::BEFORE_LAST_AS_VERB, prev_word(text, start))
}

/// Words before a four-digit figure and "hours" that make it a time of day ("at 1900 hours",
/// "approximately 0530 hours", "until 0300 hours").
const BEFORE_MILITARY_TIME: &[&str] = &[
    "at",
    "about",
    "around",
    "approximately",
    "until",
    "till",
    "since",
    "from",
    "by",
    "before",
    "after",
];

/// Whether "NNNN hours" (`rest` is the text after it) counts hours rather than telling the
/// time: "1430 hours of overtime", "spent 1200 hours training". A preposition or modifier of
/// time before it ("at 1900 hours and left") or a function word after it ("0530 hours when")
/// makes it a time.
fn hours_are_a_count(text: &str, start: usize, rest: &str) -> bool {
    if starts_with_ci(rest, "of ") {
        return true;
    }
    if !rest.starts_with(char::is_lowercase) {
        return false;
    }
    let before = prev_word(text, start);
    if one_of(BEFORE_MILITARY_TIME, before) {
        return false;
    }
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !one_of(super::lexicon::AFTER_PART_OF_DAY, next)
}

pub fn accept(text: &str, start: usize, end: usize, id: &str, kind: Kind) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    let mut prev = before.chars().rev();
    let p1 = prev.next();
    let p2 = prev.next();
    // Money, hashtags, numbering: "$2019", "#2024".
    if matches!(p1, Some('$' | '£' | '€' | '#' | '№')) {
        return false;
    }
    let range = id == "year" && year_range(text, start, end);
    // Glued to a name by a hyphen or slash: "Kaisar-2021", "Mi-35", "555-2017".
    if matches!(p1, Some('-' | '/' | '.' | ':'))
        && p2.is_some_and(|c| c.is_alphanumeric())
        && !matches!(kind, Kind::Set)
        && !range
    {
        return false;
    }
    let mut next = after.chars();
    let n1 = next.next();
    let n2 = next.next();
    if matches!(n1, Some('%')) {
        return false;
    }
    if matches!(n1, Some('-' | '/')) && n2.is_some_and(|c| c.is_alphanumeric()) && !range {
        return false;
    }
    if matches!(n1, Some('.' | ',' | ':')) && n2.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    if starts_with_ci(rest, "percent") || starts_with_ci(rest, "per cent") {
        return false;
    }
    // "1430 hours of overtime" counts hours.
    if id == "clock_hhmm_hours" && hours_are_a_count(text, start, rest) {
        return false;
    }
    if kind == Kind::Duration && last_is_a_verb(text, start, end) {
        return false;
    }
    if kind == Kind::Duration && over_is_a_preposition(text, start, end) {
        return false;
    }
    if kind == Kind::Duration || kind == Kind::InFuture {
        // Ages: "25 years old", "a decade-old dispute" (TimeML tags none).
        if starts_with_ci(after, " old")
            || starts_with_ci(after, "-old")
            || starts_with_ci(after, " of age")
        {
            return false;
        }
        let pw = prev_word(text, start).to_ascii_lowercase();
        if pw == "aged" {
            return false;
        }
    }
    let matched = &text[start..end];
    let next_word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    // "Radio 4's Today programme", "USA Today", ABC's "This Week": a time word that is
    // normally lowercase, capitalized inside a sentence, is (part of) a title.
    if (matches!(
        kind,
        Kind::Deictic | Kind::Present | Kind::Past | Kind::Future | Kind::RelUnit
    ) || id == "adverb_set")
        && matched.starts_with(|c: char| c.is_ascii_uppercase())
        && matched.bytes().any(|b| b.is_ascii_lowercase())
        && !opens_sentence(text, start)
    {
        return false;
    }
    // ABC's "This Week," and "This Week With David Brinkley": a capitalized time word right
    // after an opening quote is a title when the quote closes right after it or a capitalized
    // word goes on.
    if matches!(kind, Kind::RelUnit | Kind::Deictic | Kind::Present)
        && matched.starts_with(|c: char| c.is_ascii_uppercase())
        && matched.bytes().any(|b| b.is_ascii_lowercase())
        && matches!(p1, Some('"' | '\u{201c}' | '`'))
    {
        let tail = after.trim_start_matches([',', '.']);
        let closes = tail.starts_with(['"', '\u{201d}']) || tail.starts_with("''");
        let title_case = matched.contains(' ')
            && matched
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let goes_on = title_case
            && after.starts_with(' ')
            && rest.starts_with(|c: char| c.is_ascii_uppercase())
            && next_word.bytes().any(|b| b.is_ascii_lowercase());
        if closes || goes_on {
            return false;
        }
    }
    // "album of the year", "player of the year": an award, not the document's year; "the first
    // nine months of the year" is.
    if id == "the_unit"
        && matched
            .get(matched.len().saturating_sub(4)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("year"))
        && prev_word(text, start).eq_ignore_ascii_case("of")
    {
        let before_of = text[..start].trim_end_matches([' ', '\t', '\u{a0}']);
        let before_of = before_of
            .get(..before_of.len().saturating_sub(2))
            .unwrap_or("");
        let noun = prev_word(before_of, before_of.len()).to_ascii_lowercase();
        if !super::lexicon::PARTS_OF_A_PERIOD.contains(&noun.as_str()) {
            return false;
        }
    }
    if date_opens_a_name(text, start, &text[start..end], rest) {
        return false;
    }
    // "the current account deficit" is economics, not time.
    if id == "present_ref"
        && matched.eq_ignore_ascii_case("current")
        && one_of(super::lexicon::NOT_TIME_AFTER_CURRENT, next_word)
    {
        return false;
    }
    // "the morning raids", "late-night talks": a part of the day that modifies a noun.
    if kind == Kind::PartOfDay
        && id != "rel_part_of_day"
        && rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && !one_of(super::lexicon::AFTER_PART_OF_DAY, next_word)
        && super::lexicon::weekday(next_word).is_none()
    {
        return false;
    }
    // "Now, he says …": a sentence-opening discourse marker, not the present.
    if id == "present_ref"
        && (matched == "Now" || matched == "NOW")
        && after.starts_with(',')
        && opens_sentence(text, start)
    {
        return false;
    }
    // "today's youth", "the leaders of tomorrow": the present or the future in general, not
    // a day.
    if id == "deictic" {
        let noun = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("\u{2019}s"))
            .map(|r| {
                r.trim_start()
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("")
            });
        if matched.eq_ignore_ascii_case("today")
            && noun.is_some_and(|n| one_of(super::lexicon::GENERIC_AFTER_TODAYS, n))
        {
            return false;
        }
        if matched.eq_ignore_ascii_case("tomorrow")
            && prev_word(text, start).eq_ignore_ascii_case("of")
        {
            let before_of = text[..start].trim_end_matches([' ', '\t', '\u{a0}', '\n']);
            let before_of = before_of
                .get(..before_of.len().saturating_sub(2))
                .unwrap_or("");
            let head = prev_word(before_of, before_of.len());
            if one_of(super::lexicon::GENERIC_BEFORE_OF_TOMORROW, head) {
                return false;
            }
        }
    }
    // "the fall in October", "the fall of the regime": a decline or a collapse.
    if id == "season"
        && matched.len() >= 4
        && matched
            .get(matched.len() - 4..)
            .is_some_and(|w| w.eq_ignore_ascii_case("fall"))
        && one_of(&["in", "of", "from", "to", "was", "is"], next_word)
    {
        return false;
    }
    // "The fall came as …", "a sharp fall": with only "the", "fall" is the season after a
    // preposition ("in the fall", "by the fall") and otherwise a decline.
    if id == "season"
        && matched.eq_ignore_ascii_case("the fall")
        && !one_of(super::lexicon::BEFORE_THE_FALL, prev_word(text, start))
    {
        return false;
    }
    // "every day of delay", "every day that passes": a noun phrase, not a recurrence.
    if id == "every_unit" && one_of(&["of", "that", "which"], next_word) {
        return false;
    }
    // "the second half of the match": a half of something else. Without a year, a half is a
    // period only in text about years, quarters or results.
    if id == "half_year" && !matched.contains(|c: char| c.is_ascii_digit()) {
        // "the first half of the match", "the first half hour"; "the last half" is a half of
        // a year only with the year ("the last half of 1989").
        if one_of(&["of", "hour", "dozen", "mile"], next_word)
            || super::lexicon::LAST_HALF
                .iter()
                .any(|p| starts_with_ci(matched, p))
        {
            return false;
        }
        let hyphen = matched.contains('-');
        let mut from = start.saturating_sub(HALF_WINDOW);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (end + HALF_WINDOW).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let window = text[from..to].to_ascii_lowercase();
        let cue = super::lexicon::HALF_YEAR_CUES
            .iter()
            .any(|c| memchr::memmem::find(window.as_bytes(), c.as_bytes()).is_some());
        if !hyphen && !cue {
            return false;
        }
    }
    if id == "adverb_set"
        && (periodical(text, start, end, rest, next_word)
            || measurement_period(&text[start..end], rest))
    {
        return false;
    }
    if id == "edge_period" && of_a_date(rest, next_word) {
        return false;
    }
    // "two thousand years", "nineteen hundred troops": a number before a noun, not a year.
    if id == "spelled_year"
        && !starts_with_ci(matched, "the")
        && (ends_with_ci(matched, "thousand") || ends_with_ci(matched, "hundred"))
        && after.starts_with(' ')
        && next_word.starts_with(|c: char| c.is_ascii_lowercase())
        && !super::lexicon::AFTER_PART_OF_DAY.contains(&next_word)
    {
        return false;
    }
    if id == "future_ref" {
        // "the future of the alliance" is a topic, not a time.
        if matched
            .get(matched.len().saturating_sub(6)..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("future"))
            && next_word.eq_ignore_ascii_case("of")
        {
            return false;
        }
        // "as soon as the threats end", "soon after the attack": a relation to an event.
        if matched.eq_ignore_ascii_case("soon")
            && (prev_word(text, start).eq_ignore_ascii_case("as")
                || ["after", "before", "as"]
                    .iter()
                    .any(|w| next_word.eq_ignore_ascii_case(w)))
        {
            return false;
        }
    }
    true
}

/// Whether a duration like "a year" is a rate ("$2 million a year", "twice a week"): a
/// recurring SET, not a DURATION.
pub fn is_rate(text: &str, start: usize, caps: &Captures<'_>) -> bool {
    let one = caps
        .name("num")
        .is_some_and(|n| matches!(n.as_str().to_ascii_lowercase().as_str(), "a" | "an" | "per"));
    if !one || caps.name("rel").is_some() {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t', '\u{a0}']);
    if before.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
        return true;
    }
    let pw = prev_word(text, start).to_ascii_lowercase();
    matches!(
        pw.as_str(),
        "once"
            | "twice"
            | "times"
            | "million"
            | "billion"
            | "thousand"
            | "hundred"
            | "cents"
            | "dollars"
            | "euros"
            | "percent"
            | "hours"
            | "days"
            | "flights"
            | "shares"
    )
}

/// Checks that depend on the parsed parts: month words must look like month names.
/// Whether a bare "Easter" is not used as a time: only after a time preposition or a verb of
/// observance ("by Easter", "before Easter", "celebrating Easter") or before a word for a
/// stretch of time ("the Easter recess", "the long Easter weekend") is it the day. "The full
/// truth about Easter" (the 2019 attacks), "Easter demand", "your Easter message" are not.
fn easter_not_a_time(text: &str, start: usize, caps: &Captures<'_>) -> bool {
    let Some(m) = caps.get(0) else {
        return false;
    };
    if !m.as_str().eq_ignore_ascii_case("easter") {
        return false;
    }
    let next = text[start + m.end()..]
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    !(one_of(super::lexicon::BEFORE_EASTER, prev_word(text, start))
        || one_of(super::lexicon::STRETCHES_AFTER_EASTER, next))
}

/// Whether a holiday's name is part of a name or a thing's name: "Easter Island", "the Easter
/// Rising", "the Good Friday Agreement", "Christmas Island", "Easter eggs"
/// (`lexicon::NAMES_AFTER_A_HOLIDAY`). "Easter Sunday", "Christmas Day" are one expression
/// (the row takes them whole), and "celebrating Easter with family" stays a date.
fn holiday_names_a_thing(text: &str, start: usize, caps: &Captures<'_>) -> bool {
    let Some(end) = caps.get(0).map(|m| start + m.end()) else {
        return false;
    };
    let next = text[end..]
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    one_of(super::lexicon::NAMES_AFTER_A_HOLIDAY, next)
}

pub fn accept_parts(text: &str, start: usize, caps: &Captures<'_>, id: &str) -> bool {
    if let Some(mon) = caps.name("mon") {
        let word = mon.as_str();
        if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let bare = id == "month";
        let lower = word.trim_end_matches('.').to_ascii_lowercase();
        let abbrev = word.len() <= 4 && lower != "june" && lower != "july" && lower != "may";
        if bare && abbrev && !word.ends_with('.') {
            return false;
        }
        if bare && (lower == "may" || lower == "march") {
            let at = start + mon.start();
            let pw = prev_word(text, at).to_ascii_lowercase();
            if !MONTH_CUES.contains(&pw.as_str()) {
                return false;
            }
            // "in May" at a sentence start is fine; "May" after a period is the modal.
            if prev_char(text, at).is_none() {
                return false;
            }
        }
    }
    if id == "holiday"
        && (holiday_names_a_thing(text, start, caps) || easter_not_a_time(text, start, caps))
    {
        return false;
    }
    // "the Good Friday Agreement": the holiday row gave the name up; its weekday is no date.
    if caps
        .get(0)
        .is_some_and(|m| m.as_str().eq_ignore_ascii_case("friday"))
        && prev_word(text, start) == "Good"
    {
        return false;
    }
    // "10 am" or "10 AM", never "10 Americans".
    if let Some(ap) = caps.name("ap") {
        let a = ap.as_str();
        if a != a.to_ascii_lowercase() && a != a.to_ascii_uppercase() {
            return false;
        }
    }
    // "24 Hour Party People": a capitalized unit inside a sentence is part of a title.
    if let Some(unit) = caps.name("unit") {
        if unit.start() > 0
            && unit.as_str().starts_with(|c: char| c.is_ascii_uppercase())
            && unit.as_str().bytes().any(|b| b.is_ascii_lowercase())
            && !opens_sentence(text, start)
        {
            return false;
        }
    }
    if let Some(num) = caps.name("num") {
        let n = num.as_str().to_ascii_lowercase();
        if let Some(unit) = caps.name("unit") {
            let u = unit.as_str().to_ascii_lowercase();
            let one = matches!(n.as_str(), "a" | "an" | "one");
            // "a second attack", "a quarter of the vote".
            if one && (u.starts_with("second") || u.starts_with("quarter")) {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_of_the_year_that_opens_a_name_is_no_date() {
        let t = "the February 17 Martyrs Brigade, the July 26 Movement and the March 14 alliance; \
                 the September 11 attacks, the May 10 elections, on April 6 Youth groups met, \
                 the June 4 Tiananmen Square crackdown, the March 8, Front line, THE 19 APRIL \
                 MOVEMENT, the current coalition.";
        for (date, named) in [
            ("February 17", true),
            ("July 26", true),
            ("March 14", true),
            ("September 11", false),
            ("May 10", false),
            ("April 6", false),
            ("June 4", false),
            ("March 8", false),
            ("APRIL", true),
            ("current", false),
        ] {
            let k = t.find(date).unwrap();
            let rest = t[k + date.len()..].trim_start();
            assert_eq!(date_opens_a_name(t, k, date, rest), named, "{date}");
        }
    }

    #[test]
    fn context_rejections() {
        let t = "Kaisar-2021 and 45% of 2019 and $2020";
        let k = t.find("2021").unwrap();
        assert!(!accept(t, k, k + 4, "year", Kind::Year));
        let k = t.find("2019").unwrap();
        assert!(accept(t, k, k + 4, "year", Kind::Year));
        let k = t.find("2020").unwrap();
        assert!(!accept(t, k, k + 4, "year", Kind::Year));
        let t = "The Friendship 2017 drill. In 2014, Kopp's 1998 arrest. Friendship 2016 began. \
                 call +92 51 920 2024 in May 2019";
        for (year, name) in [
            ("2017", true),
            ("2014", false),
            ("1998", false),
            ("2016", false),
            ("2024", true),
            ("2019", false),
        ] {
            let k = t.find(year).unwrap();
            assert_eq!(year_in_name(t, k), name, "{year}");
        }
        // Multi-byte characters right before a candidate never split a slice.
        let t = "’May 2019 and ’Friendship 2017 and\u{a0}2016 \u{a0}’2015";
        for year in ["2019", "2017", "2016", "2015"] {
            let k = t.find(year).unwrap();
            let _ = year_in_name(t, k);
            let _ = prev_word(t, k);
        }
        // The year of a numbered resolution, alone or in a list, is part of its name.
        let t = "resolution 1497 (2003) of 1 August 2003; Resolutions 1267 (1999), 1333 (2000) \
                 and 1390 (2002). Attacks (2003) rose; page 12 (2004) and the 2005 vote.";
        for (year, named) in [
            ("2003)", true),
            ("1999", true),
            ("2000", true),
            ("2002", true),
            ("2003) rose", false),
            ("2004", false),
            ("2005", false),
        ] {
            let k = t.find(year).unwrap();
            assert_eq!(resolution_year(t, k, k + 4), named, "{year}");
        }
        // In all-capitals text a capitalized word before a year is no evidence of a name.
        let t = "THE ELECTIONS WILL BE HELD IN MARCH. GUERRILLAS ATTACKED SALVADOR 1989 TOWNS";
        let k = t.find("1989").unwrap();
        assert!(!year_in_name(t, k));
        // A possessive, a year and a capitalized noun: a model year.
        let t = "Kopp's 1987 Chevrolet was found. Kopp's 1998 arrest. London's 2012 Olympic bid. \
                 a 1995 Ford Taurus; the 1996 Ford contract.";
        for (year, model) in [
            ("1987", true),
            ("1998", false),
            ("2012", false),
            ("1995", true),
            ("1996", false),
        ] {
            let k = t.find(year).unwrap();
            assert_eq!(model_year(t, k, k + 4), model, "{year}");
        }
        let t = "a 25-year-old suspect";
        assert!(!accept(t, 2, 9, "duration_adj", Kind::Duration));
    }
}
