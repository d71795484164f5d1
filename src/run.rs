//! Streaming, parallel, order-preserving execution over many documents.
//!
//! Documents are pulled from the input iterator as long as fewer than a fixed number of
//! documents (and of known input bytes) are in flight, loaded, annotated and serialized on the
//! rayon pool, then written in input order through a reorder buffer. Memory is therefore bounded
//! by the documents in flight, not by the corpus, and the output is byte-identical for any
//! thread count.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::input::{InputConfig, InputFormat, Pending};
use crate::output::{write_document, Counts, Emit, Format, Summary};
use crate::pipeline::{AnnotatedDocument, Pipeline};

/// How to run.
#[derive(Clone, Copy, Debug)]
pub struct RunConfig {
    pub format: Format,
    pub emit: Emit,
    /// How often `progress` is called, in documents; the most documents annotated together (a
    /// group); and with several threads the documents in flight (read, not yet written): at
    /// most two groups per thread, or [`JSONL_DOCS`] groups of JSONL records (their bytes are
    /// bounded by `batch_bytes`).
    pub batch_docs: usize,
    /// Most input bytes in flight, when sizes are known ahead (JSONL records).
    pub batch_bytes: usize,
    /// `(i, n)`: process only documents whose 0-based position modulo `n` is `i`.
    pub shard: Option<(usize, usize)>,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            format: Format::Docs,
            emit: Emit::default(),
            batch_docs: 256,
            batch_bytes: 64 << 20,
            shard: None,
        }
    }
}

/// One finished group of documents: the position of its first document and its output.
type Done = std::thread::Result<(usize, Finished)>;

/// A group's output: every document's JSONL lines in one buffer, so that the calling thread
/// writes a group with one `write_all` (large enough to go past the CLI's `BufWriter` instead of
/// being copied into it) and the workers grow one buffer per group instead of one per document;
/// and for each document its size hint and its counts, for `in_flight_bytes` and progress.
struct Finished {
    buf: Vec<u8>,
    docs: Vec<(usize, Counts)>,
}

/// Runs `pipeline` over `inputs`, writing JSONL to `out` in input order, and calls `progress`
/// every [`RunConfig::batch_docs`] documents. Returns the summary; fails only when writing fails.
///
/// Streaming, not batch by batch: the calling thread reads inputs and hands groups of up to
/// `batch_docs` documents (and about 1 MiB of known text) to the rayon pool as soon as fewer
/// than two groups per thread (JSONL records: [`JSONL_DOCS`] groups) and `batch_bytes` of
/// known input are in flight, and writes finished documents in
/// input order through a reorder buffer. No worker waits for the slowest group, and reading and
/// writing overlap with annotating. A group is annotated with [`Pipeline::annotate_many`]
/// (each extractor over the whole group, so its tables stay in cache).
///
/// With a pool of one thread (`-j 1`) the groups are annotated on the calling thread, one
/// after the other: handing work to the only worker and waiting for it bought no parallelism
/// and cost a thread wake-up, a channel message and a job allocation each time. The output
/// is the same bytes either way.
pub fn run(
    inputs: impl Iterator<Item = Pending>,
    input_config: &InputConfig,
    pipeline: &Pipeline,
    config: &RunConfig,
    out: &mut dyn Write,
    progress: impl FnMut(&Summary),
) -> io::Result<Summary> {
    let mut inputs = inputs
        .enumerate()
        .filter_map(|(i, pending)| match config.shard {
            Some((shard, of)) if i % of != shard => None,
            _ => Some(pending),
        });
    let threads = rayon::current_num_threads();
    if threads == 1 {
        return run_here(inputs, input_config, pipeline, config, out, progress);
    }
    // A group of documents (a job) as large as `run_here`'s, so that each extractor's tables
    // stay in cache over it (see `GROUP_BYTES`): groups of a quarter of that (64 files) cost
    // two threads ~10 % more CPU time over the generated corpus (task-clock, medians of seven
    // interleaved runs: 1,244 ms with 64 files, 1,170 with 128, 1,126 with 256).
    let group_docs = config.batch_docs.max(1);
    // Two groups per thread in flight: one being annotated and one queued, so that a thread
    // that finishes early does not wait for an earlier group to be written. JSONL records,
    // whose bytes are counted, may be more (see `JSONL_DOCS`).
    let per_thread = match input_config.format {
        InputFormat::Jsonl => group_docs.saturating_mul(JSONL_DOCS),
        InputFormat::Text => group_docs.saturating_mul(2),
    };
    let max_docs = per_thread.saturating_mul(threads);
    let (done_tx, done_rx) = crossbeam_channel::unbounded::<Done>();
    let spares = &Spares::default();
    let mut output = Output::new(out, config.batch_docs.max(1), progress);
    let result = rayon::in_place_scope_fifo(|scope| -> io::Result<()> {
        let mut queued = 0usize;
        let mut in_flight = 0usize;
        let mut in_flight_bytes = 0usize;
        let mut exhausted = false;
        // Finished groups waiting for an earlier one, by the position of their first document.
        let mut waiting: BTreeMap<usize, Finished> = BTreeMap::new();
        loop {
            while !exhausted && in_flight < max_docs && in_flight_bytes < config.batch_bytes {
                // A group of documents per job (see `run_here`), small enough that every
                // thread gets several of the documents in flight.
                let mut group = Vec::new();
                let mut group_bytes = 0;
                while group.len() < group_docs
                    && in_flight + group.len() < max_docs
                    && in_flight_bytes + group_bytes < config.batch_bytes
                    && group_bytes < GROUP_BYTES
                {
                    let Some(pending) = inputs.next() else {
                        exhausted = true;
                        break;
                    };
                    group_bytes += pending.size_hint();
                    group.push(pending);
                }
                if group.is_empty() {
                    break;
                }
                let seq = queued;
                queued += group.len();
                in_flight += group.len();
                in_flight_bytes += group_bytes;
                let done_tx = done_tx.clone();
                scope.spawn_fifo(move |_| {
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let sizes: Vec<usize> = group.iter().map(Pending::size_hint).collect();
                        let docs: Vec<_> = group
                            .into_iter()
                            .map(|pending| pending.load(input_config))
                            .collect();
                        let room = docs.iter().map(|doc| group_room(doc.text.len())).sum();
                        let mut buf = spares.take(room);
                        let docs = pipeline
                            .annotate_many(docs)
                            .iter()
                            .zip(sizes)
                            .map(|(annotated, size)| {
                                write_document(annotated, config.format, config.emit, &mut buf);
                                (size, Counts::of(annotated))
                            })
                            .collect();
                        (seq, Finished { buf, docs })
                    }));
                    // The receiver is gone only when writing failed: the result is not wanted.
                    let _ = done_tx.send(done);
                });
            }
            if in_flight == 0 {
                return Ok(());
            }
            // `done_tx` is alive here, so this waits for a result and never disconnects.
            let (seq, finished) = match wait_for_result(&done_rx) {
                Ok(Ok(done)) => done,
                Ok(Err(panic)) => std::panic::resume_unwind(panic),
                Err(_) => return Ok(()),
            };
            waiting.insert(seq, finished);
            while let Some(finished) = waiting.remove(&output.written) {
                output.write(&finished.buf)?;
                for (size, counts) in &finished.docs {
                    output.summary.add_counts(counts);
                    output.count_written();
                    in_flight -= 1;
                    in_flight_bytes -= size;
                }
                spares.give(finished.buf);
            }
        }
    });
    result?;
    output.finish()
}

