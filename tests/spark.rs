//! Opt-in: runs sitrep under Apache Spark (`rdd.pipe`, local mode, 2 partitions) through
//! `scripts/spark_pipe.py` and checks that every document comes back exactly once with offsets
//! that slice correctly in Python.
//!
//! `RUN_SPARK_TESTS=1 cargo test --release --test spark` (needs `pip install pyspark` and Java
//! 17). Skipped otherwise.

use std::io::Write;
use std::process::Command;

#[test]
fn spark_pipe_returns_every_document_once_with_exact_offsets() {
    if std::env::var_os("RUN_SPARK_TESTS").is_none() {
        eprintln!("skipped: set RUN_SPARK_TESTS=1 to run the Spark integration test");
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("docs.jsonl");
    let mut file = std::fs::File::create(&input).expect("input file");
    let mut seeds: Vec<String> = std::fs::read_dir(format!("{root}/seeds"))
        .expect("seeds")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("seed text"))
        .collect();
    seeds.sort();
    let paragraphs: Vec<&str> = seeds
        .iter()
        .flat_map(|s| s.split("\n\n"))
        .filter(|p| !p.trim().is_empty())
        .collect();
    for i in 0..300 {
        let text: Vec<&str> = (0..4)
            .map(|k| paragraphs[(i * 7 + k * 13) % paragraphs.len()])
            .collect();
        let record = serde_json::json!({"id": format!("doc-{i:03}"), "text": text.join("\n\n"), "date": "2024-11-21", "batch": i % 3});
        writeln!(file, "{record}").expect("record written");
    }
    writeln!(file, "{{\"id\": \"broken\"}}").expect("malformed record written");
    drop(file);
    let status = Command::new("python3")
        .arg(format!("{root}/scripts/spark_pipe.py"))
        .args([
            "--binary",
            env!("CARGO_BIN_EXE_sitrep"),
            "--partitions",
            "2",
            "--check",
        ])
        .arg("--input")
        .arg(&input)
        .arg("--output")
        .arg(dir.path().join("out"))
        .status()
        .expect("python3 runs");
    assert!(status.success(), "spark job failed: {status}");
}
