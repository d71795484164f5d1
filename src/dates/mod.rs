//! Dates and times (TIMEX3): finding temporal expressions and normalizing them.
//!
//! One combined, case-insensitive automaton built from the rows of [`patterns::PATTERNS`]
//! finds candidate expressions in a single linear pass (leftmost-first: at one position the
//! first row in the table wins, so compound forms are listed before their parts). Each match
//! is then re-parsed by its own row's anchored pattern for the named parts, checked against
//! its context by [`filter`] (exercise names like `Kaisar-2021`, ages, percentages), and
//! normalized by [`normalize`] against the document date.
//!
//! ```
//! use sitrep::{AnnotationType, Document, Pipeline, Detail};
//! let pipeline = Pipeline::builder().only(&[AnnotationType::Date]).build()?;
//! let doc = Document::from_text("d", " date 2024-11-21 Drills begin in late November.");
//! let out = pipeline.annotate(doc);
//! let values: Vec<String> = out.annotations.iter().map(|a| match &a.detail {
//!     Detail::Date { value, .. } => value.clone(),
//!     _ => unreachable!(),
//! }).collect();
//! assert_eq!(values, ["2024-11-21", "2024-11"]);
//! # Ok::<(), sitrep::Error>(())
//! ```

pub mod filter;
pub mod lexicon;
pub mod normalize;
pub mod patterns;
pub mod tense;

use regex::{Regex, RegexBuilder};

use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType, Detail};
use normalize::{normalize, Around, Env};
use patterns::{expand, strip_names, Kind, PATTERNS};
use tense::{tense_at, Tense};

struct Row {
    id: &'static str,
    kind: Kind,
    /// The row's own pattern, anchored at both ends, with its named groups.
    parse: Regex,
    rule: String,
}

/// Extracts dates and times (timex3).
pub struct DateExtractor {
    scanner: Regex,
    rows: Vec<Row>,
}

impl Default for DateExtractor {
    fn default() -> Self {
        Self::new()
    }
}

fn build(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        // The patterns are a constant table, checked by a unit test.
        .unwrap_or_else(|e| panic!("date pattern does not compile: {e}"))
}

impl DateExtractor {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        let mut alternatives = Vec::with_capacity(PATTERNS.len());
        let mut rows = Vec::with_capacity(PATTERNS.len());
        for (i, (id, kind, pattern)) in PATTERNS.iter().enumerate() {
            let full = expand(pattern);
            alternatives.push(format!("(?P<r{i}>{})", strip_names(&full)));
            rows.push(Row {
                id,
                kind: *kind,
                parse: build(&format!("^(?:{full})$")),
                rule: format!("dates/{id}"),
            });
        }
        let scanner = build(&format!(r"(?-u:\b)(?:{})", alternatives.join("|")));
        DateExtractor { scanner, rows }
    }
}

/// How far back (bytes) a mention of a quarter makes "a year ago" mean a quarter.
const QUARTER_WINDOW: usize = 400;

fn next_boundary(text: &str, mut i: usize) -> usize {
    i += 1;
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

impl Extractor for DateExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Date
    }
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
        let text = cx.text();
        let env = Env {
            dct: cx.doc.date.value,
            order: cx.options.date_order,
        };
        let mut locs = self.scanner.capture_locations();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.scanner.captures_read_at(&mut locs, text, pos) else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            let row = (0..self.rows.len()).find(|&i| locs.get(i + 1).is_some());
            let accepted = row.and_then(|i| self.annotate(cx, &env, &self.rows[i], start, end));
            match accepted {
                Some(a) => {
                    out.push(a);
                    pos = end.max(next_boundary(text, start));
                }
                None => pos = next_boundary(text, start),
            }
        }
    }
}

impl DateExtractor {
    fn annotate(
        &self,
        cx: &Context<'_>,
        env: &Env,
        row: &Row,
        start: usize,
        end: usize,
    ) -> Option<Annotation> {
        let text = cx.text();
        if !filter::accept(text, start, end, row.id, row.kind) {
            return None;
        }
        let caps = row.parse.captures(&text[start..end])?;
        if !filter::accept_parts(text, start, &caps, row.id) {
            return None;
        }
        let tense = || -> Tense {
            let range = cx
                .segments
                .sentence_index(start)
                .and_then(|i| cx.segments.sentences.get(i).cloned())
                .unwrap_or(start..end);
            let range = range.start.min(start)..range.end.max(end);
            tense_at(&text[range.clone()], start - range.start, end - start)
        };
        let quarter_context = || -> bool {
            let mut from = start.saturating_sub(QUARTER_WINDOW);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            memchr::memmem::find(text[from..end].to_ascii_lowercase().as_bytes(), b"quarter")
                .is_some()
        };
        let around = Around {
            tense: &tense,
            quarter_context: &quarter_context,
        };
        let mut t = normalize(row.kind, &caps, env, &around)?;
        if row.kind == Kind::Duration && filter::is_rate(text, start, &caps) {
            t.label = "SET";
        }
        let (a, b) = match &t.extent {
            Some(r) => (start + r.start, start + r.end),
            None => (start, end),
        };
        Some(Annotation {
            span: cx.doc.span(a..b),
            label: t.label.to_string(),
            rule: row.rule.clone(),
            detail: Detail::Date {
                value: t.value,
                anchor: t.anchor,
            },
        })
    }
}