/// The output side of a run: documents written in order, counted, and reported to `progress`
/// every `every` documents and once at the end.
struct Output<'a, F: FnMut(&Summary)> {
    out: &'a mut dyn Write,
    progress: F,
    every: usize,
    written: usize,
    summary: Summary,
}

impl<'a, F: FnMut(&Summary)> Output<'a, F> {
    fn new(out: &'a mut dyn Write, every: usize, progress: F) -> Self {
        Output {
            out,
            progress,
            every,
            written: 0,
            summary: Summary::default(),
        }
    }

    /// Writes bytes of finished documents (counted with [`Output::count_written`]).
    fn write(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    /// Counts one more document as written, and reports progress every `every` documents.
    fn count_written(&mut self) {
        self.written += 1;
        if self.written % self.every == 0 {
            (self.progress)(&self.summary);
        }
    }

    fn finish(mut self) -> io::Result<Summary> {
        if self.written % self.every != 0 {
            (self.progress)(&self.summary);
        }
        self.out.flush()?;
        Ok(self.summary)
    }
}

/// Serializes one annotated document into `buf`, and counts it in `summary`.
fn serialize(
    annotated: &AnnotatedDocument,
    config: &RunConfig,
    buf: &mut Vec<u8>,
    summary: &mut Summary,
) {
    buf.reserve(2 * annotated.doc.text.len() + 512);
    write_document(annotated, config.format, config.emit, buf);
    summary.add(annotated);
}

/// Output room to reserve for a document of `text_bytes` in a group's buffer: a generated news
/// file's JSONL is ~5 times its text (an annotation's offsets, text and link per few words).
fn group_room(text_bytes: usize) -> usize {
    text_bytes.saturating_mul(6).saturating_add(1024)
}

/// Written group buffers, handed back to the workers: a fresh buffer of a few hundred kilobytes
/// per group was allocated on a worker and freed on the calling thread (a cross-thread free),
/// and its pages touched anew. At most one per group in flight is kept, and none over
/// [`KEPT_BUFFER_BYTES`].
#[derive(Default)]
struct Spares(std::sync::Mutex<Vec<Vec<u8>>>);

/// The largest written buffer [`Spares`] keeps (a huge document's is dropped).
const KEPT_BUFFER_BYTES: usize = 16 << 20;

impl Spares {
    /// An empty buffer with room for at least `room` bytes.
    fn take(&self, room: usize) -> Vec<u8> {
        let spare = match self.0.lock() {
            Ok(mut spares) => spares.pop(),
            Err(_) => None,
        };
        let mut buf = spare.unwrap_or_default();
        buf.reserve(room);
        buf
    }

