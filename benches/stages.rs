//! Per-stage micro-benchmarks on a fixed in-repo haystack (the seeds, shuffled to ~1 MB):
//! segmentation, each extractor alone, the whole pipeline, and JSON writing.
//!
//! Run: `cargo bench --bench stages`. Throughput is reported in decimal megabytes per second
//! (MB/s, 10^6 bytes: the unit of the issues' targets); figures before 2026-12-04 in
//! docs/PERFORMANCE.md are MiB/s (× 1.049 for MB/s).

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use sitrep::casualties::aggregate::{document_total_with, Aggregation};
use sitrep::extract::{Context, Extractor, Options};
use sitrep::gazetteer::EntityExtractor;
use sitrep::output::{write_document, Emit, Format};
use sitrep::segment::Segmentation;
use sitrep::{AnnotationType, Document, Pipeline};

#[path = "support/corpus.rs"]
mod corpus;

// The allocator the `sitrep` binary uses (src/main.rs), so stage figures match the CLI's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn haystack() -> String {
    corpus::documents(Path::new(env!("CARGO_MANIFEST_DIR")), 1 << 20).join("\n\n")
}

fn stages(c: &mut Criterion) {
    let text = haystack();
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.sample_size(10);
    group.bench_function("segment", |b| {
        b.iter(|| Segmentation::new(black_box(&text)))
    });
    group.bench_function("offset_index", |b| {
        b.iter(|| Document::from_text("h", black_box(text.clone())))
    });
    let sizes = [
        ("entity", vec![AnnotationType::Entity]),
        ("date", vec![AnnotationType::Date]),
        ("casualty", vec![AnnotationType::Casualty]),
        ("quote", vec![AnnotationType::Quote]),
        ("all", AnnotationType::ALL.to_vec()),
    ];
    for (name, types) in sizes {
        // One chunk, one thread: the stage's own speed.
        let pipeline = Pipeline::builder()
            .only(&types)
            .split_bytes(usize::MAX)
            .build()
            .expect("pipeline builds");
        let doc = Document::from_text("h", text.clone());
        group.bench_function(name, |b| {
            b.iter(|| pipeline.annotate(black_box(doc.clone())))
        });
    }
    let pipeline = Pipeline::builder().build().expect("pipeline builds");
    let annotated = pipeline.annotate(Document::from_text("h", text.clone()));
    let mut buf = Vec::new();
    group.bench_function("json_write", |b| {
        b.iter(|| {
            buf.clear();
            write_document(
                black_box(&annotated),
                Format::Docs,
                Emit::default(),
                &mut buf,
            );
        })
    });
    group.finish();
    quote_marks(c, &text);
    let mut startup = c.benchmark_group("startup");
    startup.sample_size(10);
    startup.bench_function("build_pipeline", |b| {
        b.iter(|| Pipeline::builder().build().expect("pipeline builds"))
    });
    // Loading and compiling all bundled gazetteers (target: under 150 ms).
    startup.bench_function("gazetteer", |b| {
        b.iter(|| sitrep::gazetteer::EntityExtractor::new(&[]).expect("gazetteers compile"))
    });
    startup.finish();
}

/// The quotation pass alone (marks, pairing, attribution; segmentation done beforehand) on
/// normal news and on 5 MB and 50 MB of unbalanced quotation marks, which must stay linear (the
/// same MB/s at both sizes): one long paragraph of opening marks that never close, and the same
/// split into many paragraphs.
fn quote_marks(c: &mut Criterion, news: &str) {
    let unit = "He said “the plan ‘will fail and \"nobody” « listens ’ to ' them \" says “ X. ";
    let mut texts = vec![("news".to_string(), news.to_string())];
    for mb in [5, 50] {
        texts.push((
            format!("unbalanced_one_block_{mb}mb"),
            unit.repeat((mb << 20) / unit.len()),
        ));
        texts.push((
            format!("unbalanced_paragraphs_{mb}mb"),
            format!("{unit}\n\n").repeat((mb << 20) / (unit.len() + 2)),
        ));
    }
    let mut group = c.benchmark_group("quotes");
    group.sample_size(10);
    for (name, text) in &texts {
        let seg = Segmentation::new(text);
        group.throughput(Throughput::BytesDecimal(text.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| sitrep::quotes::find(black_box(text), &seg.paragraphs, &seg.sentences))
        });
    }
    group.finish();
}

