//! The gazetteer TSV parser's core (lines, cells, lists, attributes) and the compiled image of
//! a parsed file, with no dependency on the rest of the crate: `build.rs` includes this file
//! too (`#[path]`) to parse the bundled files once per build, so the writer of the image, its
//! reader and the run-time parser of user files are one piece of code.
//!
//! Parsing the four bundled files (~19,000 lines, ~40,000 cell vectors) was ~63 M instructions
//! per process, a fifth of start-up; reading their image back is a walk over a flat list of
//! offsets into the same embedded texts (the rows borrow from the texts exactly as parsed
//! rows do, so `data::bundled_str` still recognizes them).
//!
//! An image: the `u32` words (little endian) of each row in order: its line number, then the
//! `(start, end)` byte offsets of `id`, `label` and `name`, then for each of the five lists
//! (aliases, acronyms, demonyms, surnames, flags) its length and its items' offsets, then the
//! attribute count and each pair's four offsets. It is used only for a text whose [`hash`] and
//! length it was built from.

/// The header every gazetteer file starts with (after comments).
pub const HEADER: [&str; 9] = [
    "id", "label", "name", "aliases", "acronyms", "demonyms", "surnames", "flags", "attrs",
];

/// One data line's cells, borrowed from the file's text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Row<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub name: &'a str,
    /// Aliases, acronyms, demonyms, surnames, flags.
    pub lists: [Vec<&'a str>; 5],
    pub attrs: Vec<(&'a str, &'a str)>,
    /// Line number (1-based).
    pub line: usize,
}

