//! The pipeline: segment a document, run the configured extractors, resolve, return.

use std::path::PathBuf;

use crate::casualties::CasualtyExtractor;
use crate::dates::DateExtractor;
use crate::docdate::find_document_date;
use crate::error::Result;
use crate::extract::{Context, DateOrder, Extractor, Options};
use crate::gazetteer::EntityExtractor;
use crate::model::{Annotation, AnnotationType, DateSource, DocDate, DocError, Document};
use crate::quotes::QuoteExtractor;
use crate::resolve::resolve;
use crate::segment::Segmentation;

/// A document with its annotations and segmentation.
#[derive(Debug)]
pub struct AnnotatedDocument {
    pub doc: Document,
    pub annotations: Vec<Annotation>,
    /// Paragraphs and sentences: empty when no extractor of the pipeline reads them and the
    /// builder did not ask for them ([`PipelineBuilder::keep_segments`]).
    pub segments: Segmentation,
}

impl AnnotatedDocument {
    /// How many annotations of a type there are.
    pub fn count(&self, kind: AnnotationType) -> usize {
        self.annotations
            .iter()
            .filter(|a| a.annotation_type() == kind)
            .count()
    }
}

/// Documents longer than this are split at paragraph breaks into chunks of about this size,
/// annotated in parallel, and stitched back (see [`PipelineBuilder::split_bytes`]).
pub const DEFAULT_SPLIT_BYTES: usize = 4 << 20;

/// Configures and builds a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    only: Vec<AnnotationType>,
    gazetteers: Vec<PathBuf>,
    options: Options,
    split_bytes: usize,
    keep_segments: bool,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            only: AnnotationType::ALL.to_vec(),
            gazetteers: Vec::new(),
            options: Options::default(),
            split_bytes: DEFAULT_SPLIT_BYTES,
            keep_segments: false,
        }
    }
}

impl PipelineBuilder {
    /// Runs only these annotation types (default: all).
    pub fn only(mut self, types: &[AnnotationType]) -> Self {
        self.only = types.to_vec();
        self
    }

    /// Adds a user gazetteer file (same format as the bundled ones; later files win by id).
    pub fn gazetteer(mut self, path: impl Into<PathBuf>) -> Self {
        self.gazetteers.push(path.into());
        self
    }

    /// How to read numeric dates such as `11/06/2024`.
    pub fn date_order(mut self, order: DateOrder) -> Self {
        self.options.date_order = order;
        self
    }

    /// Documents longer than `bytes` are cut at paragraph breaks into chunks of about that size
    /// and annotated in parallel; offsets are stitched back exactly. What crosses a chunk
    /// boundary is lost (a quotation spanning two chunks, a surname whose full name is in an
    /// earlier chunk), so the default is large: 4 MiB, far beyond any news article.
    pub fn split_bytes(mut self, bytes: usize) -> Self {
        self.split_bytes = bytes.max(1);
        self
    }

    /// Segments every document into paragraphs and sentences even when no extractor needs
    /// them (entities alone), for callers that read [`AnnotatedDocument::segments`] (the CLI's
    /// `--emit paragraphs|sentences`).
    ///
    /// ```
    /// use sitrep::{AnnotationType, Document, Pipeline};
    /// let entities = Pipeline::builder().only(&[AnnotationType::Entity]);
    /// let doc = || Document::from_text("d", "One. Two.");
    /// assert!(entities.clone().build().unwrap().annotate(doc()).segments.sentences.is_empty());
    /// let kept = entities.keep_segments(true).build().unwrap().annotate(doc());
    /// assert_eq!(kept.segments.sentences.len(), 2);
    /// ```
    pub fn keep_segments(mut self, keep: bool) -> Self {
        self.keep_segments = keep;
        self
    }

    /// Loads gazetteers and compiles patterns, each extractor on its own rayon task: the two
    /// slow ones (the gazetteer trie and the date automata) build side by side when there are
    /// two threads.
    pub fn build(self) -> Result<Pipeline> {
        use rayon::prelude::*;
        let kinds: Vec<AnnotationType> = AnnotationType::ALL
            .into_iter()
            .filter(|kind| self.only.contains(kind))
            .collect();
        // The document-date patterns every `annotate` needs compile as one more task.
        let (extractors, ()) = rayon::join(
            || {
                kinds
                    .par_iter()
                    .map(|kind| -> Result<Box<dyn Extractor>> {
                        Ok(match kind {
                            AnnotationType::Entity => {
                                Box::new(EntityExtractor::new(&self.gazetteers)?)
                            }
                            AnnotationType::Date => Box::new(DateExtractor::new()),
                            AnnotationType::Casualty => Box::new(CasualtyExtractor::new()),
                            AnnotationType::Quote => Box::new(QuoteExtractor::new()),
                        })
                    })
                    .collect::<Result<Vec<_>>>()
            },
            crate::docdate::prepare,
        );
        let extractors = extractors?;
        let segment = self.keep_segments || extractors.iter().any(|e| e.uses_segments());
        Ok(Pipeline {
            extractors,
            options: self.options,
            split_bytes: self.split_bytes,
            segment,
        })
    }
}

