//! The command line over every input and output form, and every kind of bad input.

mod common;

use std::fs;
use std::path::Path;

use common::{assert_spans_exact, lines, sitrep, stderr};
use serde_json::Value;

fn seeds() -> String {
    format!("{}/seeds", env!("CARGO_MANIFEST_DIR"))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("fixture written");
    path.display().to_string()
}

#[test]
fn seeds_give_one_line_per_document_in_sorted_order() {
    let out = sitrep(&["extract", "-q", &seeds()], b"", None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "000_dcf2858d189c84c4",
            "001_80f7c56b2de9dad4",
            "002_d4b2cb9f58cdb83d",
            "003_d3bec18e1f6cf680",
            "004_a5b27a2b9793a65e"
        ]
    );
    for doc in &docs {
        assert_eq!(doc["schema"], "sitrep/1");
        let path = doc["source"]["path"].as_str().unwrap();
        let bytes = fs::read(path).unwrap();
        assert_eq!(doc["source"]["bytes"], bytes.len());
        assert_eq!(doc["source"]["sha256"], sitrep::model::sha256_hex(&bytes));
        assert_spans_exact(doc, std::str::from_utf8(&bytes).unwrap());
    }
    // Header and byline dates are the document dates.
    assert_eq!(docs[1]["date"]["value"], "2024-11-21");
    assert_eq!(docs[1]["date"]["from"], "text");
    assert_eq!(docs[4]["date"]["value"], "2024-06-11");
    assert_eq!(docs[0]["date"]["from"], "none");
}

#[test]
fn summary_line_goes_to_stderr_and_quiet_silences_it() {
    let out = sitrep(&["extract", &seeds()], b"", None);
    let err = stderr(&out);
    assert!(
        err.contains("5 documents") && err.contains("0 with errors"),
        "{err}"
    );
    let quiet = sitrep(&["extract", "-q", &seeds()], b"", None);
    assert!(quiet.stderr.is_empty());
    assert_eq!(out.stdout, quiet.stdout);
}

#[test]
fn stdin_is_one_document_named_stdin() {
    let out = sitrep(
        &["extract", "-q", "-"],
        "Talks in Doha’s hotel.".as_bytes(),
        None,
    );
    assert!(out.status.success());
    let docs = lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "stdin");
    assert_eq!(docs[0]["source"]["path"], Value::Null);
    assert_eq!(docs[0]["source"]["bytes"], 24);
}

#[test]
fn jsonl_records_keep_order_ids_dates_and_meta() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"First.\",\"date\":\"2024-01-05\",\"outlet\":\"VOA\"}\n",
        "\n",
        "{\"id\":7,\"text\":\"Second.\"}\n",
        "{\"text\":\"No id.\",\"date\":\"05/01/2024\"}\n",
    );
    let out = sitrep(
        &["extract", "-q", "--input", "jsonl", "-"],
        input.as_bytes(),
        None,
    );
    let docs = lines(&out);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "7", "-:4"]);
    assert_eq!(
        docs[0]["date"],
        serde_json::json!({"value": "2024-01-05", "from": "input"})
    );
    assert_eq!(docs[0]["meta"], serde_json::json!({"outlet": "VOA"}));
    assert_eq!(docs[0]["source"]["line"], 1);
    assert!(docs[1].get("meta").is_none());
    assert_eq!(docs[2]["errors"][0]["kind"], "bad_date");
    // A bad date is an error: exit 1 unless --keep-going.
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn malformed_jsonl_lines_get_error_records_naming_the_line_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "batch.jsonl",
        b"{\"id\":\"ok1\",\"text\":\"Fine.\"}\n{not json\n{\"id\":\"x\"}\n[1,2]\n{\"id\":\"ok2\",\"text\":\"Fine too.\"}\n",
    );
    let out = sitrep(&["extract", "-q", "--input", "jsonl", &file], b"", None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs.len(), 5, "one output line per input line");
    assert_eq!(docs[0]["errors"], serde_json::json!([]));
    for (doc, line) in docs[1..4].iter().zip([2, 3, 4]) {
        assert_eq!(doc["errors"][0]["kind"], "malformed_jsonl");
        let message = doc["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(&format!("line {line}:")), "{message}");
        assert_eq!(doc["annotations"], serde_json::json!([]));
    }
    assert_eq!(docs[4]["id"], "ok2");
    let kept = sitrep(
        &["extract", "-q", "--keep-going", "--input", "jsonl", &file],
        b"",
        None,
    );
    assert_eq!(kept.status.code(), Some(0));
    assert_eq!(kept.stdout, out.stdout);
}

