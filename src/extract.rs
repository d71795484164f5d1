//! The extractor interface and the registry that builds the configured set.
//!
//! Architecture invariant: extractors never fail on text and never see each other's output.
//! Each gets the segmented document and appends annotations of its own type; linking across
//! types (quote speaker → entity) happens afterwards in [`crate::resolve`].

use crate::model::{Annotation, AnnotationType, Document};
use crate::segment::Segmentation;

/// How to read all-numeric dates such as `11/06/2024`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// Day first (`11/06/2024` is 11 June), the international and default reading.
    #[default]
    Dmy,
    /// Month first (`11/06/2024` is 6 November), the US reading.
    Mdy,
}

/// Settings every extractor may read.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub date_order: DateOrder,
}

/// What an extractor sees of one document.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub segments: &'a Segmentation,
    pub options: &'a Options,
}

impl Context<'_> {
    /// The document text.
    pub fn text(&self) -> &str {
        &self.doc.text
    }
}

/// One kind of finding. Implementations must be cheap to share across threads: build automata
/// and compile patterns in the constructor, not per document.
///
/// ```
/// use sitrep::extract::{Context, Extractor};
/// use sitrep::{Annotation, AnnotationType, Detail, Anchor};
///
/// /// Tags the word "today" as a present reference.
/// struct Today;
/// impl Extractor for Today {
///     fn name(&self) -> &'static str { "today" }
///     fn produces(&self) -> AnnotationType { AnnotationType::Date }
///     fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
///         for (at, word) in cx.text().match_indices("today") {
///             out.push(Annotation {
///                 span: cx.doc.span(at..at + word.len()),
///                 label: "DATE".into(),
///                 rule: "example/today".into(),
///                 detail: Detail::Date { value: "PRESENT_REF".into(), anchor: Anchor::Absolute },
///             });
///         }
///     }
/// }
/// ```
pub trait Extractor: Send + Sync {
    /// A short stable name (used in diagnostics and `rule` prefixes).
    fn name(&self) -> &'static str;
    /// The annotation type this extractor produces.
    fn produces(&self) -> AnnotationType;
    /// Appends this extractor's annotations for one document to `out`.
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>);

    /// Whether this extractor reads `cx.segments` (sentences, paragraphs). A pipeline whose
    /// extractors all answer no skips segmenting (the entity pass finds its own words), and
    /// its context carries an empty segmentation.
    fn uses_segments(&self) -> bool {
        true
    }

    /// Runs this extractor alone over `text` with default options: the document (to slice
    /// spans with) and its annotations. For tests and one-off use; a [`crate::Pipeline`] runs
    /// all extractors and links their results.
    ///
    /// ```
    /// use sitrep::extract::Extractor;
    /// use sitrep::casualties::CasualtyExtractor;
    ///
    /// let (doc, found) = CasualtyExtractor::new().extract_text("Gunmen killed two engineers.");
    /// assert_eq!(doc.slice(found[0].span), "killed two engineers");
    /// ```
    fn extract_text(&self, text: &str) -> (Document, Vec<Annotation>) {
        let doc = Document::from_text("text", text);
        let segments = Segmentation::new(text);
        let options = Options::default();
        let cx = Context {
            doc: &doc,
            segments: &segments,
            options: &options,
        };
        let mut out = Vec::new();
        self.extract(&cx, &mut out);
        (doc, out)
    }
}
