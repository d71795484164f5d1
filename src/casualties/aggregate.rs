//! Document-level figures from casualty statements.
//!
//! Statements are what the text says; a document often says the same thing several times (a
//! headline, a lead and a body paragraph all reporting one raid). [`document_total`] turns the
//! statements of one label into an event-level figure with these documented rules:
//!
//! 1. **Anaphora**: a statement about definite victims ("the two insurgents were killed",
//!    "killing the insurgent", "killing both armed individuals", "all four of the insurgents",
//!    "five of the insurgents who were killed") refers back to people already reported when an
//!    earlier statement of the same label exists, and adds nothing.
//! 2. **Restatement**: statements with the same minimum count and the same victims head word
//!    ("insurgents"/"insurgent" alike), or with the same count where one names no victims, are
//!    one event, unless the later one says it adds people ("several more insurgents", "two
//!    additional", "other", "another": `ADDITIVE`).
//! 3. **Precision**: a vague statement ("several insurgents") is a summary of a precise one
//!    ("13 insurgents") with at least its minimum, and is dropped when such a precise one exists.
//! 4. **Total and parts**: when the first event's figure is at least the sum of all later
//!    events that do not say they add people, the later ones are the parts it sums ("Forces
//!    killed 17 insurgents … resulting in seven insurgents killed … all four killed"): the
//!    figure is the total. Civilians (`CIVILIAN_HEADS`) are no part of a total of others: they
//!    add ("killed a Taliban leader … one child was killed" is two).
//! 5. **Tallies and background**: a tally over a period ("two were killed this month alone",
//!    "one of more than 50 insurgents killed since January": `TALLY_CUES` after the statement
//!    in its sentence) and an earlier event told as background of a person ("the commander is
//!    linked to an attack that killed four soldiers", "planned the assassination of a general":
//!    `BACKGROUND_CUES` before the statement in its sentence) are not the document's event.
//!
//! Negated statements count zero. The sum of minimum counts over all statements (no rules) is the
//! plain statement-level figure.
//!
//! [`Aggregation::isaf`] adds the conventions of the ISAF press-release annotation
//! (`../shared/data/README.md`: "counts are lower bounds"): "more than 30" is at least 31, the
//! integer lower bound, and the dead of the reporting force (soldiers, service members,
//! policemen: `OWN_FORCES`) are not in the killed count, which counts the people the operation
//! killed.

use std::collections::{HashMap, HashSet};

use crate::model::{Annotation, Detail, Document};

/// The ISAF annotation's counts for words without a figure, for
/// [`super::CasualtyExtractor::with_unquantified`]. The data's README documents "several" as 3
/// (the guidelines' table already gives 3 as its minimum); the others are the values the
/// annotation gives where such a word is the only count of a document (read on the tuning half:
/// "numerous" and "many" 4, "multiple" and "a number of" 3). A pronoun victim ("killing him",
/// "he was killed") is one and a definite plural without a figure ("killing the insurgents") is
/// 3 like "several"; both are definite, so [`document_total_with`] counts them only when nothing
/// was reported before.
pub const ISAF_UNQUANTIFIED: &[(&str, u64)] = &[
    ("numerous", 4),
    ("many", 4),
    ("multiple", 3),
    ("a number of", 3),
    ("him", 1),
    ("he", 1),
    ("the", 3),
];

/// How statements become a document-level figure.
#[derive(Clone, Copy, Debug, Default)]
pub struct Aggregation {
    /// "more than N", "over N": the integer lower bound N + 1 instead of the guidelines' N.
    pub strict_more_than: bool,
    /// Leave out statements whose victims head is one of `OWN_FORCES`.
    pub exclude_own_forces: bool,
}

impl Aggregation {
    /// The event-level rules only (the default).
    pub const fn events() -> Self {
        Aggregation {
            strict_more_than: false,
            exclude_own_forces: false,
        }
    }

