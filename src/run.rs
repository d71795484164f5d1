//! Streaming, parallel, order-preserving execution over many documents.
//!
//! Documents are pulled from the input iterator in bounded batches (a fixed number of
//! documents, fewer when their known size is large), loaded, annotated and serialized on the
//! rayon pool, then written in input order. Memory is therefore bounded by the batch, not by
//! the corpus, and the output is byte-identical for any thread count.

use std::io::{self, Write};

use rayon::prelude::*;

use crate::input::{InputConfig, Pending};
use crate::output::{write_document, Emit, Format, Summary};
use crate::pipeline::Pipeline;

/// How to run.
#[derive(Clone, Copy, Debug)]
pub struct RunConfig {
    pub format: Format,
    pub emit: Emit,
    /// Documents per batch.
    pub batch_docs: usize,
    /// Bytes per batch, when sizes are known ahead (JSONL records).
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

/// Runs `pipeline` over `inputs`, writing JSONL to `out` in input order, and calls `progress`
/// after every batch. Returns the summary; fails only when writing fails.
pub fn run(
    inputs: impl Iterator<Item = Pending>,
    input_config: &InputConfig,
    pipeline: &Pipeline,
    config: &RunConfig,
    out: &mut dyn Write,
    mut progress: impl FnMut(&Summary),
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut inputs = inputs
        .enumerate()
        .filter_map(|(i, pending)| match config.shard {
            Some((shard, of)) if i % of != shard => None,
            _ => Some(pending),
        });
    loop {
        let mut batch = Vec::with_capacity(config.batch_docs);
        let mut bytes = 0;
        for pending in inputs.by_ref() {
            bytes += pending.size_hint();
            batch.push(pending);
            if batch.len() >= config.batch_docs || bytes >= config.batch_bytes {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(Vec<u8>, Summary)> = batch
            .into_par_iter()
            .map(|pending| {
                let annotated = pipeline.annotate(pending.load(input_config));
                let mut buf = Vec::new();
                write_document(&annotated, config.format, config.emit, &mut buf);
                let mut one = Summary::default();
                one.add(&annotated);
                (buf, one)
            })
            .collect();
        for (buf, one) in results {
            out.write_all(&buf)?;
            summary.merge(&one);
        }
        progress(&summary);
    }
    out.flush()?;
    Ok(summary)
}
