//! Chronology headings: a date alone on its line ("March 13", "14 March, morning",
//! "March 15, about 3 p.m.") heads the paragraphs under it, which narrate that day.

use crate::extract::Context;
use crate::model::{Annotation, Detail, Name};

use super::{day_of, lexicon};

/// Parts of the day a heading may add after its date and a comma.
const HEADING_PARTS: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// Whether the byte `at` starts its line (only blanks before it since the last line break).
fn starts_line(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
}

/// The end of the line that `at` is on, past trailing blanks, if only blanks follow `at` on
/// it.
fn ends_line(text: &str, at: usize) -> bool {
    let after = text.get(at..).unwrap_or("");
    let line = after.split('\n').next().unwrap_or(after);
    line.chars()
        .all(|c| c == ' ' || c == '\t' || c == '\r' || c == '\u{a0}')
}

/// "14 March, morning" on a line of its own: the part of the day after a heading's date, a
/// TIME on that date (`2016-03-14TMO`). Nothing for a date inside a sentence ("on March 14,
/// morning prayers were held"), where the word after the comma starts a new phrase.
pub(super) fn part_of_day_after(cx: &Context<'_>, date: &Annotation) -> Option<Annotation> {
    let Detail::Date { value, anchor } = &date.detail else {
        return None;
    };
    let day = day_of(value).filter(|_| value.len() == 10)?;
    let text = cx.text();
    if !starts_line(text, date.span.byte_start) {
        return None;
    }
    let rest = text.get(date.span.byte_end..)?.strip_prefix(',')?;
    let word = rest.trim_start_matches([' ', '\t']);
    let start = text.len() - word.len();
    let len = word.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let w = word.get(..len)?;
    if !HEADING_PARTS.iter().any(|p| p.eq_ignore_ascii_case(w)) || !ends_line(text, start + len) {
        return None;
    }
    let code = lexicon::part_of_day(w)?;
    Some(Annotation {
        span: cx.doc.span(start..start + len),
        label: Name::from_static("TIME"),
        rule: Name::from_static("dates/heading_part_of_day"),
        detail: Detail::Date {
            value: format!("{day}T{code}"),
            anchor: *anchor,
        },
    })
}

/// Whether `found[j]` is a chronology heading's date: it starts its line, and the rest of the
/// line is empty or a comma and one more time expression that ends it ("March 15, about 3
/// p.m."). A date alone on a line is no sentence's date; it names the day of what follows.
pub(super) fn is_heading(text: &str, found: &[Annotation], j: usize) -> bool {
    let Some(a) = found.get(j) else {
        return false;
    };
    if !starts_line(text, a.span.byte_start) {
        return false;
    }
    if ends_line(text, a.span.byte_end) {
        return true;
    }
    found.get(j + 1).is_some_and(|b| {
        text.get(a.span.byte_end..b.span.byte_start)
            .is_some_and(|gap| gap.trim_matches([' ', '\t']) == ",")
            && ends_line(text, b.span.byte_end)
    })
}

/// Whether `found[j]` is the part of the day or clock time written on a heading's line after
/// its date ("14 March, morning"): it too heads what follows.
pub(super) fn ends_heading(text: &str, found: &[Annotation], j: usize) -> bool {
    j > 0 && is_heading(text, found, j - 1) && !ends_line(text, found[j - 1].span.byte_end)
}