    /// The event-level rules plus the ISAF annotation's conventions.
    pub const fn isaf() -> Self {
        Aggregation {
            strict_more_than: true,
            exclude_own_forces: true,
        }
    }
}

/// Words that make a statement add people to those reported before.
const ADDITIVE: &[&str] = &["more", "additional", "other", "another", "further", "also"];

/// Words before definite victims (anaphora).
const DEFINITE: &[&str] = &["the", "both", "these", "those", "this", "that", "him", "he"];

/// After the statement in its sentence: the figure is a tally over a period.
const TALLY_CUES: &[&str] = &[
    "since ",
    "this month",
    "this year",
    "so far",
    "to date",
    "in recent months",
    "in recent weeks",
];

/// Before the statement in its sentence: an earlier event told as a person's background.
const BACKGROUND_CUES: &[&str] = &[
    "responsible for",
    "linked to",
    "involved in",
    "involved with",
    "connected to",
    "tied to",
    "ties to",
    "behind the",
    "planned ",
    "planning ",
    "plotted",
    "directed",
    "orchestrated",
    "masterminded",
    "suspected of",
    "accused of",
    "claimed responsibility",
];

/// Victims heads of civilians: never a part of a total of fighters ("killed a Taliban leader …
/// one child was killed" is two).
const CIVILIAN_HEADS: &[&str] = &[
    "civilian",
    "child",
    "children",
    "woman",
    "women",
    "boy",
    "girl",
    "villager",
    "resident",
    "family",
    "bystander",
    "passer-by",
    "farmer",
    "student",
    "worker",
];

fn civilian(head: &Option<String>) -> bool {
    head.as_deref().is_some_and(|h| {
        CIVILIAN_HEADS
            .iter()
            .any(|c| h == *c || h.strip_suffix('s') == Some(c))
    })
}

/// Victims heads of the reporting force (ISAF convention).
const OWN_FORCES: &[&str] = &[
    "soldier",
    "member",
    "troop",
    "policeman",
    "policemen",
    "officer",
    "personnel",
    "marine",
];

struct Event {
    min: u64,
    head: Option<String>,
    approximate: bool,
    additive: bool,
}

