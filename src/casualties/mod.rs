//! Casualty counts.
//!
//! Placeholder until the extractor lands: finds nothing.

use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType};

/// Extracts casualty counts.
#[derive(Default)]
pub struct CasualtyExtractor;

impl CasualtyExtractor {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        CasualtyExtractor
    }
}

impl Extractor for CasualtyExtractor {
    fn name(&self) -> &'static str {
        "casualties"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Casualty
    }
    fn extract(&self, _cx: &Context<'_>, _out: &mut Vec<Annotation>) {}
}
