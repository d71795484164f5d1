//! Finding a document's own date in its header or byline.
//!
//! News files often carry their publication date in a header line (`date 2024-11-21`), a
//! byline (`Author: Jane Doe 11.06.2024`) or a wire dateline (`SAN SALVADOR, 3 JAN 90 --`,
//! `KABUL, Nov. 21, 2024 (Reuters) -`, `OSLO, 23.07.2011 -`) or a date line alone (`July 18th
//! 2015`). Only the first lines are searched, and only these
//! explicit forms, so a date mentioned in the story is never mistaken for the document date.
//! A dateline without a year (`WASHINGTON, August 11 (Xinhua) --`) gives no document date: a
//! guessed year would resolve every relative date in the story wrongly.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::extract::DateOrder;

/// How far into the document a header or byline may be.
const HEADER_BYTES: usize = 2048;

/// A document date found in the text: its value and byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub value: NaiveDate,
    pub bytes: std::ops::Range<usize>,
}

/// How many lines from the top may hold the header or byline.
const HEADER_LINES: usize = 12;

/// `date 2024-11-21`, `Published: 2024-11-21`, … at the start of a line.
fn header_iso() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?i:date|dated|published|posted|updated(?:[ \t]+on)?)[ \t]*[:\-]?[ \t]*((\d{4})-(\d{2})-(\d{2}))(?-u:\b)")
            .expect("header date pattern compiles")
    })
}

/// `Author: Taut Bataut 11.06.2024`, `By Jo Doe, 11/06/2024`.
fn byline_numeric() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?i:author|by|written by)(?-u:\b)[^\n]{0,120}?(?-u:\b)((\d{1,2})[./-](\d{1,2})[./-](\d{4}))(?-u:\b)")
            .expect("byline date pattern compiles")
    })
}

/// A date with the month in words and a four-digit year: `6 Mar 2025`, `14 November, 2024`,
/// `November 14, 2024`, `Nov. 14 2024`. Groups: day and month, or month and day, then the year.
const TEXT_DATE: &str =
    r"((?:(\d{1,2})[ \t]+(MONTH)|(MONTH)[ \t]+(\d{1,2})),?[ \t]+(\d{4}))(?-u:\b)";
const MONTH_WORD: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// `Published On 6 Mar 2025`, `Updated: November 14, 2024`, `Date: 14 Nov 2024` at the start of
/// a line.
fn header_text() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = TEXT_DATE.replace("MONTH", MONTH_WORD);
        Regex::new(&format!(
            r"^(?i:date|dated|published|posted|updated)(?:[ \t]+(?i:on))?[ \t]*[:\-]?[ \t]*{date}"
        ))
        .expect("header date pattern compiles")
    })
}

/// `By Staff Reporter | November 14, 2024`, `Author: Jo Doe, 6 Mar 2025`: a name, a separator,
/// then the date ending the line (or before a time or another separator), so that a story
/// sentence that opens with "By" ("By Tuesday, November 14, 2024, the troops had left") is no
/// byline.
fn byline_text() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = TEXT_DATE.replace("MONTH", MONTH_WORD);
        Regex::new(&format!(
            r"^(?i:author|by|written by)(?-u:\b)[^\n]{{1,120}}?[|,·•—–\-][ \t]*{date}[ \t]*(?:$|[|·•(]|\d{{1,2}}[:.]\d{{2}})"
        ))
        .expect("byline date pattern compiles")
    })
}

/// A header line of short fields separated by bars or bullets whose last field is `DATE`
/// (optionally with a time after it). No sentence of a story has that shape, so no opening word
/// like "By" is needed.
fn separated_fields_pattern(date: &str) -> String {
    format!(
        r"^[^\n|·•]{{1,80}}(?:[|·•][^\n|·•]{{1,80}})*[|·•][ \t]*{date}[ \t]*(?:$|\d{{1,2}}[:.]\d{{2}})"
    )
}

/// `Anil Shrestha | Kathmandu | 19 February 2002`: separated fields, the date in words.
fn separated_fields() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&separated_fields_pattern(
            &TEXT_DATE.replace("MONTH", MONTH_WORD),
        ))
        .expect("separated-fields date pattern compiles")
    })
}

/// `Grace Akello | Lira | 24.02.2004`: separated fields, the date in figures; groups as in
/// [`byline_numeric`].
fn separated_fields_numeric() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&separated_fields_pattern(
            r"((\d{1,2})[./-](\d{1,2})[./-](\d{4}))",
        ))
        .expect("separated-fields date pattern compiles")
    })
}

/// `SAN SALVADOR, 3 JAN 90 --`, `ROME (ITALY), 11 JAN 90 --`, `KABUL, Afghanistan, Nov. 21, 2024 (Reuters) -`,
/// `OSLO, 23.07.2011 (updated 1245 GMT) -`: a place in capitals, an optional region, a dated
/// day with its year (the month in words, or in figures: groups 7–11), an optional agency or
/// note, then a dash.
/// `upper`, `letter` and `digit` are the contents of the classes for capitals, letters and
/// digits.
fn dateline_pattern(upper: &str, letter: &str, digit: &str) -> String {
    const MONTH: &str = r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?";
    let date = format!(
        r"(?:([{digit}]{{1,2}})[ \t]+({MONTH})|({MONTH})[ \t]+([{digit}]{{1,2}}),?)[ \t]+([{digit}]{{4}}|[{digit}]{{2}})"
    );
    dateline_around(upper, letter, &date)
}

/// The dateline pattern with the date in figures (`OSLO, 23.07.2011 (updated 1245 GMT) -`):
/// groups 2 to 6 are the number, separator, number, separator and year.
fn numeric_dateline_pattern(upper: &str, letter: &str, digit: &str) -> String {
    let date = format!(r"([{digit}]{{1,2}})([./-])([{digit}]{{1,2}})([./-])([{digit}]{{4}})");
    dateline_around(upper, letter, &date)
}

