//! The pipeline: segment a document, run the configured extractors, resolve, return.

use std::path::PathBuf;

use crate::casualties::CasualtyExtractor;
use crate::dates::DateExtractor;
use crate::docdate::find_document_date;
use crate::error::Result;
use crate::extract::{Context, DateOrder, Extractor, Options};
use crate::gazetteer::EntityExtractor;
use crate::model::{Annotation, AnnotationType, DateSource, DocDate, Document};
use crate::quotes::QuoteExtractor;
use crate::resolve::resolve;
use crate::segment::Segmentation;

/// A document with its annotations and segmentation.
#[derive(Debug)]
pub struct AnnotatedDocument {
    pub doc: Document,
    pub annotations: Vec<Annotation>,
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
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            only: AnnotationType::ALL.to_vec(),
            gazetteers: Vec::new(),
            options: Options::default(),
            split_bytes: DEFAULT_SPLIT_BYTES,
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
        Ok(Pipeline {
            extractors,
            options: self.options,
            split_bytes: self.split_bytes,
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
    pub fn annotate(&self, mut doc: Document) -> AnnotatedDocument {
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
        let segments = Segmentation::new(&doc.text);
        let mut annotations = if doc.text.len() > self.split_bytes {
            self.extract_in_chunks(&doc, &segments)
        } else {
            self.extract(&doc, &segments)
        };
        resolve(&doc, &mut annotations);
        AnnotatedDocument {
            doc,
            annotations,
            segments,
        }
    }

    fn extract(&self, doc: &Document, segments: &Segmentation) -> Vec<Annotation> {
        let cx = Context {
            doc,
            segments,
            options: &self.options,
        };
        let mut annotations = Vec::new();
        for extractor in &self.extractors {
            extractor.extract(&cx, &mut annotations);
        }
        annotations
    }

    /// Annotates a huge document chunk by chunk on the rayon pool, then shifts every span of
    /// each chunk back to document offsets.
    fn extract_in_chunks(&self, doc: &Document, segments: &Segmentation) -> Vec<Annotation> {
        use rayon::prelude::*;
        let chunks = chunk_at_paragraphs(&segments.paragraphs, doc.text.len(), self.split_bytes);
        let per_chunk: Vec<Vec<Annotation>> = chunks
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
                let part_segments = Segmentation::new(&part.text);
                let origin = doc.span(range.start..range.start);
                let mut found = self.extract(&part, &part_segments);
                for annotation in &mut found {
                    annotation.shift(origin);
                }
                found
            })
            .collect();
        per_chunk.into_iter().flatten().collect()
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