/// Runs the extractors over documents. Build once, share across threads.
///
/// ```
/// use sitrep::{Document, Pipeline};
/// let pipeline = Pipeline::builder().build().unwrap();
/// let annotated = pipeline.annotate(Document::from_text("d1", " date 2024-11-21 Talks began."));
/// assert_eq!(annotated.doc.date.value.unwrap().to_string(), "2024-11-21");
/// for a in &annotated.annotations {
///     assert_eq!(annotated.doc.slice(a.span), &annotated.doc.text[a.span.bytes()]);
/// }
/// ```
pub struct Pipeline {
    extractors: Vec<Box<dyn Extractor>>,
    options: Options,
    split_bytes: usize,
    /// Whether documents are segmented (an extractor reads the segments, or the builder asked).
    segment: bool,
}

impl Pipeline {
    /// A builder with every extractor on.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The annotation types this pipeline produces.
    pub fn types(&self) -> Vec<AnnotationType> {
        self.extractors.iter().map(|e| e.produces()).collect()
    }

    /// Segments, extracts and resolves one document. Never fails: a document that carries read
    /// errors (and so no text) comes back with no annotations.
    pub fn annotate(&self, doc: Document) -> AnnotatedDocument {
        let (doc, segments) = self.prepare(doc);
        let (annotations, failures) = if doc.text.len() > self.split_bytes {
            self.extract_in_chunks(&doc, &segments)
        } else {
            self.extract(&doc, &segments)
        };
        finish(doc, segments, annotations, failures)
    }

    /// [`Pipeline::annotate`] for several documents at once, with the same results in the same
    /// order: each extractor runs over all of them before the next one starts. An extractor's
    /// tables (automata, tries, per-thread caches) then stay in the CPU caches from one small
    /// document to the next, where one document at a time ran every extractor over 2 KB of
    /// text and evicted the others' tables: on a folder of 2 KB news files that made every
    /// pass ~1.5–5× slower per byte than on one long document, for the same instructions.
    pub fn annotate_many(&self, docs: Vec<Document>) -> Vec<AnnotatedDocument> {
        let prepared: Vec<(Document, Segmentation)> =
            docs.into_iter().map(|doc| self.prepare(doc)).collect();
        let mut found: Vec<(Vec<Annotation>, Vec<DocError>)> = prepared
            .iter()
            .map(|(doc, segments)| {
                if doc.text.len() > self.split_bytes {
                    self.extract_in_chunks(doc, segments)
                } else {
                    (annotation_vec(doc), Vec::new())
                }
            })
            .collect();
        for extractor in &self.extractors {
            for ((doc, segments), (annotations, failures)) in prepared.iter().zip(&mut found) {
                if doc.text.len() > self.split_bytes {
                    continue;
                }
                let cx = Context {
                    doc,
                    segments,
                    options: &self.options,
                };
                run_extractor(extractor.as_ref(), &cx, annotations, failures);
            }
        }
        prepared
            .into_iter()
            .zip(found)
            .map(|((doc, segments), (annotations, failures))| {
                finish(doc, segments, annotations, failures)
            })
            .collect()
    }

    /// The document date (unless given on input) and the segmentation.
    fn prepare(&self, mut doc: Document) -> (Document, Segmentation) {
        if doc.date.from != DateSource::Input {
            doc.date = match find_document_date(&doc.text, self.options.date_order) {
                Some(found) => DocDate {
                    value: Some(found.value),
                    from: DateSource::Text,
                    span: Some(doc.span(found.bytes)),
                },
                None => DocDate::NONE,
            };
        }
        let segments = self.segments_of(&doc.text);
        (doc, segments)
    }

    /// The segmentation of `text`, or an empty one when nothing reads it.
    fn segments_of(&self, text: &str) -> Segmentation {
        if self.segment {
            Segmentation::new(text)
        } else {
            Segmentation::default()
        }
    }

    /// Runs every extractor. An extractor that panics (a bug, never a property of the input)
    /// loses its annotations for this document only: the others keep theirs, the document gets
    /// an `internal_error` record, and the run goes on with the next document.
    fn extract(&self, doc: &Document, segments: &Segmentation) -> (Vec<Annotation>, Vec<DocError>) {
        let cx = Context {
            doc,
            segments,
            options: &self.options,
        };
        let mut annotations = annotation_vec(doc);
        let mut failures = Vec::new();
        for extractor in &self.extractors {
            run_extractor(extractor.as_ref(), &cx, &mut annotations, &mut failures);
        }
        (annotations, failures)
    }