/// A dateline's place, optional region, `date` (group 1), optional agency or note, and dash.
fn dateline_around(upper: &str, letter: &str, date: &str) -> String {
    format!(
        r"^[{upper}][{upper} .'\-]{{1,40}}(?:[ \t]*\([^)\n]{{1,30}}\))?,(?:[ \t][{letter} .]{{2,30}},)?[ \t]+({date})(?:[ \t]*\([^)\n]{{1,60}}\))?[ \t]*\n?[ \t]*(?:--|-|—|–)"
    )
}

/// [`numeric_dateline_pattern`] with Unicode classes, compiled on first need (a window that
/// the word-date dateline missed and that holds a number, a dot or slash, and a number).
fn numeric_dateline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&numeric_dateline_pattern(r"\p{Lu}", r"\p{L}", r"\d"))
            .expect("numeric dateline pattern compiles")
    })
}

/// [`numeric_dateline_pattern`] with ASCII classes, for ASCII windows (as [`dateline_ascii`]).
fn numeric_dateline_ascii() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&numeric_dateline_pattern("A-Z", "A-Za-z", "0-9"))
            .expect("numeric dateline pattern compiles")
    })
}

/// Whether `window` holds a digit, `.`, `/` or `-`, then a digit: what a numeric dateline needs
/// (a necessary condition, checked before its pattern is compiled or run).
fn may_hold_numeric_date(window: &str) -> bool {
    window.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'.' | b'/' | b'-') && w[2].is_ascii_digit()
    })
}

/// The dateline pattern with Unicode classes (`\p{Lu}`, `\p{L}`, `\d`): for text that is not
/// all ASCII. Its forty copies of `\p{Lu}` and thirty of `\p{L}` make it the costliest pattern
/// to compile at start-up (~100 M instructions), so it is compiled on first need only.
fn dateline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&dateline_pattern(r"\p{Lu}", r"\p{L}", r"\d"))
            .expect("dateline pattern compiles")
    })
}

/// The same pattern with the ASCII members of those classes: on an ASCII haystack it matches
/// exactly what [`dateline`] matches (an ASCII character is in `\p{Lu}` iff it is in `A-Z`,
/// and so on; the other parts of the pattern are the same), and it compiles in a fraction of
/// the time.
fn dateline_ascii() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&dateline_pattern("A-Z", "A-Za-z", "0-9")).expect("dateline pattern compiles")
    })
}

/// Compiles the header, byline and (ASCII) dateline patterns now rather than on the first
/// document: the pipeline builder runs this beside the extractors' builds.
pub(crate) fn prepare() {
    header_iso();
    header_text();
    byline_numeric();
    byline_text();
    dateline_ascii();
}

/// The date of a dateline written in figures (`23.07.2011`): groups 2 to 6 (number,
/// separator, number, separator, year); the separators must agree, and the first number is the
/// day unless `order` says month first (a number above 12 is always the day).
fn numeric_date(c: &regex::Captures<'_>, order: DateOrder) -> Option<NaiveDate> {
    if c.get(3)?.as_str() != c.get(5)?.as_str() {
        return None;
    }
    let (a, b): (u32, u32) = (c[2].parse().ok()?, c[4].parse().ok()?);
    let (day, month) = match order {
        DateOrder::Dmy if a <= 12 || b <= 12 => (a, b),
        DateOrder::Mdy if a <= 12 => (b, a),
        _ => (a.max(b), a.min(b)),
    };
    NaiveDate::from_ymd_opt(c[6].parse().ok()?, month, day)
}

/// `July 18th 2015`, `Saturday, 18 July 2015`, `18 of July, 2015`: a magazine's or a site's
/// date line, a date in words with its year and nothing else on the line (a weekday may open
/// it). The date and its byte range in `line`. Read word by word rather than by a pattern:
/// its compilation cost more than all the lines it is asked about.
fn date_alone(line: &str) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    let mut words = line
        .split([' ', '\t', ',', '\r'])
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w));
    let mut first = words.next()?;
    if crate::calendar::weekday(first.1).is_some() {
        first = words.next()?;
    }
    let rest: Vec<(usize, &str)> = words.collect();
    let day_of = |w: &str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ordinal = ["", "st", "nd", "rd", "th"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(suffix));
        (ordinal && (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let (day, month, year) = match rest.as_slice() {
        [(_, m), year] if day_of(first.1).is_some() => (day_of(first.1)?, *m, *year),
        [(_, of), (_, m), year] if of.eq_ignore_ascii_case("of") => (day_of(first.1)?, *m, *year),
        [(_, d), year] => (day_of(d)?, first.1, *year),
        _ => return None,
    };
    let (at, y) = year;
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month = crate::calendar::month(month)?;
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, month, day)?;
    Some((date, first.0..at + y.len()))
}

/// `Dated: 09.08.16`, `Date: 12/03/2019`, `Published 3-4-2020`: a letterhead's or a release's
/// date label with the date in figures, the year in two or four digits (two digits read in
/// 1950–2049, as an old wire's). The first number is the day unless `order` says month first
/// (a number above 12 is always the day). The date and its byte range in `line`. Read by hand
/// rather than by a pattern: it is asked only of lines opening with a label's first letters.
fn labelled_numeric_date(
    line: &str,
    order: DateOrder,
) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    let lower = |n: usize| line.get(..n).map(str::to_ascii_lowercase);
    let label = [
        "updated on",
        "published",
        "updated",
        "posted",
        "dated",
        "date",
    ]
    .into_iter()
    .find(|l| lower(l.len()).as_deref() == Some(*l))?;
    let after = &line[label.len()..];
    let rest = after.trim_start_matches([' ', '\t']);
    let rest = rest
        .strip_prefix([':', '-'])
        .unwrap_or(rest)
        .trim_start_matches([' ', '\t']);
    // "Dated:" and "Date-" need a separator or a space: "Datelines" is no label.
    if rest.len() == after.len() {
        return None;
    }
    let at = line.len() - rest.len();
    let (date, len) = figures_date(rest, order)?;
    Some((date, at..at + len))
}