fn head_word(victims: &str) -> Option<String> {
    let last = victims.split_whitespace().last()?.to_lowercase();
    Some(last.trim_end_matches('s').to_string())
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the statement's victims are definite: a determiner among its first words after the
/// trigger, or a partitive "of the"/"of them".
fn definite(text: &str) -> bool {
    let w = words(text);
    w.iter().take(2).any(|x| DEFINITE.contains(&x.as_str()))
        || w.windows(2)
            .any(|p| p[0] == "of" && (p[1] == "the" || p[1] == "them" || p[1] == "those"))
}

fn additive(text: &str) -> bool {
    words(text).iter().any(|x| ADDITIVE.contains(&x.as_str()))
}

/// How far, in bytes, the cues of a statement are looked for on each side of it (within its
/// sentence): far more than a news sentence, and it keeps the work per statement bounded, so a
/// document of many statements in one long run of text stays linear.
const CUE_WINDOW: usize = 1_000;

/// Byte bounds of the sentence around `start..end`: back to the last '.', '!', '?' or line
/// break, forward to the next one, at most [`CUE_WINDOW`] bytes away on each side (rounded to
/// a character boundary).
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let is_stop = |b: &u8| matches!(b, b'.' | b'!' | b'?' | b'\n');
    let bytes = text.as_bytes();
    let mut lo = start.saturating_sub(CUE_WINDOW);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = end.saturating_add(CUE_WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let s = bytes[lo..start]
        .iter()
        .rposition(is_stop)
        .map_or(lo, |p| lo + p + 1);
    let e = bytes[end..hi]
        .iter()
        .position(is_stop)
        .map_or(hi, |p| end + p);
    (s, e)
}

/// Whether `haystack` holds one of `cues`, not followed by an infinitive ("planning to avoid
/// casualties" is no background).
fn contains_any(haystack: &str, cues: &[&str]) -> bool {
    let lower = haystack.to_lowercase();
    cues.iter().any(|c| {
        lower
            .match_indices(c)
            .any(|(at, _)| !lower[at + c.len()..].trim_start().starts_with("to "))
    })
}

/// Whether the statement at `start..end` is a tally or a background event.
fn not_the_event(text: &str, start: usize, end: usize) -> bool {
    let (s, e) = sentence_around(text, start, end);
    contains_any(&text[end..e], TALLY_CUES) || contains_any(&text[s..start], BACKGROUND_CUES)
}

fn strictly_more(text: &str) -> bool {
    let w = words(text);
    w.windows(2).any(|p| p[0] == "more" && p[1] == "than")
        || w.iter().any(|x| x == "over" || x == "exceeding")
}

/// The event-level minimum count of `label` statements in `annotations` of `doc`.
pub fn document_total(doc: &Document, annotations: &[Annotation], label: &str) -> u64 {
    document_total_with(doc, annotations, label, Aggregation::events())
}

/// The document-level minimum count of `label` statements under the rules of `how`.
pub fn document_total_with(
    doc: &Document,
    annotations: &[Annotation],
    label: &str,
    how: Aggregation,
) -> u64 {
    let mut events: Vec<Event> = Vec::new();
    // The events' heads by minimum count, and whether one of that minimum has no head.
    let mut by_min: HashMap<u64, (HashSet<Option<String>>, bool)> = HashMap::new();
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
        if not_the_event(&doc.text, a.span.byte_start, a.span.byte_end) {
            continue;
        }
        let head = victims.and_then(|v| head_word(doc.slice(v)));
        if how.exclude_own_forces
            && head
                .as_deref()
                .is_some_and(|h| OWN_FORCES.iter().any(|o| h == *o || h == format!("{o}s")))
        {
            continue;
        }
        // "the death of …" keeps its article by the guidelines; it is not an anaphor.
        if seen_any && a.rule != "casualty/of" && definite(text) {
            continue;
        }
        seen_any = true;
        let mut min = count.min;
        if how.strict_more_than && count.max.is_none() && strictly_more(text) {
            min += 1;
        }
        let adds = additive(text);
        // Same minimum and same head, or no head on one side (looked up, not scanned: a
        // document of thousands of statements stays linear).
        let restated = !adds
            && by_min.get(&min).is_some_and(|(heads, headless)| {
                *headless || head.is_none() || heads.contains(&head)
            });
        if !restated {
            let entry = by_min.entry(min).or_default();
            entry.1 |= head.is_none();
            entry.0.insert(head.clone());
            events.push(Event {
                min,
                head,
                approximate: *approximate,
                additive: adds,
            });
        }
    }
    // Precision: a vague event summarizes a precise one at least as large.
    let any_precise = events.iter().any(|p| !p.approximate);
    let kept: Vec<&Event> = events
        .iter()
        .filter(|e| e.additive || !(e.approximate && any_precise))
        .collect();
    // Total and parts.
    if let Some((first, rest)) = kept.split_first() {
        // Civilians are no part of a total of fighters: they add to it.
        let adds = |e: &Event| {
            e.additive || (civilian(&e.head) && first.head.is_some() && !civilian(&first.head))
        };
        let parts: u64 = rest.iter().filter(|e| !adds(e)).map(|e| e.min).sum();
        let added: u64 = rest.iter().filter(|e| adds(e)).map(|e| e.min).sum();
        if !rest.is_empty() && first.min >= parts {
            return first.min + added;
        }
    }
    kept.iter().map(|e| e.min).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn total(text: &str) -> u64 {
        total_with(text, Aggregation::events())
    }

    fn total_with(text: &str, how: Aggregation) -> u64 {
        let (doc, out) = super::super::CasualtyExtractor::new().extract_text(text);
        document_total_with(&doc, &out, "KILLED", how)
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

    #[test]
    fn a_long_run_of_statements_is_read_with_bounded_windows() {
        // Restatements are looked up by minimum and head: thousands of the same statement
        // in one run of text are one event; a new head with the same minimum is a new event.
        let run = "militants killed 2 insurgents, ".repeat(2_000);
        assert_eq!(total(&run), 2);
        assert_eq!(
            total(&format!(
                "{run}near the border. A patrol killed 2 gunmen. Another killed a fighter."
            )),
            5
        );
        // A background cue counts within CUE_WINDOW bytes before the statement in its
        // sentence, not further back in the same run.
        let filler = "a patrol searched the compound, ".repeat(10);
        assert_eq!(
            total(&format!(
                "He is linked to {filler}an attack that killed four soldiers."
            )),
            0
        );
        let filler = "a patrol searched the compound, ".repeat(40);
        assert!(filler.len() > CUE_WINDOW);
        assert_eq!(
            total(&format!(
                "He is linked to {filler}an attack that killed four soldiers."
            )),
            4
        );
    }

    #[test]
    fn anaphora_with_both_and_partitives_adds_nothing() {
        assert_eq!(
            total("Two insurgents were killed by the patrol. The force returned fire, killing both armed individuals."),
            2
        );
        assert_eq!(
            total("More than 30 insurgents were killed. Officials confirmed five of the insurgents who were killed were commanders."),
            30
        );
        // "all 11 insurgents" is not an anaphor: the 11 were never reported killed before.
        assert_eq!(
            total("The patrol returned fire, killing four insurgents. Later aircraft fired on a group of 11 insurgents, killing all 11 insurgents."),
            15
        );
    }

    #[test]
    fn more_and_additional_add_up() {
        assert_eq!(
            total(
                "The force killed several insurgents. Later, several more insurgents were killed."
            ),
            6
        );
        assert_eq!(
            total("Forces killed two insurgents. Two more insurgents were killed at a checkpoint."),
            4
        );
        // Without "more" the same figure is a restatement.
        assert_eq!(
            total("Forces killed two insurgents. Two insurgents were killed at a checkpoint."),
            2
        );
    }

    #[test]
    fn totals_and_their_parts_count_once() {
        assert_eq!(
            total("Forces killed seventeen insurgents in Kunar. Three insurgents were killed by an air weapons team. Later the engagement resulted in seven insurgents killed."),
            17
        );
        // Parts larger than the first figure are separate events.
        assert_eq!(
            total("Forces killed two insurgents in Kandahar. In Helmand, a patrol killed three insurgents."),
            5
        );
        // Civilians are no part of a total of fighters: they add to it.
        assert_eq!(
            total("A patrol killed a Taliban leader in Tagab. One local child was killed during the operation."),
            2
        );
        assert_eq!(
            total(
                "Forces killed five insurgents in Kunar. Two women were also killed in the strike."
            ),
            7
        );
        // Fighters stay parts of a total of fighters, civilians of a total of civilians.
        assert_eq!(
            total(
                "Forces killed five insurgents in Kunar. Two fighters were killed in the compound."
            ),
            5
        );
        assert_eq!(
            total("The blast killed four civilians. Two children were killed in the market."),
            4
        );
    }

    #[test]
    fn vague_summaries_give_way_to_precise_figures_unless_they_add() {
        assert_eq!(
            total("Several insurgents were killed in separate operations. In Ghazni, a patrol killed two insurgents."),
            2
        );
        assert_eq!(
            total("Forces killed Mahmood in an airstrike. Also killed in the strike were more than a dozen insurgents."),
            13
        );
    }

    #[test]
    fn tallies_and_background_events_are_not_the_event() {
        assert_eq!(
            total("The commander is linked to a bomb attack that killed four soldiers. Forces detained him."),
            0
        );
        assert_eq!(
            total("He planned the assassination of a district governor. Forces killed two insurgents."),
            2
        );
        // "planning to avoid casualties" is no background cue.
        assert_eq!(
            total("After planning to avoid civilian casualties, the airstrike was conducted, killing two insurgents."),
            2
        );
        assert_eq!(
            total(
                "Forces killed a Taliban leader. He is one of 50 insurgents killed since January."
            ),
            1
        );
        assert_eq!(
            total("Several leaders were captured and two were killed this month alone."),
            0
        );
        // Not background: the statement is the report itself.
        assert_eq!(total("A bomb attack killed four soldiers on Tuesday."), 4);
    }

    #[test]
    fn isaf_conventions_are_an_option() {
        let text = "Forces killed more than 30 insurgents. One Afghan soldier was killed in the operation.";
        assert_eq!(total(text), 30);
        assert_eq!(total_with(text, Aggregation::isaf()), 31);
        let text = "More than 15 insurgents were killed.";
        assert_eq!(total(text), 15);
        assert_eq!(total_with(text, Aggregation::isaf()), 16);
        let text = "Two soldiers were killed during the attack.";
        assert_eq!(total_with(text, Aggregation::isaf()), 0);
        assert_eq!(
            total_with(
                "Two civilians were killed during the attack.",
                Aggregation::isaf()
            ),
            2
        );
    }

    #[test]
    fn words_without_a_figure_count_only_under_a_convention() {
        let text = "The patrol engaged the enemy position, killing numerous insurgents.";
        assert_eq!(total(text), 0);
        let (doc, out) = super::super::CasualtyExtractor::new()
            .with_unquantified(ISAF_UNQUANTIFIED)
            .extract_text(text);
        assert_eq!(out.len(), 1);
        assert_eq!(doc.slice(out[0].span), "killing numerous insurgents");
        assert_eq!(
            document_total_with(&doc, &out, "KILLED", Aggregation::isaf()),
            4
        );
        // Things stay out: "multiple weapons" is not a count of people.
        let (doc, out) = super::super::CasualtyExtractor::new()
            .with_unquantified(ISAF_UNQUANTIFIED)
            .extract_text("Forces seized multiple weapons and killed multiple insurgents.");
        assert_eq!(out.len(), 1);
        assert_eq!(doc.slice(out[0].span), "killed multiple insurgents");
    }

    fn isaf_total(text: &str) -> u64 {
        let (doc, out) = super::super::CasualtyExtractor::new()
            .with_unquantified(ISAF_UNQUANTIFIED)
            .extract_text(text);
        document_total_with(&doc, &out, "KILLED", Aggregation::isaf())
    }

    #[test]
    fn pronouns_and_definite_plurals_count_only_when_first_under_the_convention() {
        let text =
            "Responding to the threat, the security force engaged and killed the insurgents.";
        assert_eq!(total(text), 0);
        assert_eq!(isaf_total(text), 3);
        assert_eq!(
            isaf_total("An armed man fired on the force. He was engaged and killed."),
            1
        );
        // After a count they refer back and add nothing.
        assert_eq!(
            isaf_total("Forces killed two insurgents in Kunar. The force returned fire, killing the insurgents."),
            2
        );
        assert_eq!(
            isaf_total("Forces killed two insurgents. One of them fired first, and the force returned fire, killing him."),
            2
        );
        // "the" before a word that is no plural, or before a figure, is not a count.
        assert_eq!(isaf_total("The blast killed the driver of the truck."), 1);
        assert_eq!(
            isaf_total("The two insurgents were killed in the strike."),
            2
        );
        // One modifier between "the" and the plural: "the armed militants".
        let text = "The armed militants, one of them the targeted commander, were all killed.";
        assert_eq!(total(text), 0);
        assert_eq!(isaf_total(text), 3);
        assert_eq!(
            isaf_total("The patrol engaged and killed the armed militants."),
            3
        );
        // Not a singular after the modifier (one person, not the convention's 3), not a
        // figure after it, not two modifiers.
        assert_eq!(
            isaf_total("The armed militant was killed by the patrol."),
            1
        );
        assert_eq!(isaf_total("The armed two militants were killed."), 2);
        assert_eq!(isaf_total("The heavily armed militants were killed."), 0);
    }
}
