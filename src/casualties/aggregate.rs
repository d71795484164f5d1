//! Document-level figures from casualty statements.
//!
//! Statements are what the text says; a document often says the same thing several times (a
//! headline, a lead and a body paragraph all reporting one raid). [`document_total`] turns the
//! statements of one label into an event-level figure with three documented rules:
//!
//! 1. **Anaphora**: a statement about definite victims ("the two insurgents were killed",
//!    "killing the insurgent") refers back to people already reported when an earlier statement
//!    of the same label exists, and adds nothing.
//! 2. **Restatement**: statements with the same minimum count and the same victims head word
//!    ("insurgents"/"insurgent" alike), or with the same count where one names no victims, are
//!    one event.
//! 3. **Precision**: when a document has both vague ("several insurgents") and precise ("13
//!    insurgents") statements, the precise ones are the report and the vague ones summarize them.
//!
//! Negated statements count zero. The sum of minimum counts over all statements (no rules) is the
//! plain statement-level figure.

use crate::model::{Annotation, Detail, Document};

struct Event<'a> {
    min: u64,
    head: Option<String>,
    approximate: bool,
    _text: &'a str,
}

fn head_word(victims: &str) -> Option<String> {
    let last = victims.split_whitespace().last()?.to_lowercase();
    Some(last.trim_end_matches('s').to_string())
}

fn definite(text: &str) -> bool {
    let mut words = text.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    first == "the" || second == "the"
}

/// The event-level minimum count of `label` statements in `annotations` of `doc`.
pub fn document_total(doc: &Document, annotations: &[Annotation], label: &str) -> u64 {
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut seen_any = false;
    for a in annotations.iter().filter(|a| a.label == label) {
        let Detail::Casualty {
            count,
            approximate,
            negated,
            victims,
        } = &a.detail
        else {
            continue;
        };
        if *negated {
            continue;
        }
        let text = doc.slice(a.span);
        // "the death of …" keeps its article by the guidelines; it is not an anaphor.
        if seen_any && a.rule != "casualty/of" && definite(text) {
            seen_any = true;
            continue;
        }
        seen_any = true;
        let head = victims.and_then(|v| head_word(doc.slice(v)));
        let restated = events
            .iter()
            .any(|e| e.min == count.min && (e.head == head || e.head.is_none() || head.is_none()));
        if !restated {
            events.push(Event {
                min: count.min,
                head,
                approximate: *approximate,
                _text: text,
            });
        }
    }
    let precise = events.iter().any(|e| !e.approximate);
    let vague = events.iter().any(|e| e.approximate);
    events
        .iter()
        .filter(|e| !(precise && vague && e.approximate))
        .map(|e| e.min)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Context, Extractor, Options};
    use crate::segment::Segmentation;

    fn total(text: &str) -> u64 {
        let doc = Document::from_text("t", text);
        let segments = Segmentation::new(text);
        let options = Options::default();
        let cx = Context {
            doc: &doc,
            segments: &segments,
            options: &options,
        };
        let mut out = Vec::new();
        super::super::CasualtyExtractor::new().extract(&cx, &mut out);
        document_total(&doc, &out, "KILLED")
    }

    #[test]
    fn restatements_count_once_and_separate_events_add_up() {
        assert_eq!(
            total("Forces killed two insurgents in Helmand. The two insurgents were killed when they fired on the patrol."),
            2
        );
        assert_eq!(
            total(
                "Forces killed one insurgent in Zabul. They returned fire, killing one insurgent."
            ),
            1
        );
        assert_eq!(
            total(
                "Coalition Force Kills Several Insurgents\nForces killed 13 insurgents in Kunar."
            ),
            13
        );
        assert_eq!(
            total("Forces killed two insurgents in Kandahar. In Helmand, a patrol killed three insurgents."),
            5
        );
        assert_eq!(total("No civilians were killed."), 0);
    }
}
