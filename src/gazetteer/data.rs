//! Gazetteer files: the TSV format, loading (bundled + user files), overrides by id.
//!
//! Format (UTF-8 TSV, `#` comment lines allowed, lists inside a cell separated by `|`):
//!
//! ```text
//! id<TAB>label<TAB>name<TAB>aliases<TAB>acronyms<TAB>demonyms<TAB>surnames<TAB>flags<TAB>attrs
//! Q843<TAB>COUNTRY<TAB>Pakistan<TAB>Islamic Republic of Pakistan<TAB>PK<TAB>Pakistani|Pakistanis
//! ```
//!
//! Columns are found by their header name, so their order is free; `id`, `label` and `name`
//! are required. `flags` is a `|` list of `ambiguous` and `nocase`; `attrs` is `k=v;k=v`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/bundled_gazetteers.rs"));

/// The header every gazetteer file starts with (after comments).
pub const HEADER: [&str; 9] = [
    "id", "label", "name", "aliases", "acronyms", "demonyms", "surnames", "flags", "attrs",
];

/// One gazetteer entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub label: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub acronyms: Vec<String>,
    pub demonyms: Vec<String>,
    pub surnames: Vec<String>,
    pub flags: Vec<String>,
    pub attrs: Vec<(String, String)>,
    /// File stem of the gazetteer the entry came from (`countries`, `officials`, …).
    pub gazetteer: String,
    /// Where the entry was read: `path:line`.
    pub origin: String,
}

impl Entry {
    pub fn ambiguous(&self) -> bool {
        self.flags.iter().any(|f| f == "ambiguous")
    }

    pub fn nocase(&self) -> bool {
        self.flags.iter().any(|f| f == "nocase")
    }

    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// One gazetteer file, parsed.
#[derive(Clone, Debug)]
pub struct File {
    /// Display path (`<bundled>/countries.tsv` for embedded files).
    pub path: String,
    pub stem: String,
    /// Whether it is one of the bundled files (duplicates across bundled files are errors;
    /// a user file replacing a bundled entry is an override).
    pub bundled: bool,
    pub entries: Vec<Entry>,
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Parses one file's text.
pub fn parse(path: &str, stem: &str, text: &str, bundled: bool) -> Result<File> {
    let bad = |line: usize, message: String| Error::Gazetteer {
        path: PathBuf::from(path),
        line,
        message,
    };
    // Column index of each of HEADER's names, found from the header line.
    let mut columns: Option<[Option<usize>; 9]> = None;
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let Some(cols) = &columns else {
            let header: HashMap<&str, usize> = cells
                .iter()
                .enumerate()
                .map(|(j, c)| (c.trim().trim_start_matches('\u{feff}'), j))
                .collect();
            for required in ["id", "label", "name"] {
                if !header.contains_key(required) {
                    return Err(bad(
                        line_no,
                        format!(
                            "header lacks the `{required}` column (expected: {})",
                            HEADER.join(" ")
                        ),
                    ));
                }
            }
            columns = Some(HEADER.map(|name| header.get(name).copied()));
            continue;
        };
        let cell = |name: &str| -> &str {
            HEADER
                .iter()
                .position(|h| *h == name)
                .and_then(|k| cols[k])
                .and_then(|j| cells.get(j))
                .map_or("", |c| c.trim())
        };
        let attrs = cell("attrs")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|kv| match kv.split_once('=') {
                Some((k, v)) => (k.trim().to_string(), v.trim().to_string()),
                None => (kv.to_string(), String::new()),
            })
            .collect();
        entries.push(Entry {
            id: cell("id").to_string(),
            label: cell("label").to_string(),
            name: cell("name").to_string(),
            aliases: list(cell("aliases")),
            acronyms: list(cell("acronyms")),
            demonyms: list(cell("demonyms")),
            surnames: list(cell("surnames")),
            flags: list(cell("flags")),
            attrs,
            gazetteer: stem.to_string(),
            origin: format!("{path}:{line_no}"),
        });
    }
    if columns.is_none() && !text.trim().is_empty() {
        return Err(bad(1, "no header line".into()));
    }
    Ok(File {
        path: path.to_string(),
        stem: stem.to_string(),
        bundled,
        entries,
    })
}

/// The bundled files, parsed.
pub fn bundled() -> Result<Vec<File>> {
    BUNDLED
        .iter()
        .map(|(stem, text)| parse(&format!("<bundled>/{stem}.tsv"), stem, text, true))
        .collect()
}

/// Expands user paths: files as given, folders to their `*.tsv` files (recursive, sorted).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(path)
                .into_iter()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn read_user(path: &Path) -> Result<File> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("user")
        .to_string();
    parse(&path.display().to_string(), &stem, &text, false)
}

/// The bundled files followed by the user's files, in order.
pub fn load_files(extra: &[PathBuf]) -> Result<Vec<File>> {
    let mut files = bundled()?;
    for path in expand(extra)? {
        files.push(read_user(&path)?);
    }
    Ok(files)
}

/// The effective entries: later files replace earlier entries with the same id (the entry keeps
/// the earlier position). Entries without an id or a name are skipped.
pub fn merge(files: &[File]) -> Vec<&Entry> {
    let mut entries: Vec<&Entry> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for file in files {
        for entry in &file.entries {
            if entry.id.is_empty() || entry.name.is_empty() {
                continue;
            }
            match by_id.get(entry.id.as_str()) {
                Some(&at) => entries[at] = entry,
                None => {
                    by_id.insert(&entry.id, entries.len());
                    entries.push(entry);
                }
            }
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_header_lists_flags_and_attrs() {
        let text = "# comment\nid\tlabel\tname\taliases\tacronyms\tdemonyms\tsurnames\tflags\tattrs\n\
                    Q1\tOFFICIAL\tJane Roe\tJ. Roe| Jane R. \t\t\tRoe\tambiguous\tcountry=Q2;role=Minister\n";
        let file = parse("t.tsv", "t", text, false).expect("parses");
        let e = &file.entries[0];
        assert_eq!(e.aliases, ["J. Roe", "Jane R."]);
        assert_eq!(e.surnames, ["Roe"]);
        assert!(e.ambiguous() && !e.nocase());
        assert_eq!(e.attr("role"), Some("Minister"));
        assert_eq!(e.origin, "t.tsv:3");
    }

    #[test]
    fn missing_header_column_is_an_error_naming_the_line() {
        let err = parse("t.tsv", "t", "id\tname\nQ1\tX\n", false).unwrap_err();
        assert!(err.to_string().contains("t.tsv: line 1"), "{err}");
    }

    #[test]
    fn later_entries_override_by_id() {
        let a = parse(
            "a",
            "a",
            "id\tlabel\tname\nQ1\tORG\tOld\nQ2\tORG\tTwo\n",
            true,
        )
        .unwrap();
        let b = parse("b", "b", "id\tlabel\tname\nQ1\tORG\tNew\n", false).unwrap();
        let files = [a, b];
        let merged = merge(&files);
        let names: Vec<&str> = merged.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["New", "Two"]);
    }
}