/// A date in figures opening `text` (`09.08.16`, `12/03/2019`; the two separators alike,
/// nothing alphanumeric or another `.digit` glued after it) and its length in bytes.
fn figures_date(text: &str, order: DateOrder) -> Option<(NaiveDate, usize)> {
    let b = text.as_bytes();
    let digits_at = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let n1 = digits_at(0);
    let s1 = *b.get(n1).filter(|&&c| matches!(c, b'.' | b'/' | b'-'))?;
    let n2 = digits_at(n1 + 1);
    let second_sep = n1 + 1 + n2;
    if b.get(second_sep) != Some(&s1) || !(1..=2).contains(&n1) || !(1..=2).contains(&n2) {
        return None;
    }
    let ny = digits_at(second_sep + 1);
    let end = second_sep + 1 + ny;
    let glued = match b.get(end..) {
        Some([c, ..]) if c.is_ascii_alphanumeric() => true,
        Some([c, d, ..]) => matches!(c, b'.' | b'/' | b'-') && d.is_ascii_digit(),
        _ => false,
    };
    if !(ny == 2 || ny == 4) || glued {
        return None;
    }
    let (a, m): (u32, u32) = (
        text[..n1].parse().ok()?,
        text[n1 + 1..second_sep].parse().ok()?,
    );
    let (day, month) = match order {
        DateOrder::Dmy if a <= 12 || m <= 12 => (a, m),
        DateOrder::Mdy if a <= 12 => (m, a),
        _ => (a.max(m), a.min(m)),
    };
    let date = NaiveDate::from_ymd_opt(full_year(&text[second_sep + 1..end])?, month, day)?;
    Some((date, end))
}

/// `Compiled by our Nairobi desk - Nairobi, 20 March 2016`, `Kampala, March 20, 2016`: a
/// compiler's or correspondent's line that ends with a place, a comma and the full date in
/// words (a weekday may open it). The place is one to three capitalized words at the line
/// start or after a dash, bar or slash, so that a wrapped story line ending "signed in Paris,
/// March 20, 1987" is not one. The date and its byte range in `line`.
fn place_and_date_at_end(line: &str) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    let line = line.trim_end();
    let words: Vec<(usize, &str)> = line
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    let day_of = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(',');
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ordinal = ["", "st", "nd", "rd", "th"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(&w[digits.len()..]));
        (ordinal && (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let (year_at, year) = *words.last()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || n < 4 {
        return None;
    }
    let month_word = |w: &str| crate::calendar::month(w.trim_end_matches([',', '.']));
    let (day, month) = match (day_of(words[n - 3].1), month_word(words[n - 2].1)) {
        (Some(day), Some(month)) => (day, month),
        _ => (day_of(words[n - 2].1)?, month_word(words[n - 3].1)?),
    };
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month, day)?;
    let mut first = n - 3;
    if first > 0 && crate::calendar::weekday(words[first - 1].1.trim_end_matches(',')).is_some() {
        first -= 1;
    }
    // The place: capitalized words, the last one carrying the comma.
    let place_end = first.checked_sub(1)?;
    if !words[place_end].1.ends_with(',') {
        return None;
    }
    let mut place_start = place_end;
    loop {
        let word = words[place_start].1;
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if place_start == 0 || is_field_separator(words[place_start - 1].1) {
            break;
        }
        if place_end - place_start == 2 {
            return None;
        }
        place_start -= 1;
    }
    let start = words[n - 3].0;
    Some((date, start..year_at + year.len()))
}

/// A word that separates a byline's fields: a dash, bar or slash alone.
fn is_field_separator(word: &str) -> bool {
    matches!(word, "-" | "--" | "–" | "—" | "|" | "/")
}

/// Whether `line` ends with four ASCII digits (before trailing white space): what
/// [`date_alone`] needs, checked before the line is split into words.
fn ends_with_a_year(line: &str) -> bool {
    let b = line.trim_end().as_bytes();
    b.len() >= 4 && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
}

/// How long a line may be to be a date line alone ([`date_alone`]: "Wednesday, 30 September
/// 2015" is 29 bytes).
const DATE_LINE_BYTES: usize = 40;

/// How long a compiler's line may be to end with its place and date
/// ([`place_and_date_at_end`]).
const PLACE_DATE_LINE_BYTES: usize = 160;

/// A two-digit year in an old wire dateline (`90`) is read in the window 1950–2049.
fn full_year(digits: &str) -> Option<i32> {
    let year: i32 = digits.parse().ok()?;
    Some(match digits.len() {
        2 if year >= 50 => 1900 + year,
        2 => 2000 + year,
        _ => year,
    })
}

/// The date of a dateline or a header date in words: groups 2 and 3 (day, month) or 4 and 5
/// (month, day), then the year in group 6 (two digits in old wires).
fn day_month_year(c: &regex::Captures<'_>) -> Option<NaiveDate> {
    let (day, month) = match (c.get(2), c.get(3)) {
        (Some(day), Some(month)) => (day.as_str(), month.as_str()),
        _ => (c.get(5)?.as_str(), c.get(4)?.as_str()),
    };
    NaiveDate::from_ymd_opt(
        full_year(&c[6])?,
        crate::calendar::month(month)?,
        day.parse().ok()?,
    )
}

