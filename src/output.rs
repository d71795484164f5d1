//! The `sitrep/1` JSONL wire format (see `docs/schema.md`): the only module that knows JSON.
//!
//! `--format docs` writes one object per document; `--format spans` one object per annotation
//! with `doc_id` added. Both write into a caller-owned buffer so workers reuse their allocation.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Annotation, AnnotationType, DateSource, Detail, EntityLink, Span};
use crate::pipeline::AnnotatedDocument;
use crate::segment::tokens;

/// The schema tag of every document line.
pub const SCHEMA: &str = "sitrep/1";

/// Which lines to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// One line per document.
    #[default]
    Docs,
    /// One line per annotation.
    Spans,
}

/// Optional segment spans to add to document lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Emit {
    pub paragraphs: bool,
    pub sentences: bool,
    pub tokens: bool,
}

#[derive(Serialize)]
struct SpanJson<'a> {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: &'a str,
}

fn span_json<'a>(text: &'a str, span: Span) -> SpanJson<'a> {
    SpanJson {
        start: span.start,
        end: span.end,
        byte_start: span.byte_start,
        byte_end: span.byte_end,
        text: &text[span.bytes()],
    }
}

#[derive(Serialize)]
struct EntityJson<'a> {
    id: &'a str,
    name: &'a str,
    gazetteer: &'a str,
    form: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
}

fn entity_json(link: &EntityLink) -> EntityJson<'_> {
    EntityJson {
        id: &link.id,
        name: &link.name,
        gazetteer: &link.gazetteer,
        form: link.form.as_str(),
        country: link.country.as_deref(),
        role: link.role.as_deref(),
    }
}

#[derive(Serialize)]
struct CountJson {
    min: u64,
    max: Option<u64>,
}

#[derive(Serialize)]
struct SpeakerJson<'a> {
    #[serde(flatten)]
    span: SpanJson<'a>,
    entity: Option<EntityJson<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum DetailJson<'a> {
    Entity {
        entity: EntityJson<'a>,
    },
    Date {
        value: &'a str,
        anchor: &'static str,
    },
    Casualty {
        count: CountJson,
        approximate: bool,
        negated: bool,
        victims: Option<SpanJson<'a>>,
    },
    Quote {
        content: SpanJson<'a>,
        speaker: Option<SpeakerJson<'a>>,
        cue: Option<SpanJson<'a>>,
    },
}

#[derive(Serialize)]
struct AnnotationJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    doc_id: Option<&'a str>,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    #[serde(flatten)]
    span: SpanJson<'a>,
    rule: &'a str,
    #[serde(flatten)]
    detail: DetailJson<'a>,
}

fn annotation_json<'a>(
    text: &'a str,
    doc_id: Option<&'a str>,
    index: usize,
    a: &'a Annotation,
) -> AnnotationJson<'a> {
    let detail = match &a.detail {
        Detail::Entity(link) => DetailJson::Entity {
            entity: entity_json(link),
        },
        Detail::Date { value, anchor } => DetailJson::Date {
            value,
            anchor: anchor.as_str(),
        },
        Detail::Casualty {
            count,
            approximate,
            negated,
            victims,
        } => DetailJson::Casualty {
            count: CountJson {
                min: count.min,
                max: count.max,
            },
            approximate: *approximate,
            negated: *negated,
            victims: victims.map(|v| span_json(text, v)),
        },
        Detail::Quote {
            content,
            speaker,
            cue,
        } => DetailJson::Quote {
            content: span_json(text, *content),
            speaker: speaker.as_ref().map(|s| SpeakerJson {
                span: span_json(text, s.span),
                entity: s.entity.as_ref().map(entity_json),
            }),
            cue: cue.map(|c| span_json(text, c)),
        },
    };
    AnnotationJson {
        doc_id,
        id: format!("a{}", index + 1),
        kind: a.annotation_type().as_str(),
        label: &a.label,
        span: span_json(text, a.span),
        rule: &a.rule,
        detail,
    }
}

#[derive(Serialize)]
struct SourceJson<'a> {
    path: Option<&'a str>,
    sha256: &'a str,
    bytes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

#[derive(Serialize)]
struct DocDateJson {
    value: Option<String>,
    from: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_end: Option<usize>,
}

#[derive(Serialize)]
struct ErrorJson<'a> {
    kind: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct SegmentJson {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

#[derive(Serialize)]
struct DocJson<'a> {
    schema: &'static str,
    id: &'a str,
    source: SourceJson<'a>,
    date: DocDateJson,
    annotations: Vec<AnnotationJson<'a>>,
    errors: Vec<ErrorJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<Vec<SegmentJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<SegmentJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<SegmentJson>>,
}