/// `s.trim()`, answered without decoding when both ends are ASCII and no white space (almost
/// every cell: a parse of the bundled files trims ~200,000 of them).
#[inline]
pub fn trim(s: &str) -> &str {
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
/// paid a `memchr` call per piece (~1,300 instructions a list cell).
pub fn split_at_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
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
pub fn attr_pairs(cell: &str) -> Vec<(&str, &str)> {
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

/// Parses `text`, handing each data row to `row` in order. Errors: the line and message of a
/// header without `id`, `label` or `name`, or of a non-blank text without a header.
pub fn rows<'a>(text: &'a str, mut row: impl FnMut(Row<'a>)) -> Result<(), (usize, String)> {
    // Column index of each of HEADER's names, found from the header line.
    let mut columns: Option<[Option<usize>; 9]> = None;
    let bytes = text.as_bytes();
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
            let header: std::collections::HashMap<&str, usize> = cells
                .iter()
                .enumerate()
                .map(|(j, c)| (c.trim().trim_start_matches('\u{feff}'), j))
                .collect();
            for required in ["id", "label", "name"] {
                if !header.contains_key(required) {
                    return Err((
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
        row(Row {
            id: cell(0),
            label: cell(1),
            name: cell(2),
            lists: [
                list(cell(3)),
                list(cell(4)),
                list(cell(5)),
                list(cell(6)),
                list(cell(7)),
            ],
            attrs,
            line: line_no,
        });
    }
    if columns.is_none() && !text.trim().is_empty() {
        return Err((1, "no header line".into()));
    }
    Ok(())
}

/// A 64-bit hash of `text` (eight bytes a step): the image records the hash of the text it
/// was built from, and is read only for a text with the same hash and length.
pub fn hash(text: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut chunks = text.chunks_exact(8);
    let mut h = step(0, text.len() as u64);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = step(h, u64::from_le_bytes(w));
    }
    let mut w = [0u8; 8];
    w[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    step(h, u64::from_le_bytes(w))
}

/// The image of `text`'s rows (which must borrow from `text`), or `None` when a cell lies
/// outside it or an offset does not fit in 32 bits.
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(text: &str, rows: &[Row<'_>]) -> Option<Vec<u8>> {
    let base = text.as_ptr() as usize;
    let mut words: Vec<u32> = Vec::new();
    let span = |words: &mut Vec<u32>, s: &str| -> Option<()> {
        // An empty cell may be a literal `""` from anywhere: any empty span reads back as "".
        let (a, b) = if s.is_empty() {
            (0, 0)
        } else {
            let a = (s.as_ptr() as usize).checked_sub(base)?;
            (a, a + s.len())
        };
        if b > text.len() {
            return None;
        }
        words.push(u32::try_from(a).ok()?);
        words.push(u32::try_from(b).ok()?);
        Some(())
    };
    for r in rows {
        words.push(u32::try_from(r.line).ok()?);
        for s in [r.id, r.label, r.name] {
            span(&mut words, s)?;
        }
        for l in &r.lists {
            words.push(u32::try_from(l.len()).ok()?);
            for s in l {
                span(&mut words, s)?;
            }
        }
        words.push(u32::try_from(r.attrs.len()).ok()?);
        for (k, v) in &r.attrs {
            span(&mut words, k)?;
            span(&mut words, v)?;
        }
    }
    Some(words.iter().flat_map(|w| w.to_le_bytes()).collect())
}

/// The rules (`stem/id`) of `text`'s rows with an id, concatenated in row order, and their
/// index: per rule, the `u32` words (little endian) of its id's offset in `text` (increasing:
/// one id per line) and the rule's end in the concatenation. `None` when an id does not
/// borrow from `text`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn rules(stem: &str, text: &str, rows: &[Row<'_>]) -> Option<(String, Vec<u8>)> {
    let base = text.as_ptr() as usize;
    let mut rules = String::new();
    let mut index = Vec::new();
    for r in rows.iter().filter(|r| !r.id.is_empty()) {
        let at = (r.id.as_ptr() as usize).checked_sub(base)?;
        if at + r.id.len() > text.len() {
            return None;
        }
        rules.push_str(stem);
        rules.push('/');
        rules.push_str(r.id);
        index.extend(u32::try_from(at).ok()?.to_le_bytes());
        index.extend(u32::try_from(rules.len()).ok()?.to_le_bytes());
    }
    Some((rules, index))
}

/// The rule of the id at byte `at` of the text `rules` and `index` ([`rules`]) were made
/// from: `None` when no id starts there. `next`: where to look first, updated to the rule
/// after the one found (a build asks for the rules in row order: no search then).
#[cfg_attr(not(test), allow(dead_code))]
pub fn rule_at<'r>(rules: &'r str, index: &[u8], at: usize, next: &mut usize) -> Option<&'r str> {
    let word = |k: usize| -> Option<usize> {
        let w: [u8; 4] = index.get(4 * k..4 * k + 4)?.try_into().ok()?;
        usize::try_from(u32::from_le_bytes(w)).ok()
    };
    let n = index.len() / 8;
    let k = if word(2 * *next) == Some(at) {
        *next
    } else {
        // The first rule whose id starts at or after `at` (binary search on the id offsets).
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if word(2 * mid)? < at {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if word(2 * lo)? != at {
            return None;
        }
        lo
    };
    *next = k + 1;
    let start = if k == 0 { 0 } else { word(2 * k - 1)? };
    rules.get(start..word(2 * k + 1)?)
}

/// The words of an image, read in order.
struct Words<'i> {
    bytes: &'i [u8],
    at: usize,
}

impl Words<'_> {
    #[inline]
    fn next(&mut self) -> Option<usize> {
        let w: [u8; 4] = self.bytes.get(self.at..self.at + 4)?.try_into().ok()?;
        self.at += 4;
        usize::try_from(u32::from_le_bytes(w)).ok()
    }

    /// The next two words as a piece of `text`.
    #[inline]
    fn span<'a>(&mut self, text: &'a str) -> Option<&'a str> {
        let a = self.next()?;
        let b = self.next()?;
        text.get(a..b)
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }
}

/// Reads an image of `text` back, handing each row to `row` in order; `None` (after some rows,
/// perhaps) when the image does not fit the text: an offset outside it or off a character
/// boundary, a truncated row.
#[cfg_attr(not(test), allow(dead_code))]
pub fn decode<'a>(text: &'a str, image: &[u8], mut row: impl FnMut(Row<'a>)) -> Option<()> {
    let mut w = Words {
        bytes: image,
        at: 0,
    };
    while !w.done() {
        let line = w.next()?;
        let id = w.span(text)?;
        let label = w.span(text)?;
        let name = w.span(text)?;
        let mut lists: [Vec<&'a str>; 5] = Default::default();
        for l in &mut lists {
            let n = w.next()?;
            if n == 0 {
                continue;
            }
            // Bounded by the image: a corrupt count allocates no more than the words left.
            *l = Vec::with_capacity(n.min(image.len() / 8));
            for _ in 0..n {
                l.push(w.span(text)?);
            }
        }
        let n = w.next()?;
        let mut attrs = Vec::new();
        if n > 0 {
            attrs.reserve_exact(n.min(image.len() / 16));
            for _ in 0..n {
                let k = w.span(text)?;
                let v = w.span(text)?;
                attrs.push((k, v));
            }
        }
        row(Row {
            id,
            label,
            name,
            lists,
            attrs,
            line,
        });
    }
    Some(())
}
