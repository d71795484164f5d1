//! One gazetteer entry as parsed, and the merge of files by id, with no dependency on the rest
//! of the crate: `build.rs` includes this file (`#[path]`) to merge the bundled files as the
//! run time does before it compiles their matcher image (`compile.rs`).

use std::collections::hash_map::Entry as MapEntry;
use std::collections::HashMap;
use std::hash::BuildHasher;

use super::tsv;

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

/// The entry of a parsed or decoded row of the gazetteer `stem` read from `path`.
pub fn from_row<'a>(r: tsv::Row<'a>, stem: &'a str, path: &'a str) -> Entry<'a> {
    let [aliases, acronyms, demonyms, surnames, flags] = r.lists;
    Entry {
        id: r.id,
        label: r.label,
        name: r.name,
        aliases,
        acronyms,
        demonyms,
        surnames,
        flags,
        attrs: r.attrs,
        gazetteer: stem,
        path,
        line: r.line,
    }
}

/// The effective entries of `files` (entry lists in order; `total`: their summed length): later
/// files replace earlier entries with the same id (the entry keeps the earlier position).
/// Entries without an id or a name are skipped.
pub fn merge<'f, 'a, S: BuildHasher + Default>(
    files: impl Iterator<Item = &'f [Entry<'a>]>,
    total: usize,
) -> Vec<&'f Entry<'a>>
where
    'a: 'f,
{
    // Sized for every entry (no growth and rehash while it fills).
    let mut entries: Vec<&Entry> = Vec::with_capacity(total);
    let mut by_id: HashMap<&str, usize, S> = HashMap::with_capacity_and_hasher(total, S::default());
    for file in files {
        for entry in file {
            if entry.id.is_empty() || entry.name.is_empty() {
                continue;
            }
            // One hash per entry (nearly every id is new).
            match by_id.entry(entry.id) {
                MapEntry::Occupied(at) => entries[*at.get()] = entry,
                MapEntry::Vacant(slot) => {
                    slot.insert(entries.len());
                    entries.push(entry);
                }
            }
        }
    }
    entries
}