/// The searched part of `text`: its first [`HEADER_BYTES`] bytes, cut back to a character
/// boundary.
fn header_of(text: &str) -> &str {
    let mut end = text.len().min(HEADER_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The first lines of `header`, each with its byte offset, leading whitespace and Markdown
/// markers (`#`, `*`, `>`) skipped. The same lines as `header.split('\n')`, found with
/// `memchr`'s vector search rather than the standard library's `CharSearcher`, which cost
/// ~190 instructions a line over Reuters' wrapped text.
fn header_lines(header: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut next_start = Some(0);
    std::iter::from_fn(move || {
        let start = next_start?;
        let end =
            memchr::memchr(b'\n', &header.as_bytes()[start..]).map_or(header.len(), |i| start + i);
        next_start = (end < header.len()).then_some(end + 1);
        let line = &header[start..end];
        let body = trim_line_start(line);
        Some((start + line.len() - body.len(), body))
    })
    .take(HEADER_LINES)
}

/// Whether `c` is skipped at the start of a header line: whitespace or a Markdown marker.
fn is_line_lead(c: char) -> bool {
    c.is_whitespace() || matches!(c, '#' | '*' | '>')
}

/// `line` without its leading whitespace and Markdown markers ([`is_line_lead`]). ASCII bytes
/// are skipped byte by byte (an ASCII byte is whitespace for `char::is_whitespace` iff it is
/// one of 09–0D or 20); the character walk runs only from the first non-ASCII byte on.
fn trim_line_start(line: &str) -> &str {
    let ascii_lead = line
        .bytes()
        .position(|b| !matches!(b, b'\t'..=b'\r' | b' ' | b'#' | b'*' | b'>'))
        .unwrap_or(line.len());
    let rest = &line[ascii_lead..];
    match rest.as_bytes().first() {
        Some(b) if !b.is_ascii() => rest.trim_start_matches(is_line_lead),
        _ => rest,
    }
}

/// The first two bytes of `line`, lower-cased (ASCII).
fn opening_pair(line: &str) -> Option<[u8; 2]> {
    match line.as_bytes() {
        [a, b, ..] => Some([a.to_ascii_lowercase(), b.to_ascii_lowercase()]),
        _ => None,
    }
}

/// Whether a line opening with `pair` may be a header line ([`header_iso`], [`header_text`]):
/// their words `date`, `dated`, `published`, `posted`, `updated` open with `da`, `pu`, `po`
/// or `up`. Exact for the case-insensitive patterns: no character but these ASCII letters
/// folds to them (only `k` and `s` have non-ASCII partners, the Kelvin sign and the long s).
fn may_open_header(pair: Option<[u8; 2]>) -> bool {
    matches!(
        pair,
        Some([b'd', b'a'] | [b'p', b'u'] | [b'p', b'o'] | [b'u', b'p'])
    )
}

/// Whether a line opening with `pair` may be a byline ([`byline_numeric`], [`byline_text`]):
/// `author`, `by`, `written by` open with `au`, `by` or `wr` (exact as for
/// [`may_open_header`]).
fn may_open_byline(pair: Option<[u8; 2]>) -> bool {
    matches!(pair, Some([b'a', b'u'] | [b'b', b'y'] | [b'w', b'r']))
}

/// Whether `line` may hold the four digits in a row (`\d{4}`, the year) that every header and
/// byline pattern needs: four ASCII digits in a row, or any non-ASCII byte (the Unicode `\d`
/// holds other scripts' digits; the pattern decides). Reuters' wrapped lines opening with "by
/// 1.5 pct", "production", "up to 20" mostly have none, and the byline patterns' lazy
/// `[^\n]{0,120}?` built new DFA states over each of them.
fn may_hold_year(line: &str) -> bool {
    let mut run = 0;
    for b in line.bytes() {
        if !b.is_ascii() {
            return true;
        }
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// Whether `window` can start a dateline: a capital (`\p{Lu}`), then a capital, space, `.`,
/// `'` or `-`. A necessary condition only (every `\p{Lu}` letter is `char::is_uppercase`),
/// checked before the pattern runs, so that a story line or a line opening with a quotation
/// mark neither runs the pattern nor compiles its Unicode form.
fn may_open_dateline(window: &str) -> bool {
    let mut chars = window.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    first.is_uppercase() && (second.is_uppercase() || matches!(second, ' ' | '.' | '\'' | '-'))
}

/// Whether the place of a dateline may end where its ASCII run ends: the pattern's place is a
/// capital, then 1–40 of capitals, space, `.`, `'`, `-`, then `,` or (after spaces or tabs)
/// `(`. So the first byte after the opening one that is none of those ASCII characters must be
/// `,`, `(` or a tab (a space is in the run); a line of capitals (Reuters' titles, "BAHIA
/// COCOA REVIEW") fails at its end. A non-ASCII byte may be a capital (`\p{Lu}`): the pattern
/// decides.
fn may_end_dateline_place(window: &str) -> bool {
    for &b in window.as_bytes().iter().skip(1) {
        match b {
            b'A'..=b'Z' | b' ' | b'.' | b'\'' | b'-' => continue,
            b',' | b'(' | b'\t' => return true,
            _ => return !b.is_ascii(),
        }
    }
    false
}

/// Where the separators' bytes (`|`, and 0xB7, 0xA2, the last bytes of `·` and `•`) are in the
/// header, found as the lines go down: one `memchr3` call covers the line asked for and the
/// next [`SeparatorBytes::LOOKAHEAD`] bytes, so a header without separators costs a call or
/// two instead of one a line (~90 instructions each over Reuters' short lines), and the bytes
/// past the twelfth line are mostly not read.
struct SeparatorBytes<'h> {
    header: &'h [u8],
    /// The first separator byte found by the last search, if any.
    next: Option<usize>,
    /// No separator byte lies before this offset except at `next`.
    searched_to: usize,
}

impl<'h> SeparatorBytes<'h> {
    /// How far past the line asked for one search reads.
    const LOOKAHEAD: usize = 512;

    fn new(header: &'h str) -> Self {
        SeparatorBytes {
            header: header.as_bytes(),
            next: None,
            searched_to: 0,
        }
    }

    /// Whether a separator byte lies in `range`; ranges must be asked for in increasing order.
    fn any_in(&mut self, range: std::ops::Range<usize>) -> bool {
        if let Some(next) = self.next.filter(|&next| next >= range.start) {
            return next < range.end;
        }
        let from = range.start.max(self.searched_to);
        if from >= range.end {
            return false;
        }
        let to = self.header.len().min(range.end.max(from + Self::LOOKAHEAD));
        let found = self
            .header
            .get(from..to)
            .and_then(|hay| memchr::memchr3(b'|', 0xB7, 0xA2, hay))
            .map(|i| from + i);
        self.next = found;
        self.searched_to = found.map_or(to, |at| at + 1);
        found.is_some_and(|at| at < range.end)
    }
}

/// Whether `line` (at byte `at` of the header whose separator bytes `bytes` walks) may be a
/// line of [`separated_fields`] or [`separated_fields_numeric`]: short enough, and holding one
/// of its separators (`|`, `·`, `•`), which the pattern needs at least once. Exact, not a byte
/// test: the separators' last bytes (0xB7, 0xA2) end many other characters too (Arabic "آ" is
/// D8 A2), and a false pass compiled the Unicode pattern (~10 M instructions) for nothing. The
/// byte search runs first because it is one SIMD pass.
fn may_separate_fields(line: &str, at: usize, bytes: &mut SeparatorBytes<'_>) -> bool {
    line.len() <= 240
        && bytes.any_in(at..at + line.len())
        && line.contains(['|', '\u{B7}', '\u{2022}'])
}

/// `re.captures(hay)`, asked only when `re` matches: most lines a pattern is tried on do not
/// match, and `captures` allocates its group slots before it searches; `is_match` runs the
/// lazy DFA alone.
fn captures_if_match<'h>(re: &Regex, hay: &'h str) -> Option<regex::Captures<'h>> {
    if re.is_match(hay) {
        re.captures(hay)
    } else {
        None
    }
}

/// Looks for the document date in the header or byline of `text` (the first line that has one).
///
/// ```
/// use sitrep::docdate::find_document_date;
/// use sitrep::extract::DateOrder;
/// let found = find_document_date(" date 2024-11-21 China said Tuesday", DateOrder::Dmy).unwrap();
/// assert_eq!(found.value.to_string(), "2024-11-21");
/// assert_eq!(found.bytes, 6..16);
/// let byline = find_document_date("Title\nAuthor: Taut Bataut 11.06.2024\n", DateOrder::Dmy).unwrap();
/// assert_eq!(byline.value.to_string(), "2024-06-11");
/// assert!(find_document_date("The war began on 2022-02-24.", DateOrder::Dmy).is_none());
/// ```
pub fn find_document_date(text: &str, order: DateOrder) -> Option<FoundDate> {
    let header = header_of(text);
    let mut separator_bytes = SeparatorBytes::new(header);
    for (at, line) in header_lines(header) {
        // Each pattern is anchored at the line start and opens with a word of its own: a line
        // whose first two bytes cannot start that word is not searched (most lines of a story,
        // and Reuters' wrapped lines opening with "about", "produced", "under", "between").
        // They all need a year's four digits too: a line without them is not searched either.
        let pair = opening_pair(line).filter(|&pair| {
            (may_open_header(Some(pair)) || may_open_byline(Some(pair))) && may_hold_year(line)
        });
        let header = may_open_header(pair)
            .then(|| captures_if_match(header_iso(), line))
            .flatten();
        if let Some(c) = header {
            let whole = c.get(1)?;
            let date =
                NaiveDate::from_ymd_opt(c[2].parse().ok()?, c[3].parse().ok()?, c[4].parse().ok()?);
            if let Some(value) = date {
                return Some(FoundDate {
                    value,
                    bytes: at + whole.start()..at + whole.end(),
                });
            }
        }
        let labelled = may_open_header(opening_pair(line))
            .then(|| labelled_numeric_date(line, order))
            .flatten();
        if let Some((value, bytes)) = labelled {
            return Some(FoundDate {
                value,
                bytes: at + bytes.start..at + bytes.end,
            });
        }
        let separated = may_separate_fields(line, at, &mut separator_bytes);
        let byline = may_open_byline(pair)
            .then(|| captures_if_match(byline_numeric(), line))
            .flatten()
            .or_else(|| {
                separated
                    .then(|| captures_if_match(separated_fields_numeric(), line))
                    .flatten()
            });
        if let Some(c) = byline {
            let whole = c.get(1)?;
            let (a, b): (u32, u32) = (c[2].parse().ok()?, c[3].parse().ok()?);
            let (day, month) = match order {
                DateOrder::Dmy if a <= 12 || b <= 12 => (a, b),
                DateOrder::Mdy if a <= 12 => (b, a),
                _ => (a.max(b), a.min(b)),
            };
            if let Some(value) = NaiveDate::from_ymd_opt(c[4].parse().ok()?, month, day) {
                return Some(FoundDate {
                    value,
                    bytes: at + whole.start()..at + whole.end(),
                });
            }
        }
        let texty = if may_open_header(pair) {
            captures_if_match(header_text(), line)
        } else if may_open_byline(pair) {
            captures_if_match(byline_text(), line)
        } else {
            None
        }
        .or_else(|| {
            separated
                .then(|| captures_if_match(separated_fields(), line))
                .flatten()
        });
        if let Some(c) = texty {
            let whole = c.get(1)?;
            if let Some(value) = day_month_year(&c) {
                return Some(FoundDate {
                    value,
                    bytes: at + whole.start()..at + whole.end(),
                });
            }
        }
        let alone = (line.len() <= DATE_LINE_BYTES && ends_with_a_year(line))
            .then(|| date_alone(line))
            .flatten();
        if let Some((value, bytes)) = alone {
            return Some(FoundDate {
                value,
                bytes: at + bytes.start..at + bytes.end,
            });
        }
        let placed = (line.len() <= PLACE_DATE_LINE_BYTES && ends_with_a_year(line))
            .then(|| place_and_date_at_end(line))
            .flatten();
        if let Some((value, bytes)) = placed {
            return Some(FoundDate {
                value,
                bytes: at + bytes.start..at + bytes.end,
            });
        }
        // A dateline's agency may push its dash onto the next line.
        let mut reach = text.len().min(at + line.len() + 80);
        while !text.is_char_boundary(reach) {
            reach -= 1;
        }
        let window = &text[at..reach];
        if !(may_open_dateline(window) && may_end_dateline_place(window)) {
            continue;
        }
        let dateline = if window.is_ascii() {
            dateline_ascii()
        } else {
            dateline()
        };
        if let Some(c) = captures_if_match(dateline, window) {
            let whole = c.get(1)?;
            if let Some(value) = day_month_year(&c) {
                return Some(FoundDate {
                    value,
                    bytes: at + whole.start()..at + whole.end(),
                });
            }
        } else if may_hold_numeric_date(window) {
            let numeric = if window.is_ascii() {
                numeric_dateline_ascii()
            } else {
                numeric_dateline()
            };
            if let Some(c) = captures_if_match(numeric, window) {
                let whole = c.get(1)?;
                if let Some(value) = numeric_date(&c, order) {
                    return Some(FoundDate {
                        value,
                        bytes: at + whole.start()..at + whole.end(),
                    });
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_and_headers_with_the_month_in_words() {
        let found = |t: &str| {
            find_document_date(t, DateOrder::Dmy)
                .map(|f| (f.value.to_string(), t[f.bytes].to_string()))
        };
        assert_eq!(
            found("By Staff Reporter | November 14, 2024\n\nPORT-AU-PRINCE — Gangs fired."),
            Some(("2024-11-14".into(), "November 14, 2024".into()))
        );
        assert_eq!(
            found("Published On 6 Mar 2025\n\nGunmen attacked."),
            Some(("2025-03-06".into(), "6 Mar 2025".into()))
        );
        assert_eq!(
            found("Updated: 14 Nov. 2024 10:42 GMT\nTalks resume."),
            Some(("2024-11-14".into(), "14 Nov. 2024".into()))
        );
        assert_eq!(
            found("By Tuesday, November 14, 2024, the troops had left."),
            None
        );
        assert_eq!(found("The war began on November 14, 2024."), None);
        // A byline of bar-separated fields with no "By": the name, the place, the date.
        assert_eq!(
            found("Maoists overrun a district town\n\nAnil Shrestha | Kathmandu | 19 February 2002\n\nRebels stormed."),
            Some(("2002-02-19".into(), "19 February 2002".into()))
        );
        assert_eq!(
            found("Kathmandu • 19 February 2002 14:05\nRebels stormed."),
            Some(("2002-02-19".into(), "19 February 2002".into()))
        );
        // The same with the date in figures, day first unless told otherwise.
        assert_eq!(
            found("After Barlonyo\n\nGrace Akello | Lira | 24.02.2004\n\nOn Saturday evening."),
            Some(("2004-02-24".into(), "24.02.2004".into()))
        );
        assert_eq!(found("Votes: 3 | 4 of 24.02.2004 were counted."), None);
        // The date must end the line: a sentence with a bar in it is no byline.
        assert_eq!(
            found("Scores: 3 | 4 as of 19 February 2002 were counted."),
            None
        );
    }

    /// The prefilters skip only lines the patterns cannot match: no character but the ASCII
    /// letters tested folds to the opening letters of the header and byline words, and every
    /// `\p{Lu}` character passes `may_open_dateline`'s capital test.
    #[test]
    fn prefilters_are_necessary_conditions() {
        // The letters of the opening pairs in `may_open_header` and `may_open_byline`.
        let opening = Regex::new(r"^(?i:[abdopruwy])").unwrap();
        let capital = Regex::new(r"^\p{Lu}").unwrap();
        let digit = Regex::new(r"^\d").unwrap();
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            if opening.is_match(s) {
                assert!(
                    b"abdopruwy".contains(&c.to_ascii_lowercase().try_into().unwrap_or(0)),
                    "{c:?}"
                );
            }
            if digit.is_match(s) {
                assert!(may_hold_year(&s.repeat(4)), "{c:?}");
            }
            if capital.is_match(s) {
                assert!(c.is_uppercase(), "{c:?}");
                for second in ['A', ' ', '.', '\'', '-', c] {
                    assert!(
                        may_open_dateline(&format!("{c}{second}")),
                        "{c:?}{second:?}"
                    );
                }
            }
        }
        for opening in [
            "date",
            "Dated",
            "PUBLISHED",
            "posted",
            "Updated",
            "uPdated on",
        ] {
            assert!(may_open_header(opening_pair(opening)), "{opening}");
        }
        for opening in ["author", "By", "BY", "Written by"] {
            assert!(may_open_byline(opening_pair(opening)), "{opening}");
        }
        assert!(!may_open_header(opening_pair("about")));
        assert!(!may_open_byline(opening_pair("between")));
        assert!(may_hold_year("By Jo Doe, 11/06/2024"));
        assert!(!may_hold_year("by 1.5 pct to 200 tonnes in 198"));
        assert!(!may_open_dateline("The"));
        assert!(!may_open_dateline("“KABUL"));
    }

    /// The ASCII dateline pattern agrees with the Unicode one on every ASCII window: the
    /// seeds' lines (each with the 80 bytes after it, as searched) and made-up datelines.
    #[test]
    fn ascii_dateline_agrees_with_the_unicode_one() {
        let mut texts: Vec<String> = [
            "SAN SALVADOR, 3 JAN 90 -- text",
            "ROME (ITALY), 11 JAN 90 --",
            "KABUL, Afghanistan, Nov. 21, 2024 (Reuters) - The",
            "KABUL, Afghanistan, Nov. 21, 2024 (Reuters)\n - The",
            "WASHINGTON, August 11 (Xinhua) --",
            "NEW YORK, 1 Sept 2001 -",
            "Paris, 3 Jan 2020 --",
            "A, 1 jan 99 -",
            "OSLO, 23.07.2011 (updated 1245 GMT) - Norwegian",
            "NAIROBI, Kenya, 02/04/2015 (AFP)\n-- Police",
            "Oslo, 23.07.2011 -",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(seeds).expect("seeds folder") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
            let mut at = 0;
            for line in text.split('\n') {
                let mut reach = text.len().min(at + line.len() + 80);
                while !text.is_char_boundary(reach) {
                    reach -= 1;
                }
                texts.push(text[at..reach].to_string());
                at += line.len() + 1;
            }
        }
        let spans = |re: &Regex, h: &str| -> Option<Vec<Option<(usize, usize)>>> {
            re.captures(h)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
        };
        let mut matched = 0;
        for h in texts.iter().filter(|h| h.is_ascii()) {
            let full = spans(super::dateline(), h);
            assert_eq!(spans(dateline_ascii(), h), full, "{h:?}");
            matched += usize::from(full.is_some());
            let numeric = spans(numeric_dateline(), h);
            assert_eq!(spans(numeric_dateline_ascii(), h), numeric, "{h:?}");
            matched += usize::from(numeric.is_some());
        }
        assert!(matched >= 7, "{matched}");
    }

    /// Every window either dateline pattern matches passes `may_end_dateline_place`: the seeds'
    /// and hard cases' lines (each with the 80 bytes after it) and random windows of places,
    /// regions, agencies, dates, dashes and non-ASCII capitals.
    #[test]
    fn windows_the_dateline_matches_pass_the_place_end_test() {
        let mut windows: Vec<String> = Vec::new();
        for text in crate::testutil::seed_and_hard_files() {
            let mut at = 0;
            for line in text.split('\n') {
                let mut reach = text.len().min(at + line.len() + 80);
                while !text.is_char_boundary(reach) {
                    reach -= 1;
                }
                windows.push(text[at..reach].trim_start().to_string());
                at += line.len() + 1;
            }
        }
        // Datelines field by field, each field also drawn from look-alikes that break it.
        let fields: [&[&str]; 8] = [
            &[
                "KABUL",
                "SAN SALVADOR",
                "O'HARE",
                "PORT-AU-PRINCE",
                "U.S.",
                "Z\u{DC}RICH",
                "\u{C9}VIAN",
                "\u{39A}",
                "Kabul",
                "A",
                "THE  LONG CITY NAME WITH MANY WORDS IN IT",
            ],
            &["", "", " (ITALY)", "\t(AFP)", "(", " ", "\u{A0}"],
            &[",", ",", ",", "", " ,", "\t,"],
            &["", " Afghanistan,", " N.Y.,", " \u{DC}x,", ""],
            &[" ", "\t", "  ", ""],
            &[
                "3 JAN",
                "Nov. 21,",
                "21 Nov.",
                "May 1",
                "JAN",
                "3 jan",
                "\u{661} JAN",
            ],
            &[" 90", " 2024", " 1999", "", " x"],
            &[
                " --",
                " -",
                " \u{2014}",
                " (Reuters) -",
                " (AFP)\n--",
                "",
                " text",
            ],
        ];
        let mut rng = crate::testutil::Xorshift(0xDA7E_11E5);
        for _ in 0..40_000 {
            let window: String = fields
                .iter()
                .map(|choices| choices[rng.below(choices.len())])
                .collect();
            windows.push(window);
        }
        let mut matched = 0;
        for window in &windows {
            if super::dateline().is_match(window) {
                matched += 1;
                assert!(may_end_dateline_place(window), "{window:?}");
            }
        }
        assert!(matched > 100, "{matched}");
        assert!(!may_end_dateline_place("BAHIA COCOA REVIEW\n\nShowers"));
        assert!(may_end_dateline_place("KABUL, Nov. 21"));
        assert!(may_end_dateline_place("Z\u{DC}RICH, 12 June"));
    }

    #[test]
    fn month_first_order_reads_byline_as_us_date() {
        let found = find_document_date("By Jo Doe, 11/06/2024", DateOrder::Mdy).unwrap();
        assert_eq!(found.value, NaiveDate::from_ymd_opt(2024, 11, 6).unwrap());
    }

    #[test]
    fn unambiguous_byline_date_ignores_order() {
        let found = find_document_date("By Jo Doe 25/12/2024", DateOrder::Mdy).unwrap();
        assert_eq!(found.value, NaiveDate::from_ymd_opt(2024, 12, 25).unwrap());
    }

    fn dateline(text: &str) -> Option<(String, &str)> {
        find_document_date(text, DateOrder::Dmy)
            .map(|f| (f.value.to_string(), &text[f.bytes.clone()]))
    }

    #[test]
    fn wire_datelines_give_the_document_date() {
        assert_eq!(
            dateline("SAN SALVADOR, 3 JAN 90 -- [REPORT] THE ARMY"),
            Some(("1990-01-03".into(), "3 JAN 90"))
        );
        assert_eq!(
            dateline("Headline\n\nKABUL, Afghanistan, Nov. 21, 2024 (Reuters) - Officials said"),
            Some(("2024-11-21".into(), "Nov. 21, 2024"))
        );
        assert_eq!(
            dateline("MEXICO CITY (MEXICO), 22 MAR 89 -- [EXCERPT] THE FMLN"),
            Some(("1989-03-22".into(), "22 MAR 89"))
        );
        assert_eq!(
            dateline("BOGOTA, 18 APRIL 89 (AFP) -- [TEXT] MULTI-PARTY TALKS"),
            Some(("1989-04-18".into(), "18 APRIL 89"))
        );
        assert_eq!(
            dateline("CARACAS (VENEZUELA), 17 JUL 89 (VENEZOLANA DE TELEVISION)\n-- [TEXT]"),
            Some(("1989-07-17".into(), "17 JUL 89"))
        );
        assert_eq!(
            dateline("LIMA, 10 May 2005 (EFE) -- Peru"),
            Some(("2005-05-10".into(), "10 May 2005"))
        );
    }

    #[test]
    fn datelines_without_a_year_or_place_are_not_document_dates() {
        assert_eq!(dateline("WASHINGTON, August 11 (Xinhua) -- The"), None);
        assert_eq!(dateline("He said, 3 Jan 2020 - was the day"), None);
        assert_eq!(dateline("KABUL, 31 FEB 2020 -- nothing"), None);
    }

    #[test]
    fn datelines_with_the_date_in_figures() {
        assert_eq!(
            dateline("OSLO, 23.07.2011 (updated 1245 GMT) - Norwegian police said"),
            Some(("2011-07-23".into(), "23.07.2011"))
        );
        assert_eq!(
            dateline("NAIROBI, 02/04/2015 (AFP) -- Police said"),
            Some(("2015-04-02".into(), "02/04/2015"))
        );
        assert_eq!(
            find_document_date("NAIROBI, 02/04/2015 -- Police said", DateOrder::Mdy)
                .map(|f| f.value.to_string()),
            Some("2015-02-04".into())
        );
        // Separators that disagree, an impossible date, no dash after the date: none.
        assert_eq!(dateline("OSLO, 23.07/2011 - Police said"), None);
        assert_eq!(dateline("OSLO, 31.02.2011 - Police said"), None);
        assert_eq!(dateline("OSLO, 23.07.2011 police said"), None);
    }

    #[test]
    fn a_date_alone_on_a_line_near_the_top() {
        assert_eq!(
            dateline("The Economist\n\nJuly 18th 2015\n\nThe war in Yemen escalated."),
            Some(("2015-07-18".into(), "July 18th 2015"))
        );
        assert_eq!(
            dateline("Saturday, 18 July 2015\r\nStory"),
            Some(("2015-07-18".into(), "18 July 2015"))
        );
        // In a sentence, or past the header's lines, it is the story's date.
        assert_eq!(
            dateline("Briefing\nJuly 18th 2015 was the deadline.\n"),
            None
        );
        let deep = format!("{}July 18th 2015\n", "A line of the story.\n".repeat(20));
        assert_eq!(dateline(&deep), None);
        assert_eq!(dateline("Timeline\nJuly 2015\n"), None);
    }

    #[test]
    fn a_compilers_line_ending_with_place_and_date() {
        assert_eq!(
            dateline(
                "Weekly roundup\nCompiled by our Nairobi desk - Nairobi, 20 March 2016\nStory"
            ),
            Some(("2016-03-20".into(), "20 March 2016"))
        );
        assert_eq!(
            dateline("Kampala, Tuesday, March 22, 2016\nStory"),
            Some(("2016-03-22".into(), "March 22, 2016"))
        );
        assert_eq!(
            dateline("By the desk / Gulu Town, 3rd April 2016\n"),
            Some(("2016-04-03".into(), "3rd April 2016"))
        );
        // A wrapped story line: the place follows a preposition, not a field separator.
        assert_eq!(
            dateline("Title\nThe accord was signed in Paris, March 20, 1987\nand ratified"),
            None
        );
        // Lower-case "place", or a sentence that ends with its period.
        assert_eq!(
            dateline("Title\nreported from the field, 20 March 2016\n"),
            None
        );
        assert_eq!(dateline("Title\nNairobi, 20 March 2016.\n"), None);
    }

    #[test]
    fn a_date_label_with_the_date_in_figures() {
        assert_eq!(
            dateline("POLICE RELEASE\nDated: 09.08.16\nOn 08.08.16 officers"),
            Some(("2016-08-09".into(), "09.08.16"))
        );
        assert_eq!(
            dateline("Ministry of Health\nDate: 12/03/2019\n"),
            Some(("2019-03-12".into(), "12/03/2019"))
        );
        assert_eq!(
            find_document_date("Date: 12/03/2019\n", DateOrder::Mdy).map(|f| f.value.to_string()),
            Some("2019-12-03".into())
        );
        assert_eq!(
            dateline("Updated on 25-12-89 text"),
            Some(("1989-12-25".into(), "25-12-89"))
        );
        // A version, a longer number, mixed separators or a glued word are no dates.
        assert_eq!(dateline("Date: 1.2.3.4\n"), None);
        assert_eq!(dateline("Dated: 09.08.16.1\n"), None);
        assert_eq!(dateline("Date: 09.08/16\n"), None);
        assert_eq!(dateline("Dated: 09.08.16b\n"), None);
        assert_eq!(dateline("Datelines 09.08.16\n"), None);
        assert_eq!(dateline("Date: 31.02.16\n"), None);
    }

    #[test]
    fn impossible_dates_are_not_document_dates() {
        assert!(find_document_date("date 2024-13-45 text", DateOrder::Dmy).is_none());
    }

    #[test]
    fn header_far_into_the_text_is_ignored() {
        let text = format!("{}\ndate 2024-11-21", "x".repeat(3000));
        assert!(find_document_date(&text, DateOrder::Dmy).is_none());
    }

    /// Every line the separated-fields pattern matches passes `may_separate_fields`, and the
    /// test passes no line the byte test it refined turned away: the seeds' and hard cases'
    /// lines, and random lines of fields, separators, dates and characters whose last UTF-8
    /// byte is a separator's (Arabic "آ", "â").
    fn may_separate_fields_alone(line: &str) -> bool {
        may_separate_fields(line, 0, &mut SeparatorBytes::new(line))
    }

    /// `SeparatorBytes` answers as a byte search of each line would, lines asked in order.
    #[test]
    fn separator_bytes_agree_with_a_search_of_each_line() {
        let long = "x".repeat(700);
        let headers = [
            "a | b\nno\n\n\u{B7}x\nplain line\n\u{622} end\n|".to_string(),
            format!("{long}\n{long}|\n{long}\n\n|{long}\nab\n{long}\u{2022}"),
            format!("{long}\n{long}\n{long}\n|"),
        ];
        for header in &headers {
            let mut bytes = SeparatorBytes::new(header);
            let mut at = 0;
            for line in header.split('\n') {
                let expected = line.bytes().any(|b| matches!(b, b'|' | 0xB7 | 0xA2));
                assert_eq!(bytes.any_in(at..at + line.len()), expected, "{line:?}");
                at += line.len() + 1;
            }
        }
        assert!(!SeparatorBytes::new("").any_in(0..0));
    }

    #[test]
    fn lines_the_separated_fields_pattern_matches_pass_the_separator_test() {
        let mut lines: Vec<String> = crate::testutil::seed_and_hard_files()
            .iter()
            .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        let pieces = [
            "Anil Shrestha",
            " | ",
            "|",
            "\u{B7}",
            "\u{2022}",
            " \u{2022} ",
            "Kathmandu",
            "19 February 2002",
            "November 14, 2024",
            " 10:42",
            "\u{622}\u{632}\u{627}\u{62F}",
            "\u{E2}",
            "\u{C2}\u{B7}",
            " ",
            "By ",
            "x",
            "2024",
        ];
        let mut rng = crate::testutil::Xorshift(0x5EED_F1E1);
        for _ in 0..20_000 {
            let n = 1 + rng.below(8);
            lines.push(rng.concat(&pieces, n));
        }
        let mut matched = 0;
        for line in &lines {
            if line.len() <= 240 && separated_fields().is_match(line) {
                matched += 1;
                assert!(may_separate_fields_alone(line), "{line:?}");
            }
            let bytes = line.len() <= 240 && line.bytes().any(|b| matches!(b, b'|' | 0xB7 | 0xA2));
            assert!(bytes || !may_separate_fields_alone(line), "{line:?}");
        }
        assert!(matched > 100, "{matched}");
        assert!(!may_separate_fields_alone("\u{627}\u{641}\u{63A}\u{627}\u{646}\u{633}\u{62A}\u{627}\u{646} \u{622}\u{632}\u{627}\u{62F}"));
    }
}
