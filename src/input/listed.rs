//! Regular files found in a folder, read with the fewest system calls.
//!
//! A file given by its full path cost four system calls (`openat` of the whole path, `statx`
//! for its size, `read`, `close`), and the kernel walked every component of the path again
//! for every file: on folders of 2 KB news files that was ~9 % of the run's time. A file the
//! folder walk found is opened relative to its folder's handle (one name to look up), its type
//! is already known from the folder listing, and it is read into a reused 64 KiB buffer without
//! asking for its size first: `openat`, `read`, `close`.
//!
//! Anything unusual (an open or read error, a file of 64 KiB or more, one over the size limit)
//! is loaded again by its path through [`super::load_file`], so its error record or its bytes
//! are exactly what they were.

use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::Document;

use super::InputConfig;

/// A regular file found in a folder (see the module documentation).
#[derive(Debug)]
pub struct Listed {
    path: PathBuf,
    #[cfg(unix)]
    folder: std::sync::Arc<Folder>,
}

/// An open folder handle, counted in [`LIVE_FOLDERS`] while it lives.
#[cfg(unix)]
#[derive(Debug)]
struct Folder(rustix::fd::OwnedFd);

#[cfg(unix)]
impl Drop for Folder {
    fn drop(&mut self) {
        LIVE_FOLDERS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How many folder handles are open (held by [`Folders`] and by documents in flight).
#[cfg(unix)]
static LIVE_FOLDERS: AtomicUsize = AtomicUsize::new(0);

/// At most this many folder handles are open at once.
#[cfg(unix)]
const MAX_LIVE_FOLDERS: usize = 64;

/// The handle of the folder the walk is in, kept while its files are listed.
#[derive(Debug, Default)]
pub(super) struct Folders {
    #[cfg(unix)]
    current: Option<(PathBuf, Option<std::sync::Arc<Folder>>)>,
}

#[cfg(unix)]
impl Folders {
    /// `path` as a file to open relative to its folder, or `None` when the folder cannot be
    /// opened (the file is then read by its path).
    pub(super) fn listed(&mut self, path: &Path) -> Option<Listed> {
        use rustix::fs::{Mode, OFlags};
        let parent = path.parent()?;
        path.file_name()?;
        if self.current.as_ref().is_none_or(|(open, _)| open != parent) {
            // The documents in flight keep their folders open: with one file per folder and
            // many threads that could be thousands of handles, so past a few the files are
            // read by their paths.
            self.current = None;
            let handle = if LIVE_FOLDERS.load(Ordering::Relaxed) < MAX_LIVE_FOLDERS {
                let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
                rustix::fs::open(parent, flags, Mode::empty())
                    .ok()
                    .map(|fd| {
                        LIVE_FOLDERS.fetch_add(1, Ordering::Relaxed);
                        std::sync::Arc::new(Folder(fd))
                    })
            } else {
                None
            };
            self.current = Some((parent.to_path_buf(), handle));
        }
        let folder = self.current.as_ref()?.1.clone()?;
        Some(Listed {
            path: path.to_path_buf(),
            folder,
        })
    }
}

#[cfg(not(unix))]
impl Folders {
    pub(super) fn listed(&mut self, _path: &Path) -> Option<Listed> {
        None
    }
}

/// Files shorter than this are read in one `read` into the thread's buffer.
#[cfg(unix)]
const SMALL_FILE: usize = 64 << 10;

#[cfg(unix)]
thread_local! {
    static READ_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Listed {
    /// Reads and decodes the file; never fails (problems become error records).
    pub(super) fn load(self, config: &InputConfig) -> Document {
        #[cfg(unix)]
        if let Some(doc) = self.load_small(config) {
            return doc;
        }
        super::load_file(&self.path, config)
    }

    /// The document of a file shorter than [`SMALL_FILE`] and within the size limit, read
    /// relative to its folder; `None` for anything else.
    #[cfg(unix)]
    fn load_small(&self, config: &InputConfig) -> Option<Document> {
        use rustix::fs::{Mode, OFlags};
        let name = self.path.file_name()?;
        let flags = OFlags::RDONLY | OFlags::CLOEXEC;
        let file = std::fs::File::from(
            rustix::fs::openat(&self.folder.0, name, flags, Mode::empty()).ok()?,
        );
        READ_BUFFER.with(|cell| {
            let mut buffer = cell.try_borrow_mut().ok()?;
            if buffer.len() < SMALL_FILE {
                buffer.resize(SMALL_FILE, 0);
            }
            let read = read_once(&file, &mut buffer)?;
            // A short read of a regular file is its end (the path read stops at the size the
            // file had when opened, just as early); a full buffer may have more to come.
            if read == buffer.len() || read as u64 > config.max_doc_bytes {
                return None;
            }
            let source = crate::model::Source {
                path: Some(super::display(&self.path)),
                ..crate::model::Source::default()
            };
            Some(super::from_bytes(
                super::file_id(&self.path),
                source,
                buffer[..read].to_vec(),
            ))
        })
    }
}

/// One `read` into `buffer` (retried when interrupted); `None` on an error.
#[cfg(unix)]
fn read_once(mut file: &std::fs::File, buffer: &mut [u8]) -> Option<usize> {
    use std::io::Read;
    loop {
        match file.read(buffer) {
            Ok(n) => return Some(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{InputConfig, Inputs, Pending};

    /// One file per folder, all in flight at once: no more than the allowed folder handles
    /// are kept open, and every file loads with its own text either way.
    #[test]
    fn many_folders_in_flight_load_exactly() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..150 {
            let folder = dir.path().join(format!("f{i:03}"));
            std::fs::create_dir(&folder).unwrap();
            std::fs::write(folder.join("a.txt"), format!("Text {i}.")).unwrap();
        }
        let config = InputConfig::default();
        let pending: Vec<Pending> = Inputs::new(vec![dir.path().to_path_buf()], &config)
            .unwrap()
            .collect();
        assert_eq!(pending.len(), 150);
        let listed = pending
            .iter()
            .filter(|p| matches!(p, Pending::Listed(_)))
            .count();
        #[cfg(unix)]
        assert!(listed <= super::MAX_LIVE_FOLDERS, "{listed}");
        #[cfg(not(unix))]
        assert_eq!(listed, 0);
        for (i, p) in pending.into_iter().enumerate() {
            let doc = p.load(&config);
            assert_eq!(doc.text, format!("Text {i}."));
            assert!(doc.errors.is_empty());
        }
    }
}
