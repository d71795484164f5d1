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

/// Configures and builds a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    only: Vec<AnnotationType>,
    gazetteers: Vec<PathBuf>,
    options: Options,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            only: AnnotationType::ALL.to_vec(),
            gazetteers: Vec::new(),
            options: Options::default(),
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

    /// Loads gazetteers and compiles patterns.
    pub fn build(self) -> Result<Pipeline> {
        let mut extractors: Vec<Box<dyn Extractor>> = Vec::new();
        for kind in AnnotationType::ALL {
            if !self.only.contains(&kind) {
                continue;
            }
            extractors.push(match kind {
                AnnotationType::Entity => Box::new(EntityExtractor::new(&self.gazetteers)?),
                AnnotationType::Date => Box::new(DateExtractor::new()),
                AnnotationType::Casualty => Box::new(CasualtyExtractor::new()),
                AnnotationType::Quote => Box::new(QuoteExtractor::new()),
            });
        }
        Ok(Pipeline {
            extractors,
            options: self.options,
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
        let mut annotations = Vec::new();
        {
            let cx = Context {
                doc: &doc,
                segments: &segments,
                options: &self.options,
            };
            for extractor in &self.extractors {
                extractor.extract(&cx, &mut annotations);
            }
        }
        resolve(&doc, &mut annotations);
        AnnotatedDocument {
            doc,
            annotations,
            segments,
        }
    }
}