#[test]
fn bad_files_get_error_records_and_a_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a_invalid.txt", b"Pakistan caf\xe9 2024");
    write(dir.path(), "b_binary.txt", b"\x7fELF\x00\x01\x02");
    write(dir.path(), "c_empty.txt", b"");
    write(
        dir.path(),
        "d_bom.txt",
        "\u{feff}Kabul, 2024-11-21.".as_bytes(),
    );
    write(dir.path(), "e_crlf.txt", b"Line one.\r\n\r\nLine two.\r\n");
    std::os::unix::fs::symlink(
        dir.path().join("nowhere.txt"),
        dir.path().join("f_broken.txt"),
    )
    .unwrap();
    let out = sitrep(
        &["extract", "-q", &dir.path().display().to_string()],
        b"",
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    let kinds: Vec<(String, Value)> = docs
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["errors"]
                    .get(0)
                    .map(|e| e["kind"].clone())
                    .unwrap_or(Value::Null),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("a_invalid".into(), "invalid_utf8".into()),
            ("b_binary".into(), "binary".into()),
            ("c_empty".into(), Value::Null),
            ("d_bom".into(), Value::Null),
            ("e_crlf".into(), Value::Null),
            ("f_broken".into(), "unreadable".into()),
        ]
    );
    assert!(docs[0]["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("byte 12"));
    // The BOM is part of the input as given: offsets count it.
    let bom_text = "\u{feff}Kabul, 2024-11-21.";
    assert_spans_exact(&docs[3], bom_text);
    assert_spans_exact(&docs[4], "Line one.\r\n\r\nLine two.\r\n");
    let err = stderr(&sitrep(
        &["extract", &dir.path().display().to_string()],
        b"",
        None,
    ));
    assert!(err.contains("3 with errors"), "{err}");
}

#[test]
fn documents_over_the_size_limit_are_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(dir.path(), "big.txt", &vec![b'a'; 2 << 20]);
    let out = sitrep(&["extract", "-q", "--max-doc-mb", "1", &big], b"", None);
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs[0]["errors"][0]["kind"], "too_large");
    assert_eq!(docs[0]["source"]["bytes"], 2 << 20);
}

#[test]
fn missing_paths_fail_before_any_output_naming_the_path() {
    let out = sitrep(&["extract", &seeds(), "no/such/dir"], b"", None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("no/such/dir") && err.matches("No such file").count() == 1,
        "{err}"
    );
}

#[test]
fn usage_errors_are_clear() {
    let out = sitrep(&["extract", "--only", "dates", &seeds()], b"", None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown type \"dates\""));
    let out = sitrep(
        &["extract", "--doc-date", "21/11/2024", &seeds()],
        b"",
        None,
    );
    assert!(stderr(&out).contains("--doc-date \"21/11/2024\" is not YYYY-MM-DD"));
    let out = sitrep(&["extract", "--shard", "3/3", &seeds()], b"", None);
    assert!(stderr(&out).contains("--shard \"3/3\""));
}

#[test]
fn doc_date_flag_overrides_the_text_date() {
    let out = sitrep(
        &["extract", "-q", "--doc-date", "2020-02-29", &seeds()],
        b"",
        None,
    );
    for doc in lines(&out) {
        assert_eq!(
            doc["date"],
            serde_json::json!({"value": "2020-02-29", "from": "input"})
        );
    }
}

#[test]
fn spans_format_has_one_line_per_annotation_with_doc_id() {
    let docs = lines(&sitrep(&["extract", "-q", &seeds()], b"", None));
    let total: usize = docs
        .iter()
        .map(|d| d["annotations"].as_array().unwrap().len())
        .sum();
    let spans = lines(&sitrep(
        &["extract", "-q", "--format", "spans", &seeds()],
        b"",
        None,
    ));
    assert_eq!(spans.len(), total);
    for s in &spans {
        assert!(s["doc_id"].is_string() && s["type"].is_string());
    }
}

#[test]
fn emit_adds_segment_spans_that_slice_exactly() {
    let text = "Mr. Korybko said “yes.” He left.\n\nثم غادر.";
    let out = sitrep(
        &[
            "extract",
            "-q",
            "--emit",
            "paragraphs,sentences,tokens",
            "-",
        ],
        text.as_bytes(),
        None,
    );
    let doc = &lines(&out)[0];
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 2);
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 3);
    assert!(doc["tokens"].as_array().unwrap().len() >= 10);
    let checked = assert_spans_exact(doc, text);
    assert!(checked >= 15);
}

