//! End-to-end throughput: the release binary over (a) a ~100 MB corpus generated from `seeds/`
//! and (b) the real news corpora in `../shared/data/corpora/` when present. Reports MB/s,
//! docs/s, peak RSS, the 1-vs-2-thread ratio and start-up time.
//!
//! Run: `cargo bench --bench throughput` (size with `SITREP_BENCH_MB`, default 100; rounds with
//! `SITREP_BENCH_ROUNDS`, default 3). Each input runs `-j1` and `-j2` in interleaved rounds and
//! reports medians: one run per configuration put whatever the shared machine did in that second
//! into the ratio.
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

/// The median (of an even count, the mean of the middle two) and the minimum of `values`.
fn median_min(values: &[f64]) -> (f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    (median, sorted[0])
}

/// The `-j1` and `-j2` runs of one input, `rounds` of each, interleaved (1, 2, 1, 2, …) so that
/// a change in the machine's state between rounds falls on both. Prints, per thread count, the
/// median and (in brackets) the best of wall time, MB/s, docs/s and CPU time, the largest peak
/// RSS; then the median of the per-round ratios, and that ratio with each thread count's median
/// start-up taken off both sides (`startup`, ms, for 1 and 2 threads).
fn report(name: &str, bytes: u64, docs: usize, args: &[&str], rounds: usize, startup: [f64; 2]) {
    let mut runs: [Vec<Measured>; 2] = [Vec::new(), Vec::new()];
    for _ in 0..rounds {
        for (i, threads) in ["1", "2"].into_iter().enumerate() {
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
            runs[i].push(measure(&full));
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("{name}: {mb:.1} MB, {docs} docs, {rounds} interleaved rounds; median (best)");
    for (i, measured) in runs.iter().enumerate() {
        let wall: Vec<f64> = measured.iter().map(|m| m.seconds).collect();
        let cpu: Vec<f64> = measured.iter().map(|m| m.cpu_seconds).collect();
        let (wall, best) = median_min(&wall);
        let (cpu, cpu_best) = median_min(&cpu);
        let rss = measured.iter().map(|m| m.peak_rss_mb).fold(0.0, f64::max);
        println!(
            "  threads={}  {:>6.2} s ({:.2})  {:>6.1} MB/s ({:.1})  {:>7.0} docs/s ({:.0})  cpu {:.2} s ({:.2}, {:.1} MB per CPU-s)  peak RSS {:.1} MB",
            i + 1,
            wall,
            best,
            mb / wall,
            mb / best,
            docs as f64 / wall,
            docs as f64 / best,
            cpu,
            cpu_best,
            mb / cpu.max(0.01),
            rss
        );
    }
    let ratios: Vec<f64> = runs[0]
        .iter()
        .zip(&runs[1])
        .map(|(one, two)| one.seconds / two.seconds)
        .collect();
    let work: Vec<f64> = runs[0]
        .iter()
        .zip(&runs[1])
        .map(|(one, two)| {
            (one.seconds - startup[0] / 1e3) / (two.seconds - startup[1] / 1e3).max(1e-3)
        })
        .collect();
    let shown: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
    println!(
        "  speed-up 2 threads / 1 thread: median {:.2}x (rounds {}); without the start-up {:.2}x",
        median_min(&ratios).0,
        shown.join(" "),
        median_min(&work).0
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

    let rounds: usize = std::env::var("SITREP_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);

    // Seven start-ups per thread count, interleaved.
    let mut startup: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    for _ in 0..7 {
        for (i, threads) in ["1", "2"].into_iter().enumerate() {
            startup[i].push(measure(&["extract", "-q", "-j", threads, "-"]).seconds * 1e3);
        }
    }
    let startup = [median_min(&startup[0]), median_min(&startup[1])];
    println!(
        "start-up (full gazetteers, empty stdin), median (best) of 7: threads=1 {:.1} ms ({:.1}), threads=2 {:.1} ms ({:.1})",
        startup[0].0, startup[0].1, startup[1].0, startup[1].1
    );
    let startup = [startup[0].0, startup[1].0];

    let (dir, bytes, docs) = generated_corpus(root, megabytes);
    report(
        "generated (files)",
        bytes,
        docs,
        &[dir.to_str().expect("utf-8 path")],
        rounds,
        startup,
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
            rounds,
            startup,
        );
    }
}
