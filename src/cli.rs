//! The command line: argument parsing, output files, progress and exit codes.
//!
//! Exit codes: 0 when every document was read and annotated; 1 when any document carried an
//! error (unless `--keep-going`), or `eval` found a problem; 2 for usage errors, missing paths
//! and output failures.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use sitrep::eval::{parse_documents, score, EvalDocument};
use sitrep::extract::DateOrder;
use sitrep::input::{check_paths, parse_doc_date, InputConfig, InputFormat, Inputs};
use sitrep::model::AnnotationType;
use sitrep::output::{Emit, Format, Summary};
use sitrep::pipeline::Pipeline;
use sitrep::run::{run, RunConfig};

#[derive(Parser, Debug)]
#[command(
    name = "sitrep",
    version,
    about = "Annotate security and geopolitics news: entities, dates, casualties, quotations, with exact offsets."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Annotate documents and print one JSON line per document.
    Extract(ExtractArgs),
    /// Score predictions against gold annotations (precision/recall/F1 per type and label).
    Eval(EvalArgs),
    /// Inspect gazetteers.
    Gazetteer {
        #[command(subcommand)]
        action: GazetteerAction,
    },
}

#[derive(Subcommand, Debug)]
enum GazetteerAction {
    /// Report duplicate ids, aliases claimed by two entries, empty names and bad labels.
    Check(GazetteerArgs),
    /// Count entries and aliases per gazetteer file.
    Stats(GazetteerArgs),
}

