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

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::matcher::BuildFx;
use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/bundled_gazetteers.rs"));

/// `s` as a `&'static str` when it lies inside a bundled file's text or is a bundled file's
/// stem (entries of bundled files borrow from the binary), else `None`.
pub(crate) fn bundled_str(s: &str) -> Option<&'static str> {
    let at = s.as_ptr() as usize;
    BUNDLED.iter().find_map(|&(stem, text)| {
        if stem == s {
            return Some(stem);
        }
        let base = text.as_ptr() as usize;
        let off = at.checked_sub(base)?;
        text.get(off..off.checked_add(s.len())?)
    })
}

/// The header every gazetteer file starts with (after comments).
pub const HEADER: [&str; 9] = [
    "id", "label", "name", "aliases", "acronyms", "demonyms", "surnames", "flags", "attrs",
];

/// One gazetteer entry; its cells are borrowed from the file's text (parsing a bundled file
/// copies no strings: start-up parses ~13,000 entries).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub name: &'a str,
    pub aliases: Vec<&'a str>,
    pub acronyms: Vec<&'a str>,
    pub demonyms: Vec<&'a str>,
    pub surnames: Vec<&'a str>,
    pub flags: Vec<&'a str>,
    pub attrs: Vec<(&'a str, &'a str)>,
    /// File stem of the gazetteer the entry came from (`countries`, `officials`, …).
    pub gazetteer: &'a str,
    /// Display path of the file the entry was read from.
    pub path: &'a str,
    /// Line number (1-based) of the entry in its file.
    pub line: usize,
}

impl Entry<'_> {
    /// Whether the entry is flagged `ambiguous`.
    pub fn ambiguous(&self) -> bool {
        self.flags.contains(&"ambiguous")
    }

    /// Whether the entry is flagged `nocase`.
    pub fn nocase(&self) -> bool {
        self.flags.contains(&"nocase")
    }

    /// The value of attribute `key`, if the entry has it.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// Where the entry was read: `path:line`.
    pub fn origin(&self) -> String {
        format!("{}:{}", self.path, self.line)
    }
}

/// One gazetteer file, parsed; borrows the text, path and stem it was parsed from.
#[derive(Clone, Debug)]
pub struct File<'a> {
    /// Display path (`<bundled>/countries.tsv` for embedded files).
    pub path: &'a str,
    pub stem: &'a str,
    /// Whether it is one of the bundled files (duplicates across bundled files are errors;
    /// a user file replacing a bundled entry is an override).
    pub bundled: bool,
    pub entries: Vec<Entry<'a>>,
}

/// The text of one gazetteer file with its names, before parsing: the bundled files are
/// borrowed from the binary, user files owned.
#[derive(Clone, Debug)]
pub struct Source {
    /// Display path (`<bundled>/countries.tsv` for embedded files).
    pub path: String,
    pub stem: String,
    pub bundled: bool,
    pub text: Cow<'static, str>,
}

impl Source {
    /// Parses the file.
    pub fn parse(&self) -> Result<File<'_>> {
        parse(&self.path, &self.stem, &self.text, self.bundled)
    }
}

/// `s.trim()`, answered without decoding when both ends are ASCII and no white space (almost
/// every cell: start-up trims ~200,000 of them).
#[inline]
fn trim(s: &str) -> &str {
    let solid = |b: u8| b < 0x80 && !matches!(b, b'\t'..=b'\r' | b' ');
    match s.as_bytes() {
        [] => s,
        [first, .., last] if solid(*first) && solid(*last) => s,
        [only] if solid(*only) => s,
        _ => s.trim(),
    }
}

/// The pieces of `s` between the ASCII bytes `sep`, as `s.split(sep as char)` cuts them, found
/// by a plain byte loop: the cells are short (~80 bytes at most), and `str::split`'s searcher
/// paid a `memchr` call per piece (~1,300 instructions a list cell at start-up).
fn split_at_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii(), "an ASCII separator never cuts a character");
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

