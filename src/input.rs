//! Reading documents: files, folders, standard input and JSONL records.
//!
//! Architecture invariant: reading never stops the run. Whatever goes wrong with one document
//! (unreadable, binary, invalid UTF-8, too large, a malformed JSONL line) becomes a [`Document`]
//! with an error and no text, so it still gets its output line. Only a missing top-level path is
//! fatal, and that is checked before anything is read ([`check_paths`]).
//!
//! Enumeration ([`Inputs`]) is cheap and sequential; the expensive part, [`Pending::load`], runs
//! on worker threads.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use globset::GlobMatcher;

use crate::error::{Error, Result};
use crate::model::{sha256_hex, DateSource, DocDate, DocError, Document, Source};

mod listed;
mod record;
pub use listed::Listed;

/// How inputs are to be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Each file (or stdin) is one plain-text document.
    #[default]
    Text,
    /// Each line is `{"id", "text", "date"?, …}`.
    Jsonl,
}

/// Input settings.
#[derive(Clone, Debug)]
pub struct InputConfig {
    pub format: InputFormat,
    /// Which files inside folders are documents (default `*.txt`; `*.jsonl` in JSONL mode).
    pub glob: Option<String>,
    /// Documents larger than this are reported, not read.
    pub max_doc_bytes: u64,
    /// A document date for every document (overrides dates found in the text).
    pub doc_date: Option<NaiveDate>,
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            format: InputFormat::Text,
            glob: None,
            max_doc_bytes: 1 << 30,
            doc_date: None,
        }
    }
}

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// Fails with an error naming the first path that does not exist.
///
/// ```
/// use sitrep::input::check_paths;
/// let err = check_paths(&["no/such/file.txt".into()]).unwrap_err();
/// assert!(err.to_string().starts_with("no/such/file.txt: "));
/// ```
pub fn check_paths(paths: &[PathBuf]) -> Result<()> {
    for path in paths {
        if path.as_os_str() == STDIN {
            continue;
        }
        // symlink_metadata: a broken symlink given by name exists, and gets an error record.
        if let Err(source) = std::fs::symlink_metadata(path) {
            return Err(Error::Io {
                path: path.clone(),
                source,
            });
        }
    }
    Ok(())
}

/// One document to be loaded.
#[derive(Debug)]
pub enum Pending {
    /// A plain-text file.
    File { path: PathBuf },
    /// A regular file found in a folder, opened relative to the folder's handle.
    Listed(Listed),
    /// Standard input as one plain-text document.
    Stdin,
    /// One JSONL line.
    Record {
        source: String,
        line: usize,
        bytes: Vec<u8>,
    },
    /// Something that failed before loading (an unreadable folder entry or JSONL file).
    Failed(Box<Document>),
}

impl Pending {
    /// Approximate size in bytes, for batching (0 when unknown).
    pub fn size_hint(&self) -> usize {
        match self {
            Pending::Record { bytes, .. } => bytes.len(),
            _ => 0,
        }
    }

    /// Reads and decodes the document. Never fails: problems become error records.
    pub fn load(self, config: &InputConfig) -> Document {
        let mut doc = match self {
            Pending::File { path } => load_file(&path, config),
            Pending::Listed(listed) => listed.load(config),
            Pending::Stdin => load_reader("stdin", None, io::stdin().lock(), 0, config),
            Pending::Record {
                source,
                line,
                bytes,
            } => load_record(source, line, bytes),
            Pending::Failed(doc) => *doc,
        };
        if let Some(date) = config.doc_date {
            doc.date = DocDate {
                value: Some(date),
                from: DateSource::Input,
                span: None,
            };
        }
        doc
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| display(path))
}

fn error(kind: &'static str, message: impl Into<String>) -> DocError {
    DocError {
        kind,
        message: message.into(),
    }
}