    /// Annotates a huge document chunk by chunk on the rayon pool, then shifts every span of
    /// each chunk back to document offsets.
    fn extract_in_chunks(
        &self,
        doc: &Document,
        segments: &Segmentation,
    ) -> (Vec<Annotation>, Vec<DocError>) {
        use rayon::prelude::*;
        // Chunks are cut at paragraphs even when nothing else reads them.
        let own;
        let paragraphs = if self.segment {
            &segments.paragraphs
        } else {
            own = crate::segment::paragraphs(&doc.text);
            &own
        };
        let chunks = chunk_at_paragraphs(paragraphs, doc.text.len(), self.split_bytes);
        let per_chunk: Vec<(Vec<Annotation>, Vec<DocError>)> = chunks
            .par_iter()
            .map(|range| {
                let mut part = Document::with_source(
                    doc.id.clone(),
                    doc.text[range.clone()].to_string(),
                    doc.source.clone(),
                );
                part.date = DocDate {
                    span: None,
                    ..doc.date
                };
                let part_segments = self.segments_of(&part.text);
                let origin = doc.span(range.start..range.start);
                let (mut found, failures) = self.extract(&part, &part_segments);
                for annotation in &mut found {
                    annotation.shift(origin);
                }
                (found, failures)
            })
            .collect();
        let mut annotations = Vec::new();
        let mut failures = Vec::new();
        for (found, failed) in per_chunk {
            annotations.extend(found);
            failures.extend(failed);
        }
        (annotations, failures)
    }
}

/// The annotation vector of a document: room for about one annotation per 48 bytes (dense
/// news text has one per ~45), so the vector of large records is not copied at every
/// doubling; capped for huge documents.
fn annotation_vec(doc: &Document) -> Vec<Annotation> {
    Vec::with_capacity((doc.text.len() / 48).min(4096) + 4)
}

/// Runs one extractor on one document; a panic drops that extractor's annotations of the
/// document and adds its `internal_error` record.
fn run_extractor(
    extractor: &dyn Extractor,
    cx: &Context<'_>,
    annotations: &mut Vec<Annotation>,
    failures: &mut Vec<DocError>,
) {
    let before = annotations.len();
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extractor.extract(cx, annotations)
    }));
    if let Err(panic) = run {
        annotations.truncate(before);
        failures.push(internal_error(extractor.name(), panic.as_ref()));
    }
}

/// Records the extractors' failures on the document and resolves its annotations.
fn finish(
    mut doc: Document,
    segments: Segmentation,
    mut annotations: Vec<Annotation>,
    failures: Vec<DocError>,
) -> AnnotatedDocument {
    for failure in failures {
        if !doc.errors.contains(&failure) {
            doc.errors.push(failure);
        }
    }
    resolve(&doc, &mut annotations);
    AnnotatedDocument {
        doc,
        annotations,
        segments,
    }
}

/// The error record of an extractor that panicked on a document.
fn internal_error(extractor: &str, panic: &(dyn std::any::Any + Send)) -> DocError {
    let reason = panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message");
    DocError {
        kind: "internal_error",
        message: format!(
            "the {extractor} extractor failed on this document and its annotations are left out \
             (a bug in sitrep; please report it with the document): {reason}"
        ),
    }
}

