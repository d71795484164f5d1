//! Offsets are sacred: on arbitrary Unicode, every span in the output (annotations and their
//! nested speaker, victims, content and cue spans, the document date, segments) slices the input
//! to exactly its `text`, in code points and in bytes.

mod common;

use std::sync::OnceLock;

use proptest::prelude::*;
use sitrep::output::{write_document, Emit, Format};
use sitrep::{Document, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::builder().build().expect("pipeline builds"))
}

/// Pieces that trigger every extractor, mixed with hostile Unicode.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Pakistan’s".to_string()),
        Just("President Kassym-Jomart Tokayev".to_string()),
        Just(" said ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("killed two Chinese engineers".to_string()),
        Just("at least 21 were wounded".to_string()),
        Just(" on 15th August 2021".to_string()),
        Just("last Thursday".to_string()),
        Just(" date 2024-11-21 ".to_string()),
        Just("11.06.2024".to_string()),
        Just("TTP".to_string()),
        Just("U.S.".to_string()),
        Just("افغانستان آزاد".to_string()),
        Just("e\u{301}\u{302}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("\u{200d}\u{200b}\u{feff}".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just(" \u{2014} ".to_string()),
        Just("\u{2013}".to_string()),
        Just(" by Tuesday".to_string()),
        Just(" had been ".to_string()),
        Just("(".to_string()),
        Just("\u{a0}".to_string()),
        "[a-zA-Z ]{1,12}",
        "[0-9]{1,4}",
        any::<char>().prop_map(|c| c.to_string()),
        "\\PC{1,6}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|parts| parts.concat())
}

/// A pipeline that splits anything over 64 bytes into paragraph chunks, to exercise stitching.
fn chunking_pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::builder()
            .split_bytes(64)
            .build()
            .expect("pipeline builds")
    })
}

fn check(text: &str) {
    check_with(pipeline(), text);
    check_with(chunking_pipeline(), text);
}

fn check_with(pipeline: &Pipeline, text: &str) {
    let annotated = pipeline.annotate(Document::from_text("p", text));
    // An extractor that panics is contained by the pipeline; here it is a failure.
    assert!(
        annotated.doc.errors.is_empty(),
        "{:?} on {text:?}",
        annotated.doc.errors
    );
    let emit = Emit {
        paragraphs: true,
        sentences: true,
        tokens: true,
    };
    let mut buf = Vec::new();
    write_document(&annotated, Format::Docs, emit, &mut buf);
    let value: serde_json::Value = serde_json::from_slice(&buf).expect("output is JSON");
    common::assert_spans_exact(&value, text);
    // Annotation ids follow start order.
    let starts: Vec<u64> = value["annotations"]
        .as_array()
        .expect("annotations")
        .iter()
        .map(|a| a["start"].as_u64().expect("start"))
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "annotations sorted by start"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn every_span_slices_the_input_exactly(text in text()) {
        check(&text);
    }
}

#[test]
fn seed_articles_slice_exactly() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).expect("seeds") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("seed is UTF-8");
        check(&text);
    }
}

/// Every fixture text (seeds and all annotated sets), once as written and once with its ASCII
/// punctuation and spaces swapped for multi-byte look-alikes: rules that cut text at a
/// punctuation mark must cut on a character boundary whatever the mark's width.
#[test]
fn fixture_texts_with_wide_punctuation_slice_exactly() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts = Vec::new();
    for set in [
        "hard", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
        "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
        "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23",
        "blind24", "blind25",
    ] {
        let Ok(folder) = std::fs::read_dir(format!("{root}/{set}")) else {
            continue;
        };
        for entry in folder {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "jsonl") {
                let lines = std::fs::read_to_string(&path).expect("fixture is UTF-8");
                for line in lines.lines().filter(|l| !l.trim().is_empty()) {
                    let record: serde_json::Value = serde_json::from_str(line).expect("JSONL");
                    texts.push(record["text"].as_str().expect("text").to_string());
                }
            }
        }
    }
    assert!(texts.len() > 100, "fixture texts found: {}", texts.len());
    let wide = [
        (",", "\u{2014}"),
        ("-", "\u{2013}"),
        ("'", "\u{2019}"),
        ("\"", "\u{201d}"),
        (" ", "\u{a0}"),
        (".", "\u{2026}"),
        (":", "\u{ff1a}"),
    ];
    for text in &texts {
        check_with(pipeline(), text);
        for (ascii, wide) in wide {
            check_with(pipeline(), &text.replace(ascii, wide));
        }
    }
}