/// The casualty pass where nearly every sentence holds a trigger: the hard-case fixture texts
/// repeated to ~1 MB (the seed haystack has few, so `stage/casualty` mostly measures the
/// prefilter).
fn casualty_dense(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hard/casualty.jsonl");
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        eprintln!("{} missing, casualty_dense skipped", path.display());
        return;
    };
    let texts: Vec<String> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let mut text = String::new();
    while text.len() < 1 << 20 && !texts.is_empty() {
        for t in &texts {
            text.push_str(t);
            text.push_str("\n\n");
        }
    }
    let pipeline = Pipeline::builder()
        .only(&[AnnotationType::Casualty])
        .split_bytes(usize::MAX)
        .build()
        .expect("pipeline builds");
    let doc = Document::from_text("dense", text.clone());
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.sample_size(10);
    group.bench_function("casualty_dense", |b| {
        b.iter(|| pipeline.annotate(black_box(doc.clone())))
    });
    group.bench_function("segment_dense", |b| {
        b.iter(|| Segmentation::new(black_box(&text)))
    });
    group.finish();

    // One sentence of repeated triggers, 200 and 4,000 units: the time per byte must stay flat
    // (linear), where a quadratic scan would take 20× longer per byte on the long run.
    let mut run = c.benchmark_group("casualty_run");
    run.sample_size(10);
    for units in [200, 4_000] {
        let text =
            "militants killed 12 soldiers and injured 3, five were wounded, no one was hurt, "
                .repeat(units);
        let doc = Document::from_text("run", text.clone());
        run.throughput(Throughput::BytesDecimal(text.len() as u64));
        run.bench_function(format!("{units}_units"), |b| {
            b.iter(|| pipeline.annotate(black_box(doc.clone())))
        });
        // The document-level figure over the same run of statements (restatements, cues in
        // the sentence around each statement): linear as well.
        let annotated = pipeline.annotate(doc.clone());
        run.bench_function(format!("{units}_units_aggregate"), |b| {
            b.iter(|| {
                document_total_with(
                    black_box(&annotated.doc),
                    black_box(&annotated.annotations),
                    "KILLED",
                    Aggregation::events(),
                )
            })
        });
    }
    run.finish();
}

/// The entity pass alone on real news rather than the seeds: the first ~1 MB of each corpus in
/// `../shared/data/corpora/` (Reuters-21578, BBC News, MUC-4), document by document as a run
/// does, one thread, the extractor called directly (no document-date search, no clone; the
/// output vector reused). Skipped with a message when the corpora are absent (a clone without
/// `../shared`).
fn entity_news(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corpora");
    let extractor = EntityExtractor::new(&[]).expect("gazetteers compile");
    let (segments, options) = (Segmentation::default(), Options::default());
    let mut group = c.benchmark_group("entity_news");
    group.sample_size(10);
    for name in ["reuters21578", "bbc", "muc4"] {
        let path = dir.join(format!("{name}.jsonl"));
        let Ok(jsonl) = std::fs::read_to_string(&path) else {
            eprintln!("entity_news/{name}: skipped, {} not found", path.display());
            continue;
        };
        let mut docs = Vec::new();
        let mut bytes = 0;
        for text in jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
        {
            if bytes >= 1 << 20 {
                break;
            }
            bytes += text.len();
            docs.push(Document::from_text(docs.len().to_string(), text));
        }
        group.throughput(Throughput::BytesDecimal(bytes as u64));
        let mut out = Vec::new();
        group.bench_function(name, |b| {
            b.iter(|| {
                for doc in &docs {
                    out.clear();
                    let cx = Context {
                        doc,
                        segments: &segments,
                        options: &options,
                    };
                    extractor.extract(black_box(&cx), &mut out);
                }
            })
        });
        // The same text as one document: per-document costs against the text's own.
        let joined = Document::from_text(
            "joined",
            docs.iter()
                .map(|d| d.text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n"),
        );
        group.bench_function(format!("{name}_joined"), |b| {
            b.iter(|| {
                out.clear();
                let cx = Context {
                    doc: &joined,
                    segments: &segments,
                    options: &options,
                };
                extractor.extract(black_box(&cx), &mut out);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, stages, casualty_dense, entity_news);
criterion_main!(benches);
