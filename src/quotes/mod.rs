//! Quotations and their speakers.
//!
//! Placeholder until the extractor lands: finds nothing.

use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType};

/// Extracts quotations and their speakers.
#[derive(Default)]
pub struct QuoteExtractor;

impl QuoteExtractor {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        QuoteExtractor
    }
}

impl Extractor for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Quote
    }
    fn extract(&self, _cx: &Context<'_>, _out: &mut Vec<Annotation>) {}
}
