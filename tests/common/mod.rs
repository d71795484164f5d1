//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs the `sitrep` binary with `args`, feeding `stdin`.
pub fn sitrep(args: &[&str], stdin: &[u8], dir: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    let mut child = cmd.spawn().expect("sitrep starts");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin).expect("stdin written");
    drop(input);
    child.wait_with_output().expect("sitrep finishes")
}

/// The JSON lines of an output.
pub fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Checks that every span-shaped object inside `value` (annotation, speaker, victims, content,
/// cue, document date) slices `text` exactly, in code points and in bytes.
pub fn assert_spans_exact(value: &Value, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    visit(value, &mut |obj| {
        let get = |k: &str| obj.get(k).and_then(Value::as_u64).map(|n| n as usize);
        let (Some(start), Some(end), Some(bs), Some(be)) =
            (get("start"), get("end"), get("byte_start"), get("byte_end"))
        else {
            return;
        };
        assert!(
            start <= end && end <= chars.len(),
            "char range {start}..{end} out of bounds in {obj:?}"
        );
        assert!(
            bs <= be && be <= text.len(),
            "byte range {bs}..{be} out of bounds in {obj:?}"
        );
        let by_chars: String = chars[start..end].iter().collect();
        let by_bytes = text.get(bs..be).expect("byte range on char boundaries");
        assert_eq!(by_chars, by_bytes, "chars and bytes disagree in {obj:?}");
        if let Some(t) = obj.get("text").and_then(Value::as_str) {
            assert_eq!(t, by_bytes, "text disagrees with offsets in {obj:?}");
        }
        checked += 1;
    });
    checked
}

fn visit(value: &Value, f: &mut dyn FnMut(&serde_json::Map<String, Value>)) {
    match value {
        Value::Object(map) => {
            f(map);
            for (k, v) in map {
                // Segment lists and annotations are visited; `meta` is user data.
                if k != "meta" {
                    visit(v, f);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| visit(v, f)),
        _ => {}
    }
}

/// The text of `../shared/data/<relative>`, or `None` after saying on stderr that `test` is
/// skipped: the public evaluation data is not part of the repository, and a clone without it
/// must still pass.
pub fn shared_data(test: &str, relative: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!(
                "{test}: skipped, {} not found (see ../shared/data/README.md)",
                path.display()
            );
            None
        }
    }
}
