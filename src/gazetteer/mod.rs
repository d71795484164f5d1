//! Gazetteer entities: countries, armed groups, organizations and officials.
//!
//! The bundled gazetteers (`gazetteers/*.tsv`, embedded at build time) plus any user files
//! (`--gazetteer PATH`, files or folders; later entries replace earlier ones by id) are compiled
//! into one longest-match trie searched at word starts. Matching rules and ambiguity rules:
//! `docs/entity.md`.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

use crate::error::Result;
use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType};

mod bodies;
mod by_surname;
mod compile;
pub mod data;
mod entry;
mod first_words;
mod image;
mod lexicon;
mod literals;
mod matcher;
mod normalize;
mod trie;
mod tsv;
mod units;

pub use data::{Entry, File, Source};

/// Tags gazetteer entities.
pub struct EntityExtractor {
    matcher: matcher::Matcher,
    entries: usize,
}

impl EntityExtractor {
    /// Loads the bundled gazetteers plus the user's files (later files override by id).
    pub fn new(extra: &[PathBuf]) -> Result<Self> {
        let sources = data::load_sources(extra)?;
        Self::from_files(&data::parse_all(&sources)?)
    }

    /// Compiles already parsed files (later files override by id).
    pub fn from_files(files: &[File]) -> Result<Self> {
        let entries = data::merge(files);
        Ok(EntityExtractor {
            matcher: matcher::Matcher::new(&entries)?,
            entries: entries.len(),
        })
    }

    /// Number of entries compiled.
    pub fn entry_count(&self) -> usize {
        self.entries
    }

    /// Number of distinct patterns (forms and titles) in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }
}

impl Extractor for EntityExtractor {
    fn name(&self) -> &'static str {
        "gazetteer"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Entity
    }
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
        self.matcher.extract(cx.doc, out);
    }
    fn uses_segments(&self) -> bool {
        false
    }
}

fn label_ok(label: &str) -> bool {
    let mut chars = label.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c == '_')
}

/// Problems in the bundled and user gazetteers (duplicate ids, aliases claimed twice, …), one
/// line each; empty when all is well.
pub fn check(extra: &[PathBuf]) -> Result<Vec<String>> {
    let sources = data::load_sources(extra)?;
    Ok(check_files(&data::parse_all(&sources)?))
}

/// [`check`] over parsed files.
///
/// Reported: an id defined twice in one file or across bundled files (a user file replacing an
/// entry by id is an override, not a problem); empty ids or names; labels that are not upper
/// case (`[A-Z_]+`); unknown flags; attributes without `=`; a name, alias, acronym or demonym
/// claimed by two entries (unless both are flagged `ambiguous`, which is deliberate). Surnames
/// shared by officials are expected and resolved in context.
pub fn check_files(files: &[File]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, (String, bool, &str)> = HashMap::new();
    for file in files {
        for e in &file.entries {
            let origin = e.origin();
            if e.id.is_empty() {
                problems.push(format!("{}: empty id", origin));
            }
            if e.name.is_empty() {
                problems.push(format!("{}: {}: empty name", origin, e.id));
            }
            if !label_ok(e.label) {
                problems.push(format!(
                    "{}: {}: bad label {:?} (upper case letters and _)",
                    origin, e.id, e.label
                ));
            }
            for &f in &e.flags {
                if f != "ambiguous" && f != "nocase" {
                    problems.push(format!("{}: {}: unknown flag {f:?}", origin, e.id));
                }
            }
            for (k, v) in &e.attrs {
                if k.is_empty() || v.is_empty() {
                    problems.push(format!(
                        "{}: {}: attribute {k:?} is not key=value",
                        origin, e.id
                    ));
                }
            }
            if e.id.is_empty() {
                continue;
            }
            if let Some((first, bundled, path)) = seen.get(e.id) {
                let same_file = *path == file.path;
                if same_file || (*bundled && file.bundled) {
                    problems.push(format!(
                        "{}: duplicate id {} (first at {first})",
                        origin, e.id
                    ));
                }
            }
            seen.insert(e.id, (origin, file.bundled, file.path));
        }
    }
    let entries = data::merge(files);
    let mut claims: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        // Acronyms match their exact case, so they clash only in the same case ("JeM" and
        // "JEM" are two acronyms); other forms clash case-insensitively.
        let forms = std::iter::once(&e.name)
            .chain(&e.aliases)
            .chain(&e.demonyms)
            .map(|f| normalize::pattern(f).to_lowercase())
            .chain(e.acronyms.iter().map(|a| normalize::pattern(a)));
        for key in forms {
            let list = claims.entry(key).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    for (key, ids) in claims {
        if ids.len() < 2 || ids.iter().all(|&i| entries[i].ambiguous()) {
            continue;
        }
        let who: Vec<String> = ids
            .iter()
            .map(|&i| format!("{} ({})", entries[i].id, entries[i].origin()))
            .collect();
        problems.push(format!(
            "alias {key:?} claimed by {} entries: {}",
            ids.len(),
            who.join(", ")
        ));
    }
    problems
}

/// Entry and alias counts per gazetteer file, as a printable table.
pub fn stats(extra: &[PathBuf]) -> Result<String> {
    let sources = data::load_sources(extra)?;
    Ok(stats_files(&data::parse_all(&sources)?))
}

/// [`stats`] over parsed files.
pub fn stats_files(files: &[File]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<40} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8}",
        "file", "entries", "aliases", "acronyms", "demonyms", "surnames", "forms"
    );
    let mut total = [0usize; 6];
    for file in files {
        let mut row = [file.entries.len(), 0, 0, 0, 0, 0];
        for e in &file.entries {
            row[1] += e.aliases.len();
            row[2] += e.acronyms.len();
            row[3] += e.demonyms.len();
            row[4] += e.surnames.len();
        }
        row[5] = row[0] + row[1] + row[2] + row[3] + row[4];
        for (t, r) in total.iter_mut().zip(row) {
            *t += r;
        }
        let _ = writeln!(
            out,
            "{:<40} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8}",
            file.path, row[0], row[1], row[2], row[3], row[4], row[5]
        );
    }
    let _ = writeln!(
        out,
        "{:<40} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8}",
        "total", total[0], total[1], total[2], total[3], total[4], total[5]
    );
    out
}

#[cfg(test)]
mod tests;