fn load_file(path: &Path, config: &InputConfig) -> Document {
    let id = file_id(path);
    let mut source = Source {
        path: Some(display(path)),
        ..Source::default()
    };
    let file = match File::open(path).and_then(|f| f.metadata().map(|m| (f, m))) {
        Ok(pair) => pair,
        Err(e) => return Document::failed(id, source, error("unreadable", e.to_string())),
    };
    let (file, meta) = file;
    if meta.is_dir() {
        return Document::failed(id, source, error("unreadable", "is a directory"));
    }
    if meta.len() > config.max_doc_bytes {
        source.bytes = meta.len() as usize;
        return Document::failed(
            id,
            source,
            error(
                "too_large",
                format!(
                    "{} bytes is over the limit of {} bytes (--max-doc-mb); not read",
                    meta.len(),
                    config.max_doc_bytes
                ),
            ),
        );
    }
    // A regular file is read up to the size it had when opened, into a buffer of that size:
    // one `read` for a small file (reading to the end took a second one that returned
    // nothing). One that grows meanwhile is read as it was when opened; one that shrinks
    // ends early.
    if meta.is_file() {
        if let Ok(len) = usize::try_from(meta.len()) {
            let mut bytes = vec![0u8; len];
            let mut filled = 0;
            while filled < len {
                match (&file).read(&mut bytes[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        return Document::failed(id, source, error("unreadable", e.to_string()))
                    }
                }
            }
            bytes.truncate(filled);
            return from_bytes(id, source, bytes);
        }
    }
    // Anything else (a pipe, a device) is read as a stream, up to the size limit.
    let hint = usize::try_from(meta.len()).map_or(0, |n| n.saturating_add(1));
    load_reader(&id, source.path.take(), file, hint, config)
}

fn load_reader(
    id: &str,
    path: Option<String>,
    reader: impl Read,
    capacity: usize,
    config: &InputConfig,
) -> Document {
    let mut bytes = Vec::with_capacity(capacity);
    let limit = config.max_doc_bytes.saturating_add(1);
    let source = Source {
        path,
        ..Source::default()
    };
    if let Err(e) = reader.take(limit).read_to_end(&mut bytes) {
        return Document::failed(id.to_string(), source, error("unreadable", e.to_string()));
    }
    if bytes.len() as u64 > config.max_doc_bytes {
        return Document::failed(
            id.to_string(),
            Source {
                bytes: bytes.len(),
                ..source
            },
            error(
                "too_large",
                format!(
                    "over the limit of {} bytes (--max-doc-mb); not read",
                    config.max_doc_bytes
                ),
            ),
        );
    }
    from_bytes(id.to_string(), source, bytes)
}

/// Decodes input bytes into a document, or a failed document when they are not usable text.
///
/// Invalid UTF-8 is rejected rather than repaired: a replacement character changes byte
/// lengths, and the contract is that offsets always point at the original bytes.
///
/// ```
/// use sitrep::input::from_bytes;
/// let doc = from_bytes("x".into(), Default::default(), b"caf\xe9".to_vec());
/// assert_eq!(doc.errors[0].kind, "invalid_utf8");
/// assert!(doc.text.is_empty());
/// ```
pub fn from_bytes(id: String, mut source: Source, bytes: Vec<u8>) -> Document {
    source.bytes = bytes.len();
    source.sha256 = sha256_hex(&bytes);
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Document::failed(id, source, binary_error(at));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Document::with_source(id, text, source),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Document::failed(
                id,
                source,
                error(
                    "invalid_utf8",
                    format!("invalid UTF-8 at byte {at}; not annotated, since offsets must point at the original bytes (convert the file to UTF-8 first)"),
                ),
            )
        }
    }
}

