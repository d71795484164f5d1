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
use std::path::{Path, PathBuf};

use super::matcher::BuildFx;
use super::{entry, tsv};
use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/bundled_gazetteers.rs"));
// `IMAGES`: the [`Image`] of each bundled file that parses.
include!(concat!(env!("OUT_DIR"), "/gazetteer_images.rs"));

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

pub use super::entry::Entry;
pub use super::tsv::HEADER;

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

/// Parses one file's text; a bundled file's text is read from its compiled image (`tsv.rs`)
/// when the image was built from that very text.
pub fn parse<'a>(path: &'a str, stem: &'a str, text: &'a str, bundled: bool) -> Result<File<'a>> {
    let mut entries = Vec::new();
    let entry = |r: tsv::Row<'a>| entry::from_row(r, stem, path);
    if bundled {
        if let Some(image) = image_of(stem, text) {
            entries.reserve_exact(image.rows);
            if tsv::decode(text, image.words, |r| entries.push(entry(r))).is_some() {
                return Ok(File {
                    path,
                    stem,
                    bundled,
                    entries,
                });
            }
            // Unreachable for an image built from this text; parsed as any file then.
            entries.clear();
        }
    }
    // At most one entry per line.
    entries.reserve(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    tsv::rows(text, |r| entries.push(entry(r))).map_err(|(line, message)| Error::Gazetteer {
        path: PathBuf::from(path),
        line,
        message,
    })?;
    Ok(File {
        path,
        stem,
        bundled,
        entries,
    })
}

/// A bundled file's compiled image (`build.rs`, `tsv.rs`).
struct Image {
    stem: &'static str,
    /// Length and [`tsv::hash`] of the text it was built from.
    len: usize,
    hash: u64,
    rows: usize,
    /// [`tsv::encode`]'s words.
    words: &'static [u8],
    /// [`tsv::rules`]'s rules and index.
    rules: &'static str,
    rule_index: &'static [u8],
}

/// The image built from `text` under `stem`, if any: the stem, length and [`tsv::hash`] of
/// the text it was built from must match (a stale image is never read).
fn image_of(stem: &str, text: &str) -> Option<&'static Image> {
    IMAGES
        .iter()
        .find(|im| im.stem == stem && im.len == text.len() && im.hash == text_hash(text))
}

/// [`tsv::hash`] of `text`, computed once per process for a bundled file's embedded text (the
/// rows image and the matcher image both check it: ~1.5 M instructions a pass).
fn text_hash(text: &str) -> u64 {
    static HASHES: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    match BUNDLED.iter().position(|b| std::ptr::eq(b.1, text)) {
        Some(i) => {
            HASHES.get_or_init(|| BUNDLED.iter().map(|b| tsv::hash(b.1.as_bytes())).collect())[i]
        }
        None => tsv::hash(text.as_bytes()),
    }
}

/// The rule (`gazetteer/id`) of an entry read from a bundled file, as a static string made at
/// build time, when `gazetteer` is a bundled file's stem and `id` an id cell of its embedded
/// text; else `None`. (Checked against the two strings, so a stale image answers `None`.)
/// `next`: [`tsv::rule_at`]'s hint, one per build (`0` to start).
pub(crate) fn bundled_rule(gazetteer: &str, id: &str, next: &mut usize) -> Option<&'static str> {
    let image = IMAGES.iter().find(|im| im.stem == gazetteer)?;
    let text = BUNDLED.iter().find(|b| b.0 == gazetteer)?.1;
    let at = (id.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let rule = tsv::rule_at(image.rules, image.rule_index, at, next)?;
    let (g, rest) = rule.split_at_checked(gazetteer.len())?;
    (g == gazetteer && rest.strip_prefix('/') == Some(id)).then_some(rule)
}

/// The matcher image (`build.rs`, `image.rs`): empty when the build could not make one.
static MATCHER_IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/matcher.image"));
static MATCHER_STRINGS: &str = include_str!(concat!(env!("OUT_DIR"), "/matcher.strings"));