    /// Keeps a written buffer for a later group.
    fn give(&self, mut buf: Vec<u8>) {
        if buf.capacity() > KEPT_BUFFER_BYTES {
            return;
        }
        buf.clear();
        if let Ok(mut spares) = self.0.lock() {
            spares.push(buf);
        }
    }
}

/// How many groups of `batch_docs` JSONL records may be in flight per thread in [`run`] (their
/// bytes are bounded by `batch_bytes` too). On Reuters-21578 (~900-byte records), two threads,
/// task-clock, minimum of four interleaved runs, by group size with four groups in flight per
/// thread: groups of 32 records 1,775 ms, 64: 1,531, 128: 1,536, 256: 1,427 (one thread:
/// 1,395). Groups of 1,024 records cost 6 % less CPU time but raised the peak RSS from 83 to
/// 100 MB (the annotations of a whole group are alive at once).
pub const JSONL_DOCS: usize = 4;

/// How much text [`run_here`] annotates together (see [`Pipeline::annotate_many`]), at most
/// [`RunConfig::batch_docs`] documents: enough that each extractor's tables stay in cache over
/// many small documents (measured on 2 KB files: 1 document at a time 780–810 ms, 8 at a time
/// ~705, 64–512 at a time 580–650; on Reuters' ~900-byte records 256 beat 64).
const GROUP_BYTES: usize = 1 << 20;

/// [`run`] on the calling thread alone, in input order, with one reused output buffer.
/// Documents are loaded and annotated in groups (up to `batch_docs` documents and about 1 MiB
/// of text: what may be in flight anyway), each extractor over the whole group in turn, and
/// written one by one: the same bytes, counts and progress calls as one at a time.
fn run_here(
    mut inputs: impl Iterator<Item = Pending>,
    input_config: &InputConfig,
    pipeline: &Pipeline,
    config: &RunConfig,
    out: &mut dyn Write,
    progress: impl FnMut(&Summary),
) -> io::Result<Summary> {
    let mut output = Output::new(out, config.batch_docs.max(1), progress);
    let mut buf = Vec::new();
    let group_docs = config.batch_docs.max(1);
    // Room for a whole group, unless a library caller asked for huge ones.
    let group_room = group_docs.min(4096);
    let mut group = Vec::with_capacity(group_room);
    loop {
        let mut bytes = 0;
        while group.len() < group_docs && bytes < GROUP_BYTES {
            let Some(pending) = inputs.next() else {
                break;
            };
            let doc = pending.load(input_config);
            bytes += doc.text.len();
            group.push(doc);
        }
        if group.is_empty() {
            break;
        }
        // The next group's vector at its final size: growing it by doubling copied the
        // documents read so far several times per group.
        let documents = std::mem::replace(&mut group, Vec::with_capacity(group_room));
        for annotated in pipeline.annotate_many(documents) {
            serialize(&annotated, config, &mut buf, &mut output.summary);
            output.count_written();
            if buf.len() >= WRITE_BYTES {
                output.write(&buf)?;
                buf.clear();
            }
            // A huge document's buffer is not kept for the small ones after it.
            if buf.capacity() > 64 << 20 {
                buf = Vec::new();
            }
        }
    }
    output.write(&buf)?;
    output.finish()
}

/// How many bytes of finished lines [`run_here`] collects before it writes them: at least the
/// CLI's `BufWriter` capacity (64 KiB), so that the writer hands them straight to the file
/// instead of copying them into its own buffer first (a copy of every output byte).
const WRITE_BYTES: usize = 256 << 10;

/// The next finished document. Called from a rayon worker (a library user running `run` inside
/// their own pool), a blocking `recv` would hold a thread the queued documents need — with one
/// thread, forever — so the wait runs pool jobs until a result arrives.
fn wait_for_result<T>(done_rx: &crossbeam_channel::Receiver<T>) -> Result<T, RecvError> {
    if rayon::current_thread_index().is_none() {
        return done_rx.recv().map_err(|_| RecvError);
    }
    loop {
        match done_rx.try_recv() {
            Ok(done) => return Ok(done),
            Err(crossbeam_channel::TryRecvError::Disconnected) => return Err(RecvError),
            Err(crossbeam_channel::TryRecvError::Empty) => {
                if rayon::yield_now() != Some(rayon::Yield::Executed) {
                    // Nothing to run here: the job is on another worker; do not spin hot.
                    if let Ok(done) = done_rx.recv_timeout(std::time::Duration::from_millis(1)) {
                        return Ok(done);
                    }
                }
            }
        }
    }
}

/// The result channel closed: only when no sender is left.
#[derive(Debug)]
struct RecvError;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{InputFormat, Inputs};
    use crate::model::AnnotationType;

