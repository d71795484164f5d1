//! sitrep turns news text about security and geopolitics into verifiable annotations:
//! gazetteer entities, TIMEX3 dates, casualty counts and quotations with their speakers, each
//! with exact code-point and byte offsets into the input.
//!
//! ```
//! use sitrep::{Document, Pipeline, AnnotationType};
//! let pipeline = Pipeline::builder().only(&[AnnotationType::Date]).build()?;
//! let doc = Document::from_text("a1", "Talks resumed on 21 November 2024 in Doha.");
//! let annotated = pipeline.annotate(doc);
//! for a in &annotated.annotations {
//!     // Offsets are exact in both units.
//!     assert_eq!(&annotated.doc.text[a.span.byte_start..a.span.byte_end], annotated.doc.slice(a.span));
//! }
//! # Ok::<(), sitrep::Error>(())
//! ```
//!
//! See `docs/ARCHITECTURE.md` for the map of modules.

pub mod calendar;
pub mod casualties;
pub mod dates;
pub mod docdate;
pub mod english;
pub mod error;
pub mod eval;
pub mod extract;
mod fxhash;
pub mod gazetteer;
pub mod input;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod quotes;
pub mod resolve;
pub mod run;
pub mod segment;
#[cfg(test)]
mod testutil;
mod wordfilter;
mod wordmask;

pub use error::{Error, Result};
pub use model::{
    Anchor, Annotation, AnnotationType, Count, DateSource, Detail, DocDate, DocError, Document,
    EntityLink, MentionForm, Name, Source, Span, Speaker,
};
pub use pipeline::{AnnotatedDocument, Pipeline, PipelineBuilder};