fn load_record(source_name: String, line: usize, bytes: Vec<u8>) -> Document {
    // The common shape is read in one pass; anything else goes through `serde_json`, which
    // gives the error records and `meta`.
    let Some(fields) = record::read(&bytes) else {
        return load_record_value(&source_name, line, &bytes);
    };
    let source = Source {
        path: Some(source_name),
        line: Some(line),
        ..Source::default()
    };
    let mut doc = from_text(fields.id, source, fields.text);
    if let Some(date) = fields.date {
        let source_name = doc.source.path.as_deref().unwrap_or_default();
        match date_of_record(source_name, line, &date) {
            Ok(date) => doc.date = date,
            Err(error) => doc.errors.push(error),
        }
    }
    doc
}

/// The document date a record's `date` string gives, or the error record saying why not.
fn date_of_record(
    source_name: &str,
    line: usize,
    s: &str,
) -> std::result::Result<DocDate, DocError> {
    match parse_doc_date(s) {
        Some(d) => Ok(DocDate {
            value: Some(d),
            from: DateSource::Input,
            span: None,
        }),
        None => Err(error(
            "bad_date",
            format!("{source_name} line {line}: `date` {s:?} is not YYYY-MM-DD; ignored"),
        )),
    }
}

/// [`from_bytes`] for text already known to be UTF-8 (no second validation).
fn from_text(id: String, mut source: Source, text: String) -> Document {
    source.bytes = text.len();
    source.sha256 = sha256_hex(text.as_bytes());
    if let Some(at) = memchr::memchr(0, text.as_bytes()) {
        return Document::failed(id, source, binary_error(at));
    }
    Document::with_source(id, text, source)
}

fn binary_error(at: usize) -> DocError {
    error(
        "binary",
        format!("NUL byte at byte {at}: looks like a binary file; skipped"),
    )
}

/// A JSONL record read through a `serde_json::Value`: any shape, with its errors.
fn load_record_value(source_name: &str, line: usize, bytes: &[u8]) -> Document {
    let fallback_id = format!("{}:{line}", file_id(Path::new(source_name)));
    let source = Source {
        path: Some(source_name.to_string()),
        line: Some(line),
        ..Source::default()
    };
    let malformed = |id: String, source: Source, message: String| {
        Document::failed(
            id,
            source,
            error(
                "malformed_jsonl",
                format!("{source_name} line {line}: {message}"),
            ),
        )
    };
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return malformed(fallback_id, source, e.to_string()),
    };
    let serde_json::Value::Object(mut fields) = value else {
        return malformed(fallback_id, source, "not a JSON object".into());
    };
    let id = match fields.remove("id") {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => fallback_id,
        Some(_) => {
            return malformed(
                fallback_id,
                source,
                "`id` must be a string or a number".into(),
            )
        }
    };
    // From here on the record's own id is known, so the error record carries it.
    let text = match fields.remove("text") {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return malformed(id, source, "`text` must be a string".into()),
        None => return malformed(id, source, "missing `text`".into()),
    };
    let date = fields.remove("date");
    let mut doc = from_bytes(id, source, text.into_bytes());
    match date {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::String(s)) => match date_of_record(source_name, line, &s) {
            Ok(date) => doc.date = date,
            Err(error) => doc.errors.push(error),
        },
        Some(other) => doc.errors.push(error(
            "bad_date",
            format!("{source_name} line {line}: `date` {other} is not a string; ignored"),
        )),
    }
    if !fields.is_empty() {
        doc.meta = Some(fields);
    }
    doc
}

/// Parses a `YYYY-MM-DD` document date (a longer ISO timestamp is cut to its date).
///
/// ```
/// use sitrep::input::parse_doc_date;
/// assert_eq!(parse_doc_date("2024-11-21").unwrap().to_string(), "2024-11-21");
/// assert_eq!(parse_doc_date("2024-11-21T08:00:00Z").unwrap().to_string(), "2024-11-21");
/// assert!(parse_doc_date("21/11/2024").is_none());
/// ```
pub fn parse_doc_date(s: &str) -> Option<NaiveDate> {
    let head = s.get(..10)?;
    if s.len() > 10 && !s[10..].starts_with(['T', ' ']) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Enumerates documents from the given paths, in order, lazily.
pub struct Inputs {
    paths: std::vec::IntoIter<PathBuf>,
    format: InputFormat,
    glob: GlobMatcher,
    walker: Option<(PathBuf, walkdir::IntoIter)>,
    jsonl: Option<JsonlReader>,
    folders: listed::Folders,
}

struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    /// The line being read, reused: a record's bytes are copied out of it once, at their
    /// length, where reading into a new vector grew it by doubling (four or five copies of
    /// every record).
    scratch: Vec<u8>,
}

