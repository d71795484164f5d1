//! PolNeAR quotations (US political news, brat attribution annotation converted to JSONL in
//! `../shared/data/polnear-quotes/`), scored the way the data README reports textacy:
//! exact-match quote span F1 over direct quotations, over all quotations, and quote + speaker
//! F1 (exact quote span and a speaker span overlapping the gold speaker, or both absent).
//!
//! Run: `cargo test --release --test quote_external -- --nocapture`
//! `SITREP_POLNEAR_SPLIT=train` scores the training split (tune there, report dev);
//! `SITREP_POLNEAR_ERRORS=path` writes every miss, false positive and wrong speaker there.
//! Skips when the data is absent.
//!
//! A predicted quotation counts as direct when its content opens like a sentence (an upper-case
//! letter) or the opening mark starts its line or follows a colon: PolNeAR's `direct` is a whole
//! utterance in marks, `partial` a fragment woven into the reporter's sentence.

mod common;

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::Value;
use sitrep::{AnnotationType, Detail, Document, Pipeline};

#[derive(Clone, Debug)]
struct Q {
    start: usize,
    end: usize,
    direct: bool,
    speaker: Option<(usize, usize)>,
    rule: String,
}

#[derive(Default)]
struct Score {
    gold: usize,
    predicted: usize,
    matched: usize,
}

