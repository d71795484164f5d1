//! Cross-type resolution after extraction: ordering, and linking quote speakers to entities.
//!
//! Runs once per document on the merged annotations of all extractors, so extractors stay
//! independent of each other.

use crate::model::{Annotation, Detail, Document, EntityLink};

/// Personal pronouns that refer back to a person.
const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];

/// Orders annotations by start (then end, then type) and links quote speakers to entities.
///
/// A speaker span that contains an entity mention takes that entity. A pronoun speaker (`he`,
/// `she`) takes the most recent OFFICIAL mentioned before it in the document.
pub fn resolve(doc: &Document, annotations: &mut [Annotation]) {
    annotations.sort_by(|a, b| {
        (a.span.byte_start, a.span.byte_end, a.annotation_type()).cmp(&(
            b.span.byte_start,
            b.span.byte_end,
            b.annotation_type(),
        ))
    });
    link_speakers(doc, annotations);
}

fn link_speakers(doc: &Document, annotations: &mut [Annotation]) {
    let entities: Vec<(crate::Span, String, EntityLink)> = annotations
        .iter()
        .filter_map(|a| match &a.detail {
            Detail::Entity(link) => Some((a.span, a.label.clone(), link.clone())),
            _ => None,
        })
        .collect();
    if entities.is_empty() {
        return;
    }
    for annotation in annotations.iter_mut() {
        let Detail::Quote {
            speaker: Some(speaker),
            ..
        } = &mut annotation.detail
        else {
            continue;
        };
        if speaker.entity.is_some() {
            continue;
        }
        let inside = entities
            .iter()
            .filter(|(span, _, _)| speaker.span.contains(span))
            .max_by_key(|(span, label, _)| (label == "OFFICIAL", span.len()));
        if let Some((_, _, link)) = inside {
            speaker.entity = Some(link.clone());
            continue;
        }
        let word = doc.slice(speaker.span).to_lowercase();
        if PERSON_PRONOUNS.contains(&word.as_str()) {
            speaker.entity = entities
                .iter()
                .rev()
                .find(|(span, label, _)| {
                    label == "OFFICIAL" && span.byte_end <= speaker.span.byte_start
                })
                .map(|(_, _, link)| link.clone());
        }
    }
}
