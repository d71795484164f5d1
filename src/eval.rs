//! Scoring predictions against gold annotations (both in the `sitrep/1` docs format).
//!
//! For each type and label: strict matches (same code-point span), relaxed matches (overlapping
//! spans, one-to-one, greatest overlap first) and attribute matches (a relaxed match whose
//! attribute also agrees: entity id, date value, casualty min and max, quote speaker). Attribute
//! F1 is computed from attribute matches, so it equals relaxed F1 times attribute accuracy, the
//! TempEval-3 definition of value F1.
//!
//! A quote's speaker agrees when the spans overlap (or both link the same entity): "Foreign
//! Secretary Jeremy Hunt" against gold "Jeremy Hunt" is the right speaker with a wider span.
//! The exact-attribute count (`x.attr`) asks more of quotes: the same speaker span, or no
//! speaker on both sides; for the other types it is the attribute count.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::AnnotationType;

/// The attribute an annotation is judged on beyond its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attribute {
    /// Entity id.
    Entity(Option<String>),
    /// TIMEX3 value.
    Date(Option<String>),
    /// Casualty count (min, max).
    Casualty(Option<u64>, Option<u64>),
    /// Quote speaker: its code-point span and linked entity id.
    Quote(Option<(usize, usize)>, Option<String>),
}

impl Attribute {
    /// Whether a prediction's attribute agrees with this gold attribute. A gold entity without
    /// an id means the annotator could not verify one: any predicted id is accepted.
    fn agrees(&self, other: &Attribute) -> bool {
        match (self, other) {
            (Attribute::Entity(None), Attribute::Entity(_)) => true,
            (Attribute::Quote(a, ae), Attribute::Quote(b, be)) => match (a, b) {
                (None, None) => true,
                (Some(a), Some(b)) => (a.0 < b.1 && b.0 < a.1) || (ae.is_some() && ae == be),
                _ => false,
            },
            (a, b) => a == b,
        }
    }

    /// [`Attribute::agrees`], with quote speakers held to the same span.
    fn agrees_exactly(&self, other: &Attribute) -> bool {
        match (self, other) {
            (Attribute::Quote(a, _), Attribute::Quote(b, _)) => a == b,
            _ => self.agrees(other),
        }
    }

    fn describe(&self) -> String {
        match self {
            Attribute::Entity(id) => format!("id={}", id.as_deref().unwrap_or("-")),
            Attribute::Date(v) => format!("value={}", v.as_deref().unwrap_or("-")),
            Attribute::Casualty(min, max) => format!(
                "count={}..{}",
                min.map_or("-".into(), |m| m.to_string()),
                max.map_or("∞".into(), |m| m.to_string())
            ),
            Attribute::Quote(span, id) => match span {
                Some((s, e)) => format!(
                    "speaker={s}..{e}{}",
                    id.as_ref().map_or(String::new(), |i| format!(" ({i})"))
                ),
                None => "speaker=none".into(),
            },
        }
    }
}

/// One annotation as the evaluator sees it.
#[derive(Clone, Debug)]
pub struct EvalAnnotation {
    pub kind: AnnotationType,
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub attribute: Attribute,
}

/// The annotations of one document.
#[derive(Clone, Debug, Default)]
pub struct EvalDocument {
    pub id: String,
    /// `source.path`, used by `--diff` to show the sentence around a difference.
    pub path: Option<String>,
    pub annotations: Vec<EvalAnnotation>,
}

fn field_usize(v: &Value, key: &str) -> Option<usize> {
    v.get(key)?.as_u64().map(|n| n as usize)
}

fn parse_annotation(v: &Value) -> Option<EvalAnnotation> {
    let kind = AnnotationType::parse(v.get("type")?.as_str()?)?;
    let attribute = match kind {
        AnnotationType::Entity => Attribute::Entity(
            v.pointer("/entity/id")
                .and_then(Value::as_str)
                .map(str::to_string),
        ),
        AnnotationType::Date => {
            Attribute::Date(v.get("value").and_then(Value::as_str).map(str::to_string))
        }
        AnnotationType::Casualty => Attribute::Casualty(
            v.pointer("/count/min").and_then(Value::as_u64),
            v.pointer("/count/max").and_then(Value::as_u64),
        ),
        AnnotationType::Quote => {
            let speaker = v.get("speaker").filter(|s| !s.is_null());
            Attribute::Quote(
                speaker.and_then(|s| Some((field_usize(s, "start")?, field_usize(s, "end")?))),
                speaker
                    .and_then(|s| s.pointer("/entity/id"))
                    .and_then(Value::as_str)
                    .map(str::to_string),
            )
        }
    };
    Some(EvalAnnotation {
        kind,
        label: v.get("label")?.as_str()?.to_string(),
        start: field_usize(v, "start")?,
        end: field_usize(v, "end")?,
        text: v
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        attribute,
    })
}

