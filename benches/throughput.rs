//! End-to-end throughput: the release binary over (a) a ~100 MB corpus generated from `seeds/`
//! and (b) the real news corpora in `../shared/data/corpora/` when present. Reports MB/s,
//! docs/s, peak RSS, the 1-vs-2-thread ratio and start-up time.
//!
//! Run: `cargo bench --bench throughput` (size with `SITREP_BENCH_MB`, default 100).
//! All extractors on, JSONL written (to /dev/null), as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

#[path = "support/corpus.rs"]
mod corpus;

struct Measured {
    seconds: f64,
    /// User + system CPU seconds of the child: on a shared machine wall time says little about
    /// the code, CPU time still does.
    cpu_seconds: f64,
    peak_rss_mb: f64,
}

/// The child's user + system CPU time in seconds from `/proc/PID/stat` (fields 14 and 15, in
/// clock ticks of 1/100 s on Linux).
fn cpu_seconds(stat: &str) -> Option<f64> {
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    // `rest` starts at field 3, so utime (14) and stime (15) are at 11 and 12.
    Some((ticks(11)? + ticks(12)?) as f64 / 100.0)
}

/// Runs the binary and returns wall time and the child's peak resident memory.
///
/// Peak memory is read from `/proc/PID/status` (`VmHWM`, reset by exec) while the child runs;
/// `getrusage` would not do, since its `ru_maxrss` survives fork and exec and so reports the
/// benchmark's own size.
fn measure(args: &[&str]) -> Measured {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("sitrep starts");
    let status_path = format!("/proc/{}/status", child.id());
    let stat_path = format!("/proc/{}/stat", child.id());
    let mut peak_kb = 0u64;
    let mut cpu = 0f64;
    let status = loop {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
            peak_kb = peak_kb.max(hwm.unwrap_or(0));
        }
        if let Some(seconds) = std::fs::read_to_string(&stat_path)
            .ok()
            .as_deref()
            .and_then(cpu_seconds)
        {
            cpu = cpu.max(seconds);
        }
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "sitrep {args:?} failed: {status}"
    );
    Measured {
        seconds,
        cpu_seconds: cpu,
        peak_rss_mb: peak_kb as f64 / 1024.0,
    }
}

fn report(name: &str, bytes: u64, docs: usize, args: &[&str]) {
    let mut results = Vec::new();
    for threads in ["1", "2"] {
        let mut full = vec![
            "extract",
            "-q",
            "--keep-going",
            "-o",
            "/dev/null",
            "-j",
            threads,
        ];
        full.extend_from_slice(args);
        let m = measure(&full);
        let mb = bytes as f64 / 1e6;
        println!(
            "{name:<22} threads={threads}  {:>8.1} MB  {:>7.2} s  {:>7.1} MB/s  {:>9.0} docs/s  cpu {:>7.2} s ({:>6.1} MB per CPU-s)  peak RSS {:>6.1} MB",
            mb,
            m.seconds,
            mb / m.seconds,
            docs as f64 / m.seconds,
            m.cpu_seconds,
            mb / m.cpu_seconds.max(0.01),
            m.peak_rss_mb
        );
        results.push(m.seconds);
    }
    println!(
        "{name:<22} speed-up 2 threads / 1 thread: {:.2}x",
        results[0] / results[1]
    );
}

fn generated_corpus(root: &Path, megabytes: usize) -> (PathBuf, u64, usize) {
    let dir = root.join(format!("target/bench-corpus-{megabytes}mb"));
    let marker = dir.join(".complete");
    let docs = corpus::documents(root, megabytes << 20);
    let (bytes, count) = (docs.iter().map(|d| d.len() as u64).sum(), docs.len());
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("corpus dir");
        for (i, doc) in docs.iter().enumerate() {
            let sub = dir.join(format!("{:03}", i / 1000));
            std::fs::create_dir_all(&sub).expect("corpus subdir");
            std::fs::write(sub.join(format!("{i:06}.txt")), doc).expect("corpus file");
        }
        std::fs::write(&marker, "").expect("marker");
    }
    (dir, bytes, count)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` / test discovery: nothing to list.
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let megabytes: usize = std::env::var("SITREP_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);

    let mut startup: Vec<f64> = (0..7)
        .map(|_| measure(&["extract", "-q", "-"]).seconds * 1e3)
        .collect();
    startup.sort_by(f64::total_cmp);
    println!(
        "start-up (full gazetteers, empty stdin): median {:.1} ms",
        startup[3]
    );

    let (dir, bytes, docs) = generated_corpus(root, megabytes);
    report(
        "generated (files)",
        bytes,
        docs,
        &[dir.to_str().expect("utf-8 path")],
    );

    let corpora = root.join("../shared/data/corpora");
    if !corpora.exists() {
        println!("real corpora: skipped, {} is absent", corpora.display());
        return;
    }
    for name in ["reuters21578.jsonl", "bbc.jsonl", "muc4.jsonl"] {
        let path = corpora.join(name);
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{name}: skipped, unreadable");
            continue;
        };
        let docs = text.lines().filter(|l| !l.trim().is_empty()).count();
        let bytes: u64 = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                v.get("text")
                    .and_then(|t| t.as_str())
                    .map(|t| t.len() as u64)
            })
            .sum();
        report(
            name,
            bytes,
            docs,
            &["--input", "jsonl", path.to_str().expect("utf-8 path")],
        );
    }
}