impl Inputs {
    /// Enumerates `paths` (files, folders, or `-`).
    pub fn new(paths: Vec<PathBuf>, config: &InputConfig) -> Result<Self> {
        let pattern = config.glob.clone().unwrap_or_else(|| {
            match config.format {
                InputFormat::Text => "*.txt",
                InputFormat::Jsonl => "*.jsonl",
            }
            .to_string()
        });
        let glob = globset::Glob::new(&pattern)
            .map_err(|e| Error::Config(format!("--glob {pattern:?}: {e}")))?
            .compile_matcher();
        Ok(Inputs {
            paths: paths.into_iter(),
            format: config.format,
            glob,
            walker: None,
            jsonl: None,
            folders: listed::Folders::default(),
        })
    }

    fn open(&mut self, path: PathBuf) -> Option<Pending> {
        match self.format {
            InputFormat::Text if path.as_os_str() == STDIN => Some(Pending::Stdin),
            InputFormat::Text => Some(Pending::File { path }),
            InputFormat::Jsonl => {
                let name = display(&path);
                let reader: Box<dyn BufRead + Send> = if path.as_os_str() == STDIN {
                    Box::new(BufReader::new(io::stdin()))
                } else {
                    match File::open(&path) {
                        Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                        Err(e) => {
                            let source = Source {
                                path: Some(name.clone()),
                                ..Source::default()
                            };
                            return Some(Pending::Failed(Box::new(Document::failed(
                                file_id(&path),
                                source,
                                error("unreadable", e.to_string()),
                            ))));
                        }
                    }
                };
                self.jsonl = Some(JsonlReader {
                    name,
                    reader,
                    line: 0,
                    scratch: Vec::new(),
                });
                None
            }
        }
    }

    fn next_record(&mut self) -> Option<Pending> {
        let jsonl = self.jsonl.as_mut()?;
        loop {
            let bytes = &mut jsonl.scratch;
            bytes.clear();
            jsonl.line += 1;
            match jsonl.reader.read_until(b'\n', bytes) {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {
                    while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                        bytes.pop();
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue; // blank lines are not records
                    }
                    let record = Pending::Record {
                        source: jsonl.name.clone(),
                        line: jsonl.line,
                        bytes: bytes.as_slice().to_vec(),
                    };
                    // A huge record's room is not kept for the small ones after it.
                    if jsonl.scratch.capacity() > 64 << 20 {
                        jsonl.scratch = Vec::new();
                    }
                    return Some(record);
                }
                Err(e) => {
                    let source = Source {
                        path: Some(jsonl.name.clone()),
                        line: Some(jsonl.line),
                        ..Source::default()
                    };
                    let id = format!("{}:{}", file_id(Path::new(&jsonl.name)), jsonl.line);
                    self.jsonl = None;
                    return Some(Pending::Failed(Box::new(Document::failed(
                        id,
                        source,
                        error("unreadable", e.to_string()),
                    ))));
                }
            }
        }
    }

    /// The next matching path of the folder being walked, and whether it is a regular file
    /// (its type read off the folder listing, or off the link target's metadata).
    fn next_walked(&mut self) -> Option<(PathBuf, bool)> {
        let (root, walker) = self.walker.as_mut()?;
        for entry in walker.by_ref() {
            match entry {
                Ok(entry) => {
                    if entry.file_type().is_dir() {
                        continue;
                    }
                    let relative = entry.path().strip_prefix(&*root).unwrap_or(entry.path());
                    if self.glob.is_match(relative) || self.glob.is_match(entry.file_name()) {
                        let regular = entry.file_type().is_file();
                        return Some((entry.into_path(), regular));
                    }
                }
                Err(e) => {
                    // Unreadable folder: report it as a document so nothing vanishes silently.
                    let path = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    return Some((path, false));
                }
            }
        }
        self.walker = None;
        None
    }
}