    /// JSONL input and a date-only pipeline: the cheapest real run.
    fn jsonl_dates() -> (InputConfig, Pipeline) {
        let input_config = InputConfig {
            format: InputFormat::Jsonl,
            ..InputConfig::default()
        };
        let pipeline = Pipeline::builder()
            .only(&[AnnotationType::Date])
            .build()
            .unwrap();
        (input_config, pipeline)
    }

    /// Documents of very different sizes finish out of order; the output must not.
    #[test]
    fn output_is_in_input_order_with_few_documents_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.jsonl");
        let mut jsonl = String::new();
        for i in 0..40 {
            let text =
                "Talks resumed on 21 November 2024. ".repeat(if i % 7 == 0 { 400 } else { 1 });
            jsonl.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"{text}\"}}\n"));
        }
        std::fs::write(&path, jsonl).unwrap();
        let (input_config, pipeline) = jsonl_dates();
        let config = RunConfig {
            batch_docs: 3,
            ..RunConfig::default()
        };
        let mut out = Vec::new();
        let mut calls = Vec::new();
        let inputs = Inputs::new(vec![path], &input_config).unwrap();
        let summary = run(inputs, &input_config, &pipeline, &config, &mut out, |s| {
            calls.push(s.documents)
        })
        .unwrap();
        let ids: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect();
        let expected: Vec<String> = (0..40).map(|i| format!("\"d{i}\"")).collect();
        assert_eq!(ids, expected);
        assert_eq!(summary.documents, 40);
        assert_eq!(summary.by_type[&AnnotationType::Date], 40 + 6 * 399);
        // Every 3 documents, and once more for the last one.
        assert_eq!(calls.len(), 14);
        assert_eq!(calls.last(), Some(&40));
    }

    /// One thread runs the documents on the calling thread; more hand them to the pool. Same
    /// bytes, same counts, same progress calls (a document that cannot be read included).
    #[test]
    fn one_thread_runs_here_with_the_same_output() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.jsonl");
        let mut jsonl = String::new();
        for i in 0..25 {
            let text = "Talks resumed on 21 November 2024. ".repeat(1 + i % 5 * 50);
            jsonl.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"{text}\"}}\n"));
        }
        jsonl.push_str("{\"id\": 3, not json\n");
        std::fs::write(&path, jsonl).unwrap();
        let (input_config, pipeline) = jsonl_dates();
        let config = RunConfig {
            batch_docs: 4,
            ..RunConfig::default()
        };
        let run_with = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| {
                let mut out = Vec::new();
                let mut calls = Vec::new();
                let inputs = Inputs::new(vec![path.clone()], &input_config).unwrap();
                let summary = run(inputs, &input_config, &pipeline, &config, &mut out, |s| {
                    calls.push(s.documents)
                })
                .unwrap();
                (
                    out,
                    calls,
                    summary.documents,
                    summary.failed,
                    summary.by_type,
                )
            })
        };
        let here = run_with(1);
        assert_eq!(here.0.iter().filter(|&&b| b == b'\n').count(), 26);
        assert_eq!(here.1, vec![4, 8, 12, 16, 20, 24, 26]);
        assert_eq!((here.2, here.3), (26, 1));
        assert_eq!(
            here.4[&AnnotationType::Date],
            5 * (1 + 51 + 101 + 151 + 201)
        );
        assert_eq!(run_with(3), here);
    }

    /// A library user may call `run` from inside their own rayon pool, even a one-thread one:
    /// the caller's wait must run the queued documents instead of blocking the only worker.
    #[test]
    fn run_inside_a_one_thread_pool_finishes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.jsonl");
        let jsonl: String = (0..20)
            .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Talks resumed in 2017.\"}}\n"))
            .collect();
        std::fs::write(&path, jsonl).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let (input_config, pipeline) = jsonl_dates();
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .build()
                .unwrap();
            let summary = pool.install(|| {
                let inputs = Inputs::new(vec![path], &input_config).unwrap();
                let config = RunConfig {
                    batch_docs: 4,
                    ..RunConfig::default()
                };
                run(
                    inputs,
                    &input_config,
                    &pipeline,
                    &config,
                    &mut Vec::new(),
                    |_| {},
                )
            });
            let _ = tx.send(summary.map(|s| s.documents).ok());
        });
        let documents = rx
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("run inside a one-thread pool deadlocked");
        assert_eq!(documents, Some(20));
    }
}
