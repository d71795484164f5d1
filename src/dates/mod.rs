//! Dates and times (TIMEX3).
//!
//! Placeholder until the extractor lands: finds nothing.

use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType};

/// Extracts dates and times (timex3).
#[derive(Default)]
pub struct DateExtractor;

impl DateExtractor {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        DateExtractor
    }
}

impl Extractor for DateExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Date
    }
    fn extract(&self, _cx: &Context<'_>, _out: &mut Vec<Annotation>) {}
}