fn list(cell: &str) -> Vec<&str> {
    // Most cells are empty: no splitter for them.
    if cell.is_empty() {
        return Vec::new();
    }
    split_at_byte(cell, b'|')
        .map(trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The `k=v;k=v` pairs of an attributes cell, trimmed (a piece without `=` is a key with an
/// empty value).
fn attr_pairs(cell: &str) -> Vec<(&str, &str)> {
    if cell.is_empty() {
        return Vec::new();
    }
    split_at_byte(cell, b';')
        .map(trim)
        .filter(|s| !s.is_empty())
        .map(|kv| match kv.bytes().position(|b| b == b'=') {
            Some(i) => (trim(&kv[..i]), trim(&kv[i + 1..])),
            None => (kv, ""),
        })
        .collect()
}

/// Parses one file's text.
pub fn parse<'a>(path: &'a str, stem: &'a str, text: &'a str, bundled: bool) -> Result<File<'a>> {
    let bad = |line: usize, message: String| Error::Gazetteer {
        path: PathBuf::from(path),
        line,
        message,
    };
    // Column index of each of HEADER's names, found from the header line.
    let mut columns: Option<[Option<usize>; 9]> = None;
    let bytes = text.as_bytes();
    // At most one entry per line.
    let mut entries = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
    // The cells of the current line (one buffer for all lines).
    let mut cells: Vec<&'a str> = Vec::new();
    // Lines and cells are cut with `memchr` (as `str::lines` and `split('\t')` would cut them;
    // a line's trailing `\r`s are trimmed below).
    let mut start = 0;
    let mut line_no = 0;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let raw = &text[start..end];
        start = end + 1;
        line_no += 1;
        let line = raw.trim_end_matches('\r');
        if trim(line).is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        cells.clear();
        let mut from = 0;
        for tab in memchr::memchr_iter(b'\t', line.as_bytes()) {
            cells.push(&line[from..tab]);
            from = tab + 1;
        }
        cells.push(&line[from..]);
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
        // The cell of HEADER[k] (empty when the column or the cell is missing).
        let cell =
            |k: usize| -> &'a str { cols[k].and_then(|j| cells.get(j)).map_or("", |c| trim(c)) };
        let attrs = attr_pairs(cell(8));
        entries.push(Entry {
            id: cell(0),
            label: cell(1),
            name: cell(2),
            aliases: list(cell(3)),
            acronyms: list(cell(4)),
            demonyms: list(cell(5)),
            surnames: list(cell(6)),
            flags: list(cell(7)),
            attrs,
            gazetteer: stem,
            path,
            line: line_no,
        });
    }
    if columns.is_none() && !text.trim().is_empty() {
        return Err(bad(1, "no header line".into()));
    }
    Ok(File {
        path,
        stem,
        bundled,
        entries,
    })
}

/// The bundled files' texts.
fn bundled() -> impl Iterator<Item = Source> {
    BUNDLED.iter().map(|(stem, text)| Source {
        path: format!("<bundled>/{stem}.tsv"),
        stem: stem.to_string(),
        bundled: true,
        text: Cow::Borrowed(text),
    })
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

fn read_user(path: &Path) -> Result<Source> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("user")
        .to_string();
    Ok(Source {
        path: path.display().to_string(),
        stem,
        bundled: false,
        text: Cow::Owned(text),
    })
}

/// The texts of the bundled files followed by the user's files, in order (read, not parsed).
pub fn load_sources(extra: &[PathBuf]) -> Result<Vec<Source>> {
    let mut sources: Vec<Source> = bundled().collect();
    for path in expand(extra)? {
        sources.push(read_user(&path)?);
    }
    Ok(sources)
}

/// Parses every source, in order.
pub fn parse_all(sources: &[Source]) -> Result<Vec<File<'_>>> {
    sources.iter().map(Source::parse).collect()
}

/// The effective entries: later files replace earlier entries with the same id (the entry keeps
/// the earlier position). Entries without an id or a name are skipped.
pub fn merge<'f, 'a>(files: &'f [File<'a>]) -> Vec<&'f Entry<'a>> {
    // Sized for every entry (no growth and rehash while it fills).
    let total = files.iter().map(|f| f.entries.len()).sum();
    let mut entries: Vec<&Entry> = Vec::with_capacity(total);
    let mut by_id: HashMap<&str, usize, BuildFx> =
        HashMap::with_capacity_and_hasher(total, BuildFx::default());
    for file in files {
        for entry in &file.entries {
            if entry.id.is_empty() || entry.name.is_empty() {
                continue;
            }
            match by_id.get(entry.id) {
                Some(&at) => entries[at] = entry,
                None => {
                    by_id.insert(entry.id, entries.len());
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
        assert_eq!(e.origin(), "t.tsv:3");
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
        let names: Vec<&str> = merged.iter().map(|e| e.name).collect();
        assert_eq!(names, ["New", "Two"]);
    }

    #[test]
    fn byte_splits_are_str_splits() {
        let cells = [
            "",
            "|",
            "a",
            "a|b",
            "|a||b|",
            " a | b ",
            "é|ü|",
            "k=v;k2 = v2 ;;x",
            "=;=v;k=",
            "a=b=c; d",
            "\u{a0}x\u{a0}|y",
            ";",
            "k=v;",
            "日本|中国",
        ];
        for cell in cells {
            for sep in [b'|', b';', b'='] {
                let ours: Vec<&str> = split_at_byte(cell, sep).collect();
                let reference: Vec<&str> = cell.split(sep as char).collect();
                assert_eq!(ours, reference, "{cell:?} at {:?}", sep as char);
            }
            let reference: Vec<(&str, &str)> = cell
                .split(';')
                .map(trim)
                .filter(|s| !s.is_empty())
                .map(|kv| match kv.split_once('=') {
                    Some((k, v)) => (trim(k), trim(v)),
                    None => (kv, ""),
                })
                .collect();
            assert_eq!(attr_pairs(cell), reference, "{cell:?}");
        }
    }

    #[test]
    fn fast_trim_is_str_trim() {
        for s in [
            "",
            "a",
            " ",
            "\t",
            "\u{b}",
            "\u{1c}x\u{1f}",
            "ab",
            " ab",
            "ab ",
            "\u{a0}a",
            "a\u{a0}",
            "a\u{3000}",
            "\u{2003}",
            "é",
            " é ",
            "x\r",
            "\nx",
            "a b",
            "\u{85}",
            "|",
            "Q843",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }
}