/// Parses docs-format JSONL (one document per line). Lines that are not valid documents are
/// errors naming their line number: a gold file must be exact.
pub fn parse_documents(jsonl: &str, name: &str) -> Result<Vec<EvalDocument>> {
    let mut docs = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |m: String| Error::Config(format!("{name} line {}: {m}", i + 1));
        let v: Value = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let id = v
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("missing `id`".into()))?;
        let mut annotations = Vec::new();
        for (j, a) in v
            .get("annotations")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("missing `annotations`".into()))?
            .iter()
            .enumerate()
        {
            annotations.push(
                parse_annotation(a).ok_or_else(|| {
                    bad(format!("annotation {} lacks type/label/start/end", j + 1))
                })?,
            );
        }
        docs.push(EvalDocument {
            id: id.to_string(),
            path: v
                .pointer("/source/path")
                .and_then(Value::as_str)
                .map(str::to_string),
            annotations,
        });
    }
    Ok(docs)
}

/// Counts for one type and label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub attribute: usize,
    /// Relaxed matches whose attribute agrees exactly (quote speakers: the same span).
    pub exact_attribute: usize,
}

/// Precision, recall and F1 from true positives and totals.
pub fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        1.0
    } else {
        tp as f64 / predicted as f64
    };
    let r = if gold == 0 {
        1.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.attribute += other.attribute;
        self.exact_attribute += other.exact_attribute;
    }

    /// Strict-span F1.
    pub fn strict_f1(&self) -> f64 {
        prf(self.strict, self.predicted, self.gold).2
    }
    /// Relaxed-span F1.
    pub fn relaxed_f1(&self) -> f64 {
        prf(self.relaxed, self.predicted, self.gold).2
    }
    /// Attribute F1 (relaxed span and agreeing attribute).
    pub fn attribute_f1(&self) -> f64 {
        prf(self.attribute, self.predicted, self.gold).2
    }
    /// Attribute F1 with exact agreement ([`Counts::exact_attribute`]).
    pub fn exact_attribute_f1(&self) -> f64 {
        prf(self.exact_attribute, self.predicted, self.gold).2
    }
    /// Share of relaxed matches whose attribute agrees exactly.
    pub fn exact_attribute_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            1.0
        } else {
            self.exact_attribute as f64 / self.relaxed as f64
        }
    }
    /// Share of relaxed matches whose attribute agrees.
    pub fn attribute_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            1.0
        } else {
            self.attribute as f64 / self.relaxed as f64
        }
    }
}

/// A missed gold annotation or a false positive.
#[derive(Clone, Debug)]
pub struct Difference {
    pub doc_id: String,
    /// `MISS`, `FALSE`, `SPAN` (relaxed but not strict), `ATTR` (attribute disagrees) or
    /// `XATTR` (strict span, attribute agrees but not exactly: a wider or narrower speaker).
    pub kind: &'static str,
    pub gold: Option<EvalAnnotation>,
    pub predicted: Option<EvalAnnotation>,
}

/// The result of scoring.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub by_label: BTreeMap<(AnnotationType, String), Counts>,
    pub differences: Vec<Difference>,
}

impl Report {
    /// Totals for one type, over its labels.
    pub fn for_type(&self, kind: AnnotationType) -> Counts {
        let mut total = Counts::default();
        for ((t, _), c) in &self.by_label {
            if *t == kind {
                total.add(c);
            }
        }
        total
    }