#[derive(Args, Debug)]
struct GazetteerArgs {
    /// Extra gazetteer files (same TSV format as gazetteers/).
    #[arg(long = "gazetteer", value_name = "PATH")]
    gazetteers: Vec<PathBuf>,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum InputKind {
    Text,
    Jsonl,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum FormatArg {
    Docs,
    Spans,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum OrderArg {
    Dmy,
    Mdy,
}

/// Options shared by `extract` and `eval --run`.
#[derive(Args, Debug)]
struct PipelineArgs {
    /// How to read inputs: plain-text files, or JSONL records `{"id","text","date"?}`.
    /// Default: jsonl when every path is a file named `*.jsonl`, text otherwise.
    #[arg(long, value_enum)]
    input: Option<InputKind>,
    /// Which files in folders are documents (default `*.txt`, or `*.jsonl` with --input jsonl).
    #[arg(long)]
    glob: Option<String>,
    /// Run only these extractors (comma-separated: entity,date,casualty,quote).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Document date for every input (YYYY-MM-DD); wins over dates found in the text.
    #[arg(long, value_name = "YYYY-MM-DD")]
    doc_date: Option<String>,
    /// How to read numeric dates like 11/06/2024.
    #[arg(long, value_enum, default_value = "dmy")]
    date_order: OrderArg,
    /// Extra gazetteer files (same TSV format as gazetteers/); later files win by id.
    #[arg(long = "gazetteer", value_name = "PATH")]
    gazetteers: Vec<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    /// Documents larger than this many MB get an error record instead of being read.
    #[arg(long, default_value_t = 1024)]
    max_doc_mb: u64,
}

#[derive(Args, Debug)]
struct ExtractArgs {
    /// Files, folders (searched recursively, sorted) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// One line per document (docs) or per annotation (spans).
    #[arg(long, value_enum, default_value = "docs")]
    format: FormatArg,
    /// Write to this file instead of stdout (atomically, through a temporary file beside it).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Add segment spans to document lines (comma-separated: paragraphs,sentences,tokens).
    #[arg(long, value_delimiter = ',')]
    emit: Vec<String>,
    /// Exit 0 even when some documents had errors (they still get error records).
    #[arg(long)]
    keep_going: bool,
    /// Process only shard I of N (`I/N`, 0-based): documents whose position modulo N is I.
    #[arg(long, value_name = "I/N")]
    shard: Option<String>,
    /// No progress and no summary on stderr.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Gold annotations (docs-format JSONL).
    gold: PathBuf,
    /// Predictions (docs-format JSONL); or use --run.
    predicted: Option<PathBuf>,
    /// Extract from these paths and score the result, instead of reading predictions.
    #[arg(long, num_args = 1.., conflicts_with = "predicted")]
    run: Vec<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// List every miss, false positive and attribute disagreement with its sentence.
    #[arg(long)]
    diff: bool,
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Eval(args) => eval(args),
        Command::Gazetteer { action } => gazetteer(action),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sitrep: error: {}", error_message(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, `: `-joined like anyhow's `{:#}`, but without a cause whose text
/// the message already ends with: the library's errors name their source in their own text
/// (`path: No such file or directory (os error 2)`), so anyhow's chain printed it twice.
fn error_message(e: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !message.is_empty() {
            if message.ends_with(&text) {
                continue;
            }
            message.push_str(": ");
        }
        message.push_str(&text);
    }
    message
}

fn parse_types(only: &[String]) -> Result<Vec<AnnotationType>> {
    if only.is_empty() {
        return Ok(AnnotationType::ALL.to_vec());
    }
    only.iter()
        .map(|name| {
            AnnotationType::parse(name.trim()).with_context(|| {
                format!("--only: unknown type {name:?} (expected entity, date, casualty or quote)")
            })
        })
        .collect()
}

impl PipelineArgs {
    /// `paths` are the inputs the run will read; they decide the format when `--input` is absent.
    fn build(&self, paths: &[PathBuf], keep_segments: bool) -> Result<(Pipeline, InputConfig)> {
        if let Some(n) = self.threads {
            if n == 0 {
                bail!("--threads must be at least 1");
            }
            // Only the first call configures the global pool; later calls change nothing.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global();
        }
        let types = parse_types(&self.only)?;
        let mut builder = Pipeline::builder()
            .only(&types)
            .keep_segments(keep_segments)
            .date_order(match self.date_order {
                OrderArg::Dmy => DateOrder::Dmy,
                OrderArg::Mdy => DateOrder::Mdy,
            });
        for g in &self.gazetteers {
            builder = builder.gazetteer(g);
        }
        let pipeline = builder.build()?;
        let doc_date = match &self.doc_date {
            Some(s) => Some(
                parse_doc_date(s).with_context(|| format!("--doc-date {s:?} is not YYYY-MM-DD"))?,
            ),
            None => None,
        };
        let config = InputConfig {
            format: match self.input.unwrap_or_else(|| detect_input_kind(paths)) {
                InputKind::Text => InputFormat::Text,
                InputKind::Jsonl => InputFormat::Jsonl,
            },
            glob: self.glob.clone(),
            max_doc_bytes: self.max_doc_mb.saturating_mul(1 << 20),
            doc_date,
        };
        Ok((pipeline, config))
    }
}

/// A run over nothing but `*.jsonl` files reads JSONL records; anything else (a folder, stdin,
/// a `.txt` file, a mix) reads plain text, so `--input jsonl` is only needed for folders and stdin.
fn detect_input_kind(paths: &[PathBuf]) -> InputKind {
    let all_jsonl = !paths.is_empty()
        && paths.iter().all(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
                && !p.is_dir()
        });
    if all_jsonl {
        InputKind::Jsonl
    } else {
        InputKind::Text
    }
}

fn parse_emit(names: &[String]) -> Result<Emit> {
    let mut emit = Emit::default();
    for name in names {
        match name.trim() {
            "paragraphs" => emit.paragraphs = true,
            "sentences" => emit.sentences = true,
            "tokens" => emit.tokens = true,
            other => bail!(
                "--emit: unknown segment {other:?} (expected paragraphs, sentences or tokens)"
            ),
        }
    }
    Ok(emit)
}

fn parse_shard(s: &str) -> Result<(usize, usize)> {
    let parsed = s
        .split_once('/')
        .and_then(|(i, n)| Some((i.trim().parse().ok()?, n.trim().parse().ok()?)));
    match parsed {
        Some((i, n)) if n > 0 && i < n => Ok((i, n)),
        _ => bail!("--shard {s:?}: expected I/N with 0 <= I < N, e.g. 0/4"),
    }
}

/// Where output goes: stdout, a temporary file renamed into place, or a special file.
enum Sink {
    Stdout(io::Stdout),
    Atomic(tempfile::NamedTempFile, PathBuf),
    Direct(File, PathBuf),
}

impl Sink {
    fn open(path: Option<&Path>) -> Result<Sink> {
        let Some(path) = path else {
            return Ok(Sink::Stdout(io::stdout()));
        };
        let regular = match std::fs::metadata(path) {
            Ok(meta) => meta.is_file(),
            Err(_) => true, // does not exist yet: will be created
        };
        if regular {
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let tmp = tempfile::Builder::new()
                .prefix(".sitrep-")
                .suffix(".tmp")
                .tempfile_in(dir)
                .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
            Ok(Sink::Atomic(tmp, path.to_path_buf()))
        } else {
            let file = File::options()
                .write(true)
                .open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            Ok(Sink::Direct(file, path.to_path_buf()))
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(stdout) => stdout,
            Sink::Atomic(tmp, _) => tmp,
            Sink::Direct(file, _) => file,
        }
    }

    fn name(&self) -> String {
        match self {
            Sink::Stdout(_) => "standard output".to_string(),
            Sink::Atomic(_, path) | Sink::Direct(_, path) => path.display().to_string(),
        }
    }

    /// Moves a temporary file into place; nothing to do for the others.
    fn finish(self) -> Result<()> {
        if let Sink::Atomic(tmp, target) = self {
            tmp.as_file().sync_all().ok();
            tmp.persist(&target)
                .with_context(|| format!("renaming output into {}", target.display()))?;
        }
        Ok(())
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let emit = parse_emit(&args.emit)?;
    let shard = args.shard.as_deref().map(parse_shard).transpose()?;
    check_paths(&args.paths)?;
    let (pipeline, input_config) = args
        .pipeline
        .build(&args.paths, emit.paragraphs || emit.sentences)?;
    let inputs = Inputs::new(args.paths.clone(), &input_config)?;
    let config = RunConfig {
        format: match args.format {
            FormatArg::Docs => Format::Docs,
            FormatArg::Spans => Format::Spans,
        },
        emit,
        shard,
        ..RunConfig::default()
    };
    let started = Instant::now();
    let bar = (!args.quiet && io::stderr().is_terminal()).then(progress_bar);
    let total = bar
        .is_some()
        .then(|| count_in_background(&args.paths, &input_config));
    let on_batch = |s: &Summary| {
        if let Some(bar) = &bar {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            let rate = s.documents as f64 / secs;
            let known = total
                .as_ref()
                .map(|t| t.load(Ordering::Relaxed))
                .filter(|&t| t != usize::MAX);
            let eta = match (known, shard) {
                (Some(total), None) if rate > 0.0 => format!(
                    " of {total}, ETA {}",
                    indicatif::HumanDuration(Duration::from_secs_f64(
                        total.saturating_sub(s.documents) as f64 / rate
                    ))
                ),
                _ => String::new(),
            };
            bar.set_message(format!(
                "{} docs{eta}, {:.1} MB, {:.0} docs/s, {:.1} MB/s, {} with errors",
                s.documents,
                s.bytes as f64 / 1e6,
                rate,
                s.bytes as f64 / 1e6 / secs,
                s.failed
            ));
        }
    };
    let mut sink = Sink::open(args.output.as_deref())?;
    let sink_name = sink.name();
    let summary = {
        let mut out = BufWriter::with_capacity(1 << 16, sink.writer());
        run(
            inputs,
            &input_config,
            &pipeline,
            &config,
            &mut out,
            on_batch,
        )
        .and_then(|summary| out.flush().map(|()| summary))
        .with_context(|| format!("writing {sink_name}"))?
    };
    sink.finish()?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !args.quiet {
        eprintln!("{}", summary.line(started.elapsed().as_secs_f64()));
    }
    // The process ends here: freeing the compiled gazetteers and automata one allocation at a
    // time (~35 M instructions, most of them frees of memory allocated on other threads) would
    // only delay the exit; the operating system takes the memory back at once.
    std::mem::forget(pipeline);
    Ok(if summary.failed > 0 && !args.keep_going {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Counts the input documents on a background thread, for the progress ETA: `usize::MAX` until
/// known, and forever when stdin is an input (it cannot be read twice).
fn count_in_background(paths: &[PathBuf], config: &InputConfig) -> Arc<AtomicUsize> {
    let total = Arc::new(AtomicUsize::new(usize::MAX));
    if paths.iter().any(|p| p.as_os_str() == sitrep::input::STDIN) {
        return total;
    }
    let (paths, config, shared) = (paths.to_vec(), config.clone(), Arc::clone(&total));
    std::thread::spawn(move || {
        if let Ok(inputs) = Inputs::new(paths, &config) {
            shared.store(inputs.count(), Ordering::Relaxed);
        }
    });
    total
}

fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn read_eval_file(path: &Path) -> Result<Vec<EvalDocument>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(parse_documents(&text, &path.display().to_string())?)
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    let gold = read_eval_file(&args.gold)?;
    let types = parse_types(&args.pipeline.only)?;
    let mut texts: HashMap<String, String> = HashMap::new();
    let predicted = if let Some(path) = &args.predicted {
        read_eval_file(path)?
    } else if !args.run.is_empty() {
        check_paths(&args.run)?;
        let (pipeline, input_config) = args.pipeline.build(&args.run, false)?;
        let inputs = Inputs::new(args.run.clone(), &input_config)?;
        let mut buf = Vec::new();
        run(
            inputs,
            &input_config,
            &pipeline,
            &RunConfig::default(),
            &mut buf,
            |_| {},
        )?;
        let jsonl = String::from_utf8(buf).context("output is UTF-8")?;
        if args.diff {
            let inputs = Inputs::new(args.run.clone(), &input_config)?;
            for pending in inputs {
                let doc = pending.load(&input_config);
                texts.insert(doc.id, doc.text);
            }
        }
        parse_documents(&jsonl, "predictions")?
    } else {
        bail!("eval needs predictions: a PRED file or --run PATHS");
    };
    let report = score(&gold, &predicted, &types);
    print!("{}", report.table());
    if args.diff {
        for d in &gold {
            if texts.contains_key(&d.id) {
                continue;
            }
            if let Some(text) = d
                .path
                .as_ref()
                .and_then(|p| std::fs::read_to_string(p).ok())
            {
                texts.insert(d.id.clone(), text);
            }
        }
        print!("{}", report.diff(&texts));
    }
    Ok(ExitCode::SUCCESS)
}

fn gazetteer(action: GazetteerAction) -> Result<ExitCode> {
    match action {
        GazetteerAction::Check(args) => {
            let problems = sitrep::gazetteer::check(&args.gazetteers)?;
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                eprintln!("sitrep: gazetteers OK");
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("sitrep: {} problems", problems.len());
                Ok(ExitCode::from(1))
            }
        }
        GazetteerAction::Stats(args) => {
            print!("{}", sitrep::gazetteer::stats(&args.gazetteers)?);
            Ok(ExitCode::SUCCESS)
        }
    }
}
