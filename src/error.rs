//! Library errors. Extraction itself never fails; these come from configuration and I/O.

use std::path::PathBuf;

/// Everything the library can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gazetteer file could not be read or parsed.
    #[error("gazetteer {path}: line {line}: {message}")]
    Gazetteer {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// An input or output path problem, naming the path.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A bad setting (unknown type name, malformed date, …).
    #[error("{0}")]
    Config(String),
}

/// Shorthand for library results.
pub type Result<T, E = Error> = std::result::Result<T, E>;