    /// The report as an aligned text table.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<9} {:<10} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
            "type",
            "label",
            "gold",
            "pred",
            "s.P",
            "s.R",
            "s.F1",
            "r.P",
            "r.R",
            "r.F1",
            "attr",
            "a.F1",
            "x.attr"
        );
        let mut row = |kind: &str, label: &str, c: &Counts| {
            let (sp, sr, sf) = prf(c.strict, c.predicted, c.gold);
            let (rp, rr, rf) = prf(c.relaxed, c.predicted, c.gold);
            let _ = writeln!(
                out,
                "{kind:<9} {label:<10} {:>5} {:>5} | {sp:>6.3} {sr:>6.3} {sf:>6.3} | {rp:>6.3} {rr:>6.3} {rf:>6.3} | {:>6.3} {:>6.3} {:>6.3}",
                c.gold,
                c.predicted,
                c.attribute_accuracy(),
                c.attribute_f1(),
                c.exact_attribute_accuracy()
            );
        };
        for kind in AnnotationType::ALL {
            let labels: Vec<_> = self
                .by_label
                .iter()
                .filter(|((t, _), _)| *t == kind)
                .collect();
            if labels.is_empty() {
                continue;
            }
            for ((_, label), c) in &labels {
                row(kind.as_str(), label, c);
            }
            row(kind.as_str(), "(all)", &self.for_type(kind));
        }
        out
    }

    /// The differences, one per line, with the sentence around each when `texts` has the
    /// document's text.
    pub fn diff(&self, texts: &HashMap<String, String>) -> String {
        let mut out = String::new();
        for d in &self.differences {
            let a = d
                .gold
                .as_ref()
                .or(d.predicted.as_ref())
                .expect("a difference has a side");
            let _ = write!(
                out,
                "{} {:<5} {:<8} {:<9} {}..{} {:?}",
                d.doc_id, d.kind, a.kind, a.label, a.start, a.end, a.text
            );
            match (&d.gold, &d.predicted) {
                (Some(g), Some(p)) => {
                    let _ = write!(
                        out,
                        " | gold {}..{} {} | pred {}..{} {:?} {}",
                        g.start,
                        g.end,
                        g.attribute.describe(),
                        p.start,
                        p.end,
                        p.text,
                        p.attribute.describe()
                    );
                }
                (Some(g), None) => {
                    let _ = write!(out, " | gold {}", g.attribute.describe());
                }
                (None, Some(p)) => {
                    let _ = write!(out, " | pred {}", p.attribute.describe());
                }
                (None, None) => {}
            }
            if let Some(text) = texts.get(&d.doc_id) {
                let _ = write!(out, "\n    in: {}", context(text, a.start, a.end));
            }
            out.push('\n');
        }
        out
    }
}

/// The line of `text` (by code points) around `start..end`, shortened to 200 characters.
fn context(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (start.min(chars.len()), end.min(chars.len()));
    let mut from = start;
    while from > 0 && chars[from - 1] != '\n' && start - from < 120 {
        from -= 1;
    }
    let mut to = end;
    while to < chars.len() && chars[to] != '\n' && to - end < 120 {
        to += 1;
    }
    chars[from..to]
        .iter()
        .collect::<String>()
        .trim()
        .to_string()
}

/// Scores `predicted` against `gold`, considering only annotations of `types`. Documents are
/// aligned by id; predicted documents absent from the gold file are not scored.
pub fn score(
    gold: &[EvalDocument],
    predicted: &[EvalDocument],
    types: &[AnnotationType],
) -> Report {
    let by_id: HashMap<&str, &EvalDocument> =
        predicted.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut report = Report::default();
    let empty = EvalDocument::default();
    for g in gold {
        let p = by_id.get(g.id.as_str()).copied().unwrap_or(&empty);
        let keep = |a: &&EvalAnnotation| types.contains(&a.kind);
        let gold_anns: Vec<&EvalAnnotation> = g.annotations.iter().filter(keep).collect();
        let pred_anns: Vec<&EvalAnnotation> = p.annotations.iter().filter(keep).collect();
        score_document(&g.id, &gold_anns, &pred_anns, &mut report);
    }
    report
}

