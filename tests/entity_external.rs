//! The entity extractor over the real news corpora in `../shared/data/corpora/` (BBC 2004–05,
//! Reuters-21578, MUC-4 — mostly ALL UPPER CASE): every span slices the input exactly, nothing
//! panics, and the per-label counts and the throughput are printed. No gold exists for these
//! corpora; this is a robustness and speed check.
//!
//! Run: `cargo test --release --test entity_external -- --nocapture`. Skipped with a message
//! when the corpora are absent.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use sitrep::{AnnotationType, Detail, Document, Pipeline};

fn corpora() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corpora")
}

#[test]
fn entity_pass_over_news_corpora() {
    let dir = corpora();
    let files = ["bbc.jsonl", "reuters21578.jsonl", "muc4.jsonl"];
    if !files.iter().all(|f| dir.join(f).exists()) {
        eprintln!(
            "entity_external: corpora not found in {}, skipped",
            dir.display()
        );
        return;
    }
    let started = Instant::now();
    let pipeline = Pipeline::builder()
        .only(&[AnnotationType::Entity])
        .build()
        .expect("pipeline builds");
    eprintln!(
        "start-up (load + compile gazetteers): {:?}",
        started.elapsed()
    );
    // The same pipeline with no extractor: segmentation, document date, resolve.
    let bare = Pipeline::builder()
        .only(&[])
        .build()
        .expect("pipeline builds");
    for file in files {
        let text = std::fs::read_to_string(dir.join(file)).expect("corpus readable");
        let docs: Vec<Document> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                Some(Document::from_text(
                    v.get("id")?.as_str()?.to_string(),
                    v.get("text")?.as_str()?.to_string(),
                ))
            })
            .collect();
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let t = Instant::now();
        for doc in &docs {
            let _ = bare.annotate(doc.clone());
        }
        let base = t.elapsed().as_secs_f64();
        let mut labels: BTreeMap<String, usize> = BTreeMap::new();
        let mut forms: BTreeMap<&'static str, usize> = BTreeMap::new();
        let t = Instant::now();
        for doc in docs {
            let annotated = pipeline.annotate(doc);
            for a in &annotated.annotations {
                assert_eq!(
                    annotated.doc.slice(a.span).chars().count(),
                    a.span.end - a.span.start,
                    "{}: span {:?}",
                    annotated.doc.id,
                    a.span
                );
                *labels.entry(a.label.to_string()).or_default() += 1;
                if let Detail::Entity(link) = &a.detail {
                    *forms.entry(link.form.as_str()).or_default() += 1;
                }
            }
        }
        let secs = t.elapsed().as_secs_f64();
        eprintln!(
            "{file}: {:.1} MB in {secs:.2} s ({:.1} MB/s, one thread, whole pipeline with only \
             entities; the entity pass alone {:.1} MB/s); {labels:?}; forms {forms:?}",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs,
            bytes as f64 / 1e6 / (secs - base).max(1e-9)
        );
    }
}
