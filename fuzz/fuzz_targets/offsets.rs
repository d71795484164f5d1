//! Fuzz target: arbitrary bytes through the whole pipeline and the JSON writer. Must never
//! panic, and every span must slice the input exactly in code points and bytes.
//!
//! `cargo install cargo-fuzz`, then from the repository root:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run offsets -- -max_total_time=300` (cargo-fuzz needs nightly
//! flags; RUSTC_BOOTSTRAP lets the stable toolchain accept them).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sitrep::output::{write_document, Emit, Format};
use sitrep::Pipeline;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    // Small chunks so the stitching of split documents is fuzzed too.
    PIPELINE.get_or_init(|| Pipeline::builder().split_bytes(256).build().expect("pipeline"))
}

fn check(value: &serde_json::Value, text: &str, chars: &[char]) {
    match value {
        serde_json::Value::Object(map) => {
            let get = |k: &str| map.get(k).and_then(|v| v.as_u64()).map(|n| n as usize);
            if let (Some(s), Some(e), Some(bs), Some(be)) =
                (get("start"), get("end"), get("byte_start"), get("byte_end"))
            {
                let by_chars: String = chars[s..e].iter().collect();
                assert_eq!(Some(by_chars.as_str()), text.get(bs..be));
                if let Some(t) = map.get("text").and_then(|v| v.as_str()) {
                    assert_eq!(t, by_chars);
                }
            }
            for (k, v) in map {
                if k != "meta" {
                    check(v, text, chars);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| check(v, text, chars)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let doc = sitrep::input::from_bytes("fuzz".into(), Default::default(), data.to_vec());
    let text = doc.text.clone();
    let annotated = pipeline().annotate(doc);
    let mut buf = Vec::new();
    let emit = Emit { paragraphs: true, sentences: true, tokens: true };
    write_document(&annotated, Format::Docs, emit, &mut buf);
    let value: serde_json::Value = serde_json::from_slice(&buf).expect("output is JSON");
    let chars: Vec<char> = text.chars().collect();
    check(&value, &text, &chars);
});