fn overlap(a: &EvalAnnotation, b: &EvalAnnotation) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn score_document(
    id: &str,
    gold: &[&EvalAnnotation],
    pred: &[&EvalAnnotation],
    report: &mut Report,
) {
    for g in gold {
        report
            .by_label
            .entry((g.kind, g.label.clone()))
            .or_default()
            .gold += 1;
    }
    for p in pred {
        report
            .by_label
            .entry((p.kind, p.label.clone()))
            .or_default()
            .predicted += 1;
    }
    // One-to-one relaxed matching, greatest overlap first (ties: earlier gold, earlier pred).
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = overlap(g, p);
            let exact = g.start == p.start && g.end == p.end;
            if g.kind == p.kind && g.label == p.label && (o > 0 || exact) {
                candidates.push((std::cmp::Reverse((exact, o)), gi, pi));
            }
        }
    }
    candidates.sort();
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    for (_, gi, pi) in candidates {
        if gold_used[gi] || pred_used[pi] {
            continue;
        }
        gold_used[gi] = true;
        pred_used[pi] = true;
        let (g, p) = (gold[gi], pred[pi]);
        let counts = report
            .by_label
            .entry((g.kind, g.label.clone()))
            .or_default();
        counts.relaxed += 1;
        let strict = g.start == p.start && g.end == p.end;
        if strict {
            counts.strict += 1;
        }
        let agrees = g.attribute.agrees(&p.attribute);
        if agrees {
            counts.attribute += 1;
        }
        let exact = g.attribute.agrees_exactly(&p.attribute);
        if exact {
            counts.exact_attribute += 1;
        }
        if !strict || !exact {
            report.differences.push(Difference {
                doc_id: id.to_string(),
                kind: if !agrees {
                    "ATTR"
                } else if strict {
                    "XATTR"
                } else {
                    "SPAN"
                },
                gold: Some(g.clone()),
                predicted: Some(p.clone()),
            });
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if !gold_used[gi] {
            report.differences.push(Difference {
                doc_id: id.to_string(),
                kind: "MISS",
                gold: Some((*g).clone()),
                predicted: None,
            });
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if !pred_used[pi] {
            report.differences.push(Difference {
                doc_id: id.to_string(),
                kind: "FALSE",
                gold: None,
                predicted: Some((*p).clone()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(label: &str, start: usize, end: usize, value: &str) -> EvalAnnotation {
        EvalAnnotation {
            kind: AnnotationType::Date,
            label: label.into(),
            start,
            end,
            text: String::new(),
            attribute: Attribute::Date(Some(value.into())),
        }
    }

    fn doc(anns: Vec<EvalAnnotation>) -> EvalDocument {
        EvalDocument {
            id: "d".into(),
            path: None,
            annotations: anns,
        }
    }

    #[test]
    fn strict_relaxed_and_attribute_counts() {
        let gold = doc(vec![
            ann("DATE", 0, 10, "2024-11"),
            ann("DATE", 20, 25, "2019"),
            ann("DATE", 40, 45, "P5Y"),
        ]);
        let pred = doc(vec![
            ann("DATE", 0, 10, "2024-11"),
            ann("DATE", 21, 25, "2018"),
            ann("DATE", 60, 65, "2020"),
        ]);
        let report = score(&[gold], &[pred], &[AnnotationType::Date]);
        let c = report.for_type(AnnotationType::Date);
        assert_eq!(
            c,
            Counts {
                gold: 3,
                predicted: 3,
                strict: 1,
                relaxed: 2,
                attribute: 1,
                exact_attribute: 1,
            }
        );
        assert!((c.relaxed_f1() - 2.0 / 3.0).abs() < 1e-9);
        let kinds: Vec<_> = report.differences.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, ["ATTR", "MISS", "FALSE"]);
    }

    #[test]
    fn a_wider_speaker_agrees_but_not_exactly() {
        let quote = |speaker: Option<(usize, usize)>| EvalAnnotation {
            kind: AnnotationType::Quote,
            label: "QUOTE".into(),
            start: 40,
            end: 60,
            text: String::new(),
            attribute: Attribute::Quote(speaker, None),
        };
        let gold = doc(vec![quote(Some((17, 28))), quote(None)]);
        // "Foreign Secretary Jeremy Hunt" (0..28) for gold "Jeremy Hunt" (17..28).
        let pred = doc(vec![quote(Some((0, 28))), quote(None)]);
        let report = score(&[gold], &[pred], &[AnnotationType::Quote]);
        let c = report.for_type(AnnotationType::Quote);
        assert_eq!((c.relaxed, c.attribute, c.exact_attribute), (2, 2, 1));
        assert!((c.exact_attribute_accuracy() - 0.5).abs() < 1e-9);
        let kinds: Vec<_> = report.differences.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, ["XATTR"]);
    }

    #[test]
    fn one_prediction_matches_one_gold_only() {
        let gold = doc(vec![ann("DATE", 0, 5, "x"), ann("DATE", 6, 10, "y")]);
        let pred = doc(vec![ann("DATE", 0, 10, "x")]);
        let c = score(&[gold], &[pred], &[AnnotationType::Date]).for_type(AnnotationType::Date);
        assert_eq!((c.relaxed, c.gold, c.predicted), (1, 2, 1));
    }

    #[test]
    fn a_gold_entity_without_id_accepts_any_predicted_id() {
        let entity = |id: Option<&str>| Attribute::Entity(id.map(str::to_string));
        assert!(entity(None).agrees(&entity(Some("Q843"))));
        assert!(entity(Some("Q843")).agrees(&entity(Some("Q843"))));
        assert!(!entity(Some("Q843")).agrees(&entity(Some("Q668"))));
        assert!(!entity(Some("Q843")).agrees(&entity(None)));
    }

    #[test]
    fn gold_file_errors_name_the_line() {
        let err = parse_documents("{\"id\":\"a\",\"annotations\":[]}\nnot json\n", "g.jsonl")
            .unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl line 2:"), "{err}");
    }
}