/// The order of `walkdir`'s `sort_by_file_name`, by whole paths: the entries sorted together are
/// one folder's, each its folder's path joined with its name, so their paths share everything
/// before the name and compare as their names do (byte-wise, as `OsStr` does). Taking the name
/// off each path (`Path::file_name`, parsing the path's components from the back) was ~8,000
/// instructions a file of a 1,000-file folder, in the sort's comparisons.
fn by_file_name(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    a.path().as_os_str().cmp(b.path().as_os_str())
}

impl Iterator for Inputs {
    type Item = Pending;

    fn next(&mut self) -> Option<Pending> {
        loop {
            if let Some(record) = self.next_record() {
                return Some(record);
            }
            if let Some((path, regular)) = self.next_walked() {
                if regular && self.format == InputFormat::Text {
                    if let Some(listed) = self.folders.listed(&path) {
                        return Some(Pending::Listed(listed));
                    }
                }
                if let Some(pending) = self.open(path) {
                    return Some(pending);
                }
                continue;
            }
            let path = self.paths.next()?;
            if path.as_os_str() != STDIN && path.is_dir() {
                let walker = walkdir::WalkDir::new(&path)
                    .follow_links(true)
                    .sort_by(by_file_name)
                    .into_iter();
                self.walker = Some((path, walker));
                continue;
            }
            if let Some(pending) = self.open(path) {
                return Some(pending);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::Xorshift;

    /// Every entry of a folder tree, in walk order, with a comparator.
    fn walk(
        root: &Path,
        sort: impl FnMut(&walkdir::DirEntry, &walkdir::DirEntry) -> std::cmp::Ordering
            + Send
            + Sync
            + 'static,
    ) -> Vec<PathBuf> {
        walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by(sort)
            .into_iter()
            .map(|entry| entry.unwrap().into_path())
            .collect()
    }

    /// Names that share prefixes, differ in case, punctuation sorting around `/` (`-`, `.`,
    /// `0`) and multi-byte characters, in nested folders: the whole-path order must be
    /// `sort_by_file_name`'s (the reference).
    #[test]
    fn whole_paths_sort_as_file_names() {
        let pieces = [
            "a", "A", "b", "-", ".", "0", "9", "_", " ", "é", "日", "ab", "z",
        ];
        let mut rng = Xorshift(0x5eed_0fa1_1f11_e5e5);
        for _ in 0..20 {
            let dir = tempfile::tempdir().unwrap();
            let folders = ["", "a", "a-b", "a.b", "a0", "é"];
            for folder in folders {
                std::fs::create_dir_all(dir.path().join(folder)).unwrap();
            }
            for folder in folders {
                let at = dir.path().join(folder);
                for _ in 0..30 {
                    let len = 1 + rng.below(5);
                    let name = rng.concat(&pieces, len);
                    // `.` and `..` are not names; a folder of the tree keeps its name.
                    if name.trim_matches('.').is_empty() || at.join(&name).is_dir() {
                        continue;
                    }
                    std::fs::write(at.join(&name), "x").unwrap();
                }
            }
            let reference = walkdir::WalkDir::new(dir.path())
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .map(|entry| entry.unwrap().into_path())
                .collect::<Vec<_>>();
            assert!(reference.len() > 100);
            assert_eq!(walk(dir.path(), by_file_name), reference);
        }
    }
}
