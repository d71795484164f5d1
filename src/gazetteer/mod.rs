//! Gazetteer entities: countries, armed groups, organizations and officials.
//!
//! Placeholder until the gazetteer matcher lands: loads nothing and finds nothing.

use std::path::PathBuf;

use crate::error::Result;
use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType};

/// Tags gazetteer entities.
pub struct EntityExtractor;

impl EntityExtractor {
    /// Loads the bundled gazetteers plus the user's files (later files override by id).
    pub fn new(_extra: &[PathBuf]) -> Result<Self> {
        Ok(EntityExtractor)
    }
}

impl Extractor for EntityExtractor {
    fn name(&self) -> &'static str {
        "gazetteer"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Entity
    }
    fn extract(&self, _cx: &Context<'_>, _out: &mut Vec<Annotation>) {}
}

/// Problems in the bundled and user gazetteers (duplicate ids, aliases claimed twice, …), one
/// line each; empty when all is well.
pub fn check(_extra: &[PathBuf]) -> Result<Vec<String>> {
    Ok(Vec::new())
}

/// Entry and alias counts per gazetteer file, as a printable table.
pub fn stats(_extra: &[PathBuf]) -> Result<String> {
    Ok(String::new())
}