/// The bundled matcher core, when `entries` are exactly the merged entries of the bundled
/// files it was built from: the same texts (length and [`tsv::hash`]: a stale image is never
/// read) and each entry the one at the same place of the same text (id and name). Otherwise
/// (user gazetteers, a changed file) `None`, and the matcher compiles the entries itself.
pub(crate) fn matcher_image(entries: &[&Entry]) -> Option<super::image::Decoded> {
    super::image::decode(MATCHER_IMAGE, MATCHER_STRINGS, |h| {
        let at = |s: &str, text: &str, off: u32| {
            s.as_ptr() as usize == text.as_ptr() as usize + off as usize
        };
        h.files.len() == BUNDLED.len()
            && h.entries.len() == entries.len()
            && BUNDLED
                .iter()
                .zip(&h.files)
                .all(|((_, text), &(len, hash))| {
                    text.len() as u64 == len && text_hash(text) == hash
                })
            && entries.iter().zip(&h.entries).all(|(e, &[f, id, name])| {
                BUNDLED.get(f as usize).is_some_and(|&(stem, text)| {
                    e.gazetteer == stem && at(e.id, text, id) && at(e.name, text, name)
                })
            })
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
    let total = files.iter().map(|f| f.entries.len()).sum();
    entry::merge::<BuildFx>(files.iter().map(|f| f.entries.as_slice()), total)
}

#[cfg(test)]
mod tests {
    use super::tsv::{attr_pairs, split_at_byte, trim};
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

    /// The bundled files parsed by the run-time parser (no image).
    fn parsed_bundled() -> Vec<(&'static str, Vec<Entry<'static>>)> {
        BUNDLED
            .iter()
            .map(|&(stem, text)| {
                let mut entries = Vec::new();
                tsv::rows(text, |r| entries.push(entry::from_row(r, stem, stem)))
                    .expect("bundled files parse");
                (stem, entries)
            })
            .collect()
    }

    #[test]
    fn bundled_images_read_back_as_parsed_entries() {
        let parsed = parsed_bundled();
        assert_eq!(
            IMAGES.len(),
            BUNDLED.len(),
            "every bundled file has an image"
        );
        for (stem, want) in parsed {
            let text = BUNDLED.iter().find(|b| b.0 == stem).expect("bundled").1;
            let image = image_of(stem, text).expect("the image matches its text");
            assert!(
                tsv::decode(text, image.words, |_| ()).is_some(),
                "{stem}: the image reads back whole (not the parser's fallback)"
            );
            // And it is what this build's parser makes of the text.
            let mut rows = Vec::new();
            tsv::rows(text, |r| rows.push(r)).expect("parses");
            assert_eq!(tsv::encode(text, &rows).as_deref(), Some(image.words));
            let (rules, index) = tsv::rules(stem, text, &rows).expect("ids in the text");
            assert_eq!(
                (rules.as_str(), index.as_slice()),
                (image.rules, image.rule_index)
            );
            let got = parse(stem, stem, text, true).expect("parses");
            assert_eq!(got.entries.len(), want.len(), "{stem}");
            for (g, w) in got.entries.iter().zip(&want) {
                assert_eq!(g, w, "{stem}");
                // The same bytes of the embedded text, not copies (`bundled_str`).
                for (a, b) in [(g.id, w.id), (g.name, w.name), (g.label, w.label)] {
                    assert_eq!(a.as_ptr(), b.as_ptr(), "{stem}:{}", w.line);
                }
                let items = |e: &Entry<'static>| -> Vec<*const u8> {
                    e.aliases
                        .iter()
                        .chain(&e.acronyms)
                        .chain(&e.demonyms)
                        .chain(&e.surnames)
                        .chain(&e.flags)
                        .chain(e.attrs.iter().flat_map(|(k, v)| [k, v]))
                        .filter(|s| !s.is_empty())
                        .map(|s| s.as_ptr())
                        .collect()
                };
                assert_eq!(items(g), items(w), "{stem}:{}", w.line);
            }
        }
    }

    #[test]
    fn bundled_rules_are_gazetteer_slash_id() {
        let mut checked = 0;
        for (stem, entries) in parsed_bundled() {
            let mut next = 0;
            for e in entries.iter().filter(|e| !e.id.is_empty()) {
                let want = format!("{stem}/{}", e.id);
                // In order (the hint), then searched (a stale hint).
                assert_eq!(bundled_rule(stem, e.id, &mut next), Some(want.as_str()));
                assert_eq!(bundled_rule(stem, e.id, &mut 0), Some(want.as_str()));
                // A copy of the id, another stem, a piece of the id: no rule.
                let copy = String::from(e.id);
                assert_eq!(bundled_rule(stem, &copy, &mut 0), None);
                assert_eq!(bundled_rule("user", e.id, &mut 0), None);
                if e.id.len() > 1 {
                    assert_eq!(bundled_rule(stem, &e.id[1..], &mut 0), None, "{want}");
                    assert_eq!(bundled_rule(stem, &e.id[..e.id.len() - 1], &mut 0), None);
                }
                checked += 1;
            }
            // Not an id: the entry's name.
            let e = &entries[0];
            assert_eq!(bundled_rule(stem, e.name, &mut 0), None);
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn an_image_is_read_only_for_its_own_text() {
        let (stem, text) = BUNDLED[0];
        assert!(image_of(stem, text).is_some());
        // Same length, one byte changed: a stale image.
        let mut changed = text.to_string();
        let last = changed.pop().expect("non-empty");
        changed.push(if last == 'x' { 'y' } else { 'x' });
        assert!(image_of(stem, &changed).is_none());
        assert!(image_of("other", text).is_none());
        // Its parse is then the run-time parser's.
        let file = parse(stem, stem, &changed, true).expect("parses");
        let mut want = 0;
        tsv::rows(&changed, |_| want += 1).expect("parses");
        assert_eq!(file.entries.len(), want);
    }

    #[test]
    fn images_round_trip_random_files_and_reject_corrupt_ones() {
        let mut rng = crate::testutil::Xorshift(0x001a_6e15);
        let pieces = [
            "a", "Bé", " ", "|", ";", "=", "\t", "\n", "\r\n", "#", "x=y", "日本", "\u{a0}",
        ];
        for _ in 0..300 {
            let mut text = String::from("id\tlabel\tname\taliases\tflags\tattrs\n");
            let n = rng.below(40);
            text.push_str(&rng.concat(&pieces, n));
            let mut rows = Vec::new();
            tsv::rows(&text, |r| rows.push(r)).expect("has a header");
            let image = tsv::encode(&text, &rows).expect("rows borrow from the text");
            let mut back = Vec::new();
            assert_eq!(tsv::decode(&text, &image, |r| back.push(r)), Some(()));
            assert_eq!(back, rows, "{text:?}");
            // A truncated image fails, never panics.
            if !image.is_empty() {
                let cut = rng.below(image.len());
                let _ = tsv::decode(&text, &image[..cut], |_| ());
                assert_eq!(tsv::decode(&text, &image[..image.len() - 1], |_| ()), None);
            }
        }
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