/// Appends the output line(s) of one document, each ending in `\n`, to `buf`.
///
/// ```
/// use sitrep::{Document, Pipeline};
/// use sitrep::output::{write_document, Emit, Format};
/// let annotated = Pipeline::builder().build()?.annotate(Document::from_text("d", "Hi."));
/// let mut buf = Vec::new();
/// write_document(&annotated, Format::Docs, Emit::default(), &mut buf);
/// let line: serde_json::Value = serde_json::from_slice(&buf).unwrap();
/// assert_eq!(line["schema"], "sitrep/1");
/// assert_eq!(line["id"], "d");
/// # Ok::<(), sitrep::Error>(())
/// ```
pub fn write_document(
    annotated: &AnnotatedDocument,
    format: Format,
    emit: Emit,
    buf: &mut Vec<u8>,
) {
    let doc = &annotated.doc;
    let text = doc.text.as_str();
    match format {
        Format::Docs => {
            let segments = |ranges: &[std::ops::Range<usize>]| -> Vec<SegmentJson> {
                ranges
                    .iter()
                    .map(|r| segment_json(doc.span(r.clone())))
                    .collect()
            };
            let line = DocJson {
                schema: SCHEMA,
                id: &doc.id,
                source: SourceJson {
                    path: doc.source.path.as_deref(),
                    sha256: &doc.source.sha256,
                    bytes: doc.source.bytes,
                    line: doc.source.line,
                },
                date: DocDateJson {
                    value: doc.date.value.map(|d| d.to_string()),
                    from: match doc.date.from {
                        DateSource::Input => "input",
                        DateSource::Text => "text",
                        DateSource::None => "none",
                    },
                    start: doc.date.span.map(|s| s.start),
                    end: doc.date.span.map(|s| s.end),
                    byte_start: doc.date.span.map(|s| s.byte_start),
                    byte_end: doc.date.span.map(|s| s.byte_end),
                },
                annotations: annotated
                    .annotations
                    .iter()
                    .enumerate()
                    .map(|(i, a)| annotation_json(text, None, i, a))
                    .collect(),
                errors: doc
                    .errors
                    .iter()
                    .map(|e| ErrorJson {
                        kind: e.kind,
                        message: &e.message,
                    })
                    .collect(),
                meta: doc.meta.as_ref(),
                paragraphs: emit
                    .paragraphs
                    .then(|| segments(&annotated.segments.paragraphs)),
                sentences: emit
                    .sentences
                    .then(|| segments(&annotated.segments.sentences)),
                tokens: emit.tokens.then(|| {
                    tokens(text, 0..text.len())
                        .map(|r| segment_json(doc.span(r)))
                        .collect()
                }),
            };
            write_line(&line, buf);
        }
        Format::Spans => {
            for (i, a) in annotated.annotations.iter().enumerate() {
                write_line(&annotation_json(text, Some(&doc.id), i, a), buf);
            }
        }
    }
}

fn segment_json(span: Span) -> SegmentJson {
    SegmentJson {
        start: span.start,
        end: span.end,
        byte_start: span.byte_start,
        byte_end: span.byte_end,
    }
}

fn write_line(value: &impl Serialize, buf: &mut Vec<u8>) {
    // Serializing our own types into a Vec cannot fail: no maps with non-string keys, no I/O.
    serde_json::to_writer(&mut *buf, value).expect("output types serialize");
    buf.push(b'\n');
}

/// Counts of annotations by type and of failed documents, for the end-of-run summary.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub documents: usize,
    pub bytes: usize,
    pub failed: usize,
    pub by_type: BTreeMap<AnnotationType, usize>,
}

impl Summary {
    /// Adds one document.
    pub fn add(&mut self, annotated: &AnnotatedDocument) {
        self.documents += 1;
        self.bytes += annotated.doc.source.bytes;
        if !annotated.doc.errors.is_empty() {
            self.failed += 1;
        }
        for a in &annotated.annotations {
            *self.by_type.entry(a.annotation_type()).or_default() += 1;
        }
    }

    /// Adds another summary's counts.
    pub fn merge(&mut self, other: &Summary) {
        self.documents += other.documents;
        self.bytes += other.bytes;
        self.failed += other.failed;
        for (t, n) in &other.by_type {
            *self.by_type.entry(*t).or_default() += n;
        }
    }

    /// One line: `5 documents, 25.8 KB: 120 entity, 40 date, …; 0 with errors; 0.01 s`.
    pub fn line(&self, seconds: f64) -> String {
        let types: Vec<String> = AnnotationType::ALL
            .iter()
            .map(|t| format!("{} {t}", self.by_type.get(t).copied().unwrap_or(0)))
            .collect();
        let mb = self.bytes as f64 / 1e6;
        // Under a second the time is mostly start-up (loading the gazetteers), and a rate
        // would misstate the throughput.
        let rates = if seconds >= 1.0 {
            format!(
                " ({:.1} MB/s, {:.1} docs/s)",
                mb / seconds,
                self.documents as f64 / seconds
            )
        } else {
            String::new()
        };
        format!(
            "sitrep: {} documents, {:.2} MB: {}; {} with errors; {:.2} s{rates}",
            self.documents,
            mb,
            types.join(", "),
            self.failed,
            seconds,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_gives_rates_only_for_runs_long_enough_to_mean_them() {
        let summary = Summary {
            documents: 4,
            bytes: 2_000_000,
            failed: 1,
            by_type: BTreeMap::from([(AnnotationType::Date, 7)]),
        };
        assert_eq!(
            summary.line(2.0),
            "sitrep: 4 documents, 2.00 MB: 0 entity, 7 date, 0 casualty, 0 quote; 1 with errors; \
             2.00 s (1.0 MB/s, 2.0 docs/s)"
        );
        assert_eq!(
            summary.line(0.05),
            "sitrep: 4 documents, 2.00 MB: 0 entity, 7 date, 0 casualty, 0 quote; 1 with errors; \
             0.05 s"
        );
    }
}