impl Score {
    fn f1(&self) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            self.matched as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.matched as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

fn span(v: &Value) -> Option<(usize, usize)> {
    Some((
        v.get("start")?.as_u64()? as usize,
        v.get("end")?.as_u64()? as usize,
    ))
}

fn predicted_direct(chars: &[char], start: usize, content_start: usize) -> bool {
    if chars.get(content_start).is_some_and(|c| c.is_uppercase()) {
        return true;
    }
    let mut i = start;
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    i == 0 || matches!(chars[i - 1], '\n' | ':')
}

/// The paragraphs of a quotation (char offsets): sitrep annotates a quotation that continues
/// into the next paragraph as one, PolNeAR as one per paragraph, the first ones ending at their
/// paragraph's end without a closing mark. Split where a line break is followed by an opening
/// double mark (or two apostrophes, the NYT's '').
fn paragraphs_of(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut piece = start;
    let mut i = start;
    while i < end.min(chars.len()) {
        if chars[i] == '\n' {
            let mut j = i;
            while j < end && chars[j].is_whitespace() {
                j += 1;
            }
            let opens = j < end
                && (matches!(chars[j], '“' | '"' | '«' | '„')
                    || (chars[j] == '\'' && chars.get(j + 1) == Some(&'\'')));
            if opens {
                let mut e = i;
                while e > piece && chars[e - 1].is_whitespace() {
                    e -= 1;
                }
                out.push((piece, e));
                piece = j;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out.push((piece, end));
    out
}

fn overlaps(a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.0 < b.1 && b.0 < a.1,
        _ => false,
    }
}

#[test]
fn polnear_quotes() {
    let split = std::env::var("SITREP_POLNEAR_SPLIT").unwrap_or_else(|_| "dev".into());
    let relative = format!("polnear-quotes/gold_{split}.jsonl");
    let Some(data) = common::shared_data("quote_external", &relative) else {
        return;
    };
    let pipeline = Pipeline::builder()
        .only(&[AnnotationType::Quote])
        .build()
        .expect("pipeline builds");
    let (mut direct, mut all, mut with_speaker) =
        (Score::default(), Score::default(), Score::default());
    let mut errors = String::new();
    let mut bytes = 0usize;
    let started = std::time::Instant::now();
    let mut docs = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("PolNeAR line is JSON");
        let id = v["doc_id"].as_str().unwrap_or("").to_string();
        let text = v["text"].as_str().unwrap_or("").to_string();
        let chars: Vec<char> = text.chars().collect();
        let gold: Vec<Q> = v["quotes"]
            .as_array()
            .map(|qs| {
                qs.iter()
                    .filter_map(|q| {
                        let (start, end) = span(q)?;
                        Some(Q {
                            start,
                            end,
                            direct: q["kind"].as_str() == Some("direct"),
                            speaker: q.get("speaker").and_then(span),
                            rule: String::new(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        bytes += text.len();
        docs += 1;
        let annotated = pipeline.annotate(Document::from_text(id.clone(), text));
        let predicted: Vec<Q> = annotated
            .annotations
            .iter()
            .flat_map(|a| match &a.detail {
                Detail::Quote {
                    content, speaker, ..
                } => paragraphs_of(&chars, a.span.start, a.span.end)
                    .into_iter()
                    .map(|(start, end)| Q {
                        start,
                        end,
                        direct: if start == a.span.start {
                            predicted_direct(&chars, a.span.start, content.start)
                        } else {
                            predicted_direct(&chars, start, start + 1)
                        },
                        speaker: speaker.as_ref().map(|s| (s.span.start, s.span.end)),
                        rule: a.rule.clone(),
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let by_span: HashMap<(usize, usize), &Q> =
            predicted.iter().map(|q| ((q.start, q.end), q)).collect();
        let gold_spans: HashMap<(usize, usize), &Q> =
            gold.iter().map(|q| ((q.start, q.end), q)).collect();
        all.gold += gold.len();
        all.predicted += predicted.len();
        with_speaker.gold += gold.len();
        with_speaker.predicted += predicted.len();
        direct.gold += gold.iter().filter(|q| q.direct).count();
        direct.predicted += predicted.iter().filter(|q| q.direct).count();
        let snippet = |s: usize, e: usize| -> String {
            chars[s.min(chars.len())..e.min(chars.len()).min(s + 90)]
                .iter()
                .collect::<String>()
                .replace('\n', "⏎")
        };
        for g in &gold {
            match by_span.get(&(g.start, g.end)) {
                Some(p) => {
                    all.matched += 1;
                    if g.direct && p.direct {
                        direct.matched += 1;
                    }
                    if overlaps(g.speaker, p.speaker) {
                        with_speaker.matched += 1;
                    } else {
                        let show = |s: Option<(usize, usize)>| {
                            s.map_or("-".to_string(), |(a, b)| snippet(a, b))
                        };
                        let _ = writeln!(
                            errors,
                            "{id} SPEAKER {:?} gold={:?} pred={:?} {}\n    {:?}",
                            snippet(g.start, g.end),
                            show(g.speaker),
                            show(p.speaker),
                            p.rule,
                            snippet(g.start.saturating_sub(120), g.end + 120)
                        );
                    }
                }
                None => {
                    let _ = writeln!(
                        errors,
                        "{id} MISS {} {:?}",
                        if g.direct { "direct" } else { "partial" },
                        snippet(g.start.saturating_sub(40), g.end + 20)
                    );
                }
            }
        }
        for p in &predicted {
            if !gold_spans.contains_key(&(p.start, p.end)) {
                let _ = writeln!(
                    errors,
                    "{id} FALSE {:?}",
                    snippet(p.start.saturating_sub(40), p.end + 20)
                );
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    if let Ok(out) = std::env::var("SITREP_POLNEAR_ERRORS") {
        std::fs::write(&out, &errors).expect("errors written");
    }
    println!("PolNeAR {split}: {docs} documents, exact-match quotation spans");
    println!(
        "{:<28} {:>6} {:>6} {:>6} | {:>7} {:>7} {:>7} | textacy  goal",
        "", "gold", "pred", "match", "P", "R", "F1"
    );
    for (name, score, textacy, goal) in [
        ("direct quotes", &direct, 0.861, 0.95),
        ("all quotes", &all, 0.806, 0.90),
        ("quote + speaker", &with_speaker, 0.727, 0.85),
    ] {
        let (p, r, f) = score.f1();
        println!(
            "{name:<28} {:>6} {:>6} {:>6} | {p:>7.3} {r:>7.3} {f:>7.3} | {textacy:>7.3} {goal:>5.2}",
            score.gold, score.predicted, score.matched
        );
    }
    println!(
        "speaker accuracy on matched quotes: {:.3}; {:.1} MB/s (debug builds are slower)",
        with_speaker.matched as f64 / all.matched.max(1) as f64,
        bytes as f64 / 1e6 / secs
    );
    assert!(all.gold > 0, "PolNeAR file has no quotes");
}