/// Byte ranges covering `0..len`, cut only at paragraph starts, each about `target` bytes
/// (a paragraph longer than `target` stays whole).
fn chunk_at_paragraphs(
    paragraphs: &[std::ops::Range<usize>],
    len: usize,
    target: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    for paragraph in paragraphs {
        if paragraph.start > start && paragraph.start - start >= target {
            chunks.push(start..paragraph.start);
            start = paragraph.start;
        }
    }
    chunks.push(start..len);
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags every "Kabul" and panics on documents that mention "boom".
    struct Fragile;
    impl Extractor for Fragile {
        fn name(&self) -> &'static str {
            "fragile"
        }
        fn produces(&self) -> AnnotationType {
            AnnotationType::Date
        }
        fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
            for (at, word) in cx.text().match_indices("Kabul") {
                out.push(Annotation {
                    span: cx.doc.span(at..at + word.len()),
                    label: "DATE".into(),
                    rule: "test/kabul".into(),
                    detail: crate::model::Detail::Date {
                        value: "XXXX".into(),
                        anchor: crate::model::Anchor::Unresolved,
                    },
                });
            }
            assert!(!cx.text().contains("boom"), "boom in the text");
        }
    }

    #[test]
    fn a_panicking_extractor_costs_its_own_annotations_only() {
        let pipeline = Pipeline {
            extractors: vec![Box::new(Fragile), Box::new(QuoteExtractor::new())],
            options: Options::default(),
            split_bytes: DEFAULT_SPLIT_BYTES,
            segment: true,
        };
        let text = "Kabul, boom. \u{201c}We are here,\u{201d} he said.";
        let hit = pipeline.annotate(Document::from_text("d1", text));
        assert_eq!(hit.count(AnnotationType::Date), 0);
        assert_eq!(hit.count(AnnotationType::Quote), 1);
        assert_eq!(hit.doc.errors.len(), 1);
        assert_eq!(hit.doc.errors[0].kind, "internal_error");
        assert!(hit.doc.errors[0]
            .message
            .contains("the fragile extractor failed"));
        assert!(hit.doc.errors[0].message.ends_with("boom in the text"));
        // The next document is annotated as usual.
        let next = pipeline.annotate(Document::from_text("d2", "Kabul was quiet."));
        assert_eq!(next.count(AnnotationType::Date), 1);
        assert!(next.doc.errors.is_empty());
    }

    /// An entity-only pipeline segments nothing, yet still cuts a huge document at its
    /// paragraphs and stitches the spans back.
    #[test]
    fn entity_only_pipelines_skip_segmenting_but_still_chunk_at_paragraphs() {
        let text = "Pakistan and China met.\n\nKazakhstan hosted them.\n\nUzbekistan watched.";
        let whole = Pipeline::builder()
            .only(&[AnnotationType::Entity])
            .build()
            .expect("pipeline");
        let chunked = Pipeline::builder()
            .only(&[AnnotationType::Entity])
            .split_bytes(20)
            .build()
            .expect("pipeline");
        let a = whole.annotate(Document::from_text("d", text));
        let b = chunked.annotate(Document::from_text("d", text));
        assert!(a.segments.sentences.is_empty() && a.segments.paragraphs.is_empty());
        let spans = |d: &AnnotatedDocument| -> Vec<String> {
            d.annotations
                .iter()
                .map(|x| d.doc.text[x.span.bytes()].to_string())
                .collect()
        };
        assert_eq!(spans(&a), ["Pakistan", "China", "Kazakhstan", "Uzbekistan"]);
        assert_eq!(spans(&b), spans(&a));
    }

    /// Many documents at once give what each gives alone: annotations, errors (an extractor
    /// that panics on one document), dates and segments, for short and chunked documents.
    #[test]
    fn annotate_many_equals_annotate_one_by_one() {
        let pipeline = Pipeline {
            extractors: vec![
                Box::new(Fragile),
                Box::new(DateExtractor::new()),
                Box::new(QuoteExtractor::new()),
                Box::new(CasualtyExtractor::new()),
            ],
            options: Options::default(),
            split_bytes: 64,
            segment: true,
        };
        let texts = [
            "KABUL, March 3 (Reuters) - Kabul said on Monday: \u{201c}We are here,\u{201d} he said.",
            "Kabul, boom. \u{201c}Two were killed,\u{201d} an official said on Friday.",
            "",
            "Talks resumed on 21 November 2024 in Doha.\n\nThree people were killed in Kabul \
             last week, police said.\n\n\u{201c}It was quiet,\u{201d} he said on Tuesday.",
            "Nothing here.",
        ];
        let docs = || {
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Document::from_text(format!("d{i}"), *t))
        };
        let show = |a: &AnnotatedDocument| {
            format!(
                "{:?} {:?} {:?} {:?} {:?}",
                a.annotations,
                a.doc.errors,
                a.doc.date,
                a.segments.paragraphs,
                a.segments.sentences
            )
        };
        let one_by_one: Vec<String> = docs().map(|d| show(&pipeline.annotate(d))).collect();
        let together: Vec<String> = pipeline
            .annotate_many(docs().collect())
            .iter()
            .map(show)
            .collect();
        assert_eq!(together, one_by_one);
        assert!(one_by_one[1].contains("internal_error"));
        assert!(pipeline.annotate_many(Vec::new()).is_empty());
    }

    #[test]
    fn chunks_cover_the_text_and_cut_only_at_paragraphs() {
        let text = "aaaa\n\nbbbb\n\ncccc\n\ndddd";
        let segments = Segmentation::new(text);
        let chunks = chunk_at_paragraphs(&segments.paragraphs, text.len(), 8);
        assert_eq!(chunks, [0..12, 12..text.len()]);
        let starts: Vec<usize> = segments.paragraphs.iter().map(|p| p.start).collect();
        assert!(chunks.iter().skip(1).all(|c| starts.contains(&c.start)));
    }
}