#[test]
fn output_file_is_written_atomically_and_special_files_directly() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    fs::write(&target, "old contents\n").unwrap();
    let out = sitrep(
        &[
            "extract",
            "-q",
            "-o",
            &target.display().to_string(),
            &seeds(),
        ],
        b"",
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = fs::read_to_string(&target).unwrap();
    assert_eq!(written.lines().count(), 5);
    let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    let devnull = sitrep(&["extract", "-q", "-o", "/dev/null", &seeds()], b"", None);
    assert!(devnull.status.success(), "{}", stderr(&devnull));
    let nodir = sitrep(
        &["extract", "-o", "/no/such/dir/out.jsonl", &seeds()],
        b"",
        None,
    );
    assert_eq!(nodir.status.code(), Some(2));
    assert!(stderr(&nodir).contains("/no/such/dir"));
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..3 {
        for entry in fs::read_dir(seeds()).unwrap() {
            let entry = entry.unwrap();
            let name = format!("{round}_{}", entry.file_name().to_string_lossy());
            fs::copy(entry.path(), dir.path().join(name)).unwrap();
        }
    }
    let path = dir.path().display().to_string();
    let one = sitrep(&["extract", "-q", "-j", "1", &path], b"", None);
    let two = sitrep(&["extract", "-q", "-j", "2", &path], b"", None);
    let four = sitrep(&["extract", "-q", "-j", "4", &path], b"", None);
    assert_eq!(lines(&one).len(), 15);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn glob_selects_files_in_folders_and_shards_partition_the_input() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    write(dir.path(), "a.txt", b"A.");
    write(dir.path(), "b.md", b"B.");
    write(&dir.path().join("sub"), "c.md", b"C.");
    let path = dir.path().display().to_string();
    let ids = |out: &std::process::Output| -> Vec<String> {
        lines(out)
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&sitrep(&["extract", "-q", &path], b"", None)), ["a"]);
    assert_eq!(
        ids(&sitrep(
            &["extract", "-q", "--glob", "*.md", &path],
            b"",
            None
        )),
        ["b", "c"]
    );
    let all = ids(&sitrep(&["extract", "-q", "--glob", "*", &path], b"", None));
    assert_eq!(all, ["a", "b", "c"]);
    let s0 = ids(&sitrep(
        &["extract", "-q", "--glob", "*", "--shard", "0/2", &path],
        b"",
        None,
    ));
    let s1 = ids(&sitrep(
        &["extract", "-q", "--glob", "*", "--shard", "1/2", &path],
        b"",
        None,
    ));
    assert_eq!(
        (s0, s1),
        (vec!["a".to_string(), "c".into()], vec!["b".to_string()])
    );
}

#[test]
fn eval_scores_a_run_against_gold() {
    let dir = tempfile::tempdir().unwrap();
    let gold = write(
        dir.path(),
        "gold.jsonl",
        br#"{"schema":"sitrep/1","id":"stdin","annotations":[{"type":"date","label":"DATE","start":0,"end":4,"text":"2017","value":"2017"}]}"#,
    );
    let pred = write(
        dir.path(),
        "pred.jsonl",
        br#"{"schema":"sitrep/1","id":"stdin","annotations":[{"type":"date","label":"DATE","start":0,"end":4,"text":"2017","value":"2018"}]}"#,
    );
    let out = sitrep(&["eval", &gold, &pred, "--diff"], b"", None);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("date      DATE           1     1 |  1.000  1.000  1.000 |  1.000  1.000  1.000 |  0.000  0.000"), "{report}");
    assert!(
        report.contains("stdin ATTR  date     DATE      0..4 \"2017\" | gold 0..4 value=2017"),
        "{report}"
    );
    let bad = write(dir.path(), "bad.jsonl", b"{\"id\":\"x\"}\n");
    let out = sitrep(&["eval", &bad, &pred], b"", None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 1: missing `annotations`"));
}

#[test]
fn jsonl_files_are_read_as_records_without_input_flag_and_text_files_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let record = "{\"id\":\"r1\",\"text\":\"Kabul, 2017.\",\"date\":\"2024-01-05\"}\n";
    let jsonl = write(dir.path(), "corpus.jsonl", record.as_bytes());
    let out = sitrep(&["extract", "-q", "--only", "date", &jsonl], b"", None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "r1");
    assert_eq!(docs[0]["annotations"][0]["text"], "2017");

    // The same bytes in a .txt file are one plain-text document, and `--input text` forces
    // plain text for a .jsonl file.
    let txt = write(dir.path(), "corpus.txt", record.as_bytes());
    for args in [
        vec!["extract", "-q", "--only", "date", txt.as_str()],
        vec![
            "extract",
            "-q",
            "--only",
            "date",
            "--input",
            "text",
            jsonl.as_str(),
        ],
    ] {
        let out = sitrep(&args, b"", None);
        assert!(out.status.success(), "{}", stderr(&out));
        let docs = lines(&out);
        assert_eq!(docs.len(), 1);
        assert!(docs[0]["source"]["path"].is_string(), "{:?}", docs[0]);
        assert_ne!(docs[0]["id"], "r1");
    }
}
