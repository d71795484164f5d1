//! Embeds the bundled gazetteers (`gazetteers/*.tsv`) into the binary, so an installed `sitrep`
//! works anywhere. Generates `$OUT_DIR/bundled_gazetteers.rs`: a static list of
//! `(file stem, file text)` pairs, sorted by file name. A missing folder embeds nothing.
//! Each file is parsed here too (`src/gazetteer/tsv.rs`, the run-time parser) into an image of
//! its rows, `$OUT_DIR/<stem>.rows`, listed in `$OUT_DIR/gazetteer_images.rs`: start-up reads
//! the image instead of parsing the ~3 MB of TSV (~63 M instructions) once per process.
//!
//! Also compiles the date pattern table (`src/dates/patterns.rs`) into the date extractor's
//! combined automaton, a dense DFA serialized to `$OUT_DIR/dates.dfa` (see `src/dates/mod.rs`):
//! determinizing it costs a few hundred milliseconds, once per build instead of (lazily, part
//! of it) once per process. Rebuilt whenever the pattern table changes.
//!
//! And each date row's own pattern (anchored, with its named groups) into its Thompson NFA,
//! written as `$OUT_DIR/date_rows.rs` (the words of `src/dates/rownfa.rs`), which the extractor
//! replays on a row's first match instead of compiling the pattern per process.

use std::env;
use std::fs;
use std::path::PathBuf;

use regex_automata::dfa::{dense, StartKind};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use regex_automata::MatchKind;

#[allow(dead_code)]
#[path = "src/dates/patterns.rs"]
mod patterns;

#[allow(dead_code)]
#[path = "src/dates/rownfa.rs"]
mod rownfa;

#[allow(dead_code)]
#[path = "src/gazetteer/tsv.rs"]
mod tsv;

// The matcher image's construction: the run time's own modules, at the crate root here as
// they are siblings there (`super::` and `crate::` paths resolve alike).
#[allow(dead_code)]
#[path = "src/gazetteer/compile.rs"]
mod compile;
#[allow(dead_code)]
#[path = "src/english.rs"]
mod english;
#[allow(dead_code)]
#[path = "src/gazetteer/entry.rs"]
mod entry;
#[allow(dead_code)]
#[path = "src/gazetteer/first_words.rs"]
mod first_words;
#[allow(dead_code)]
#[path = "src/fxhash.rs"]
mod fxhash;
#[allow(dead_code)]
#[path = "src/gazetteer/image.rs"]
mod image;
#[allow(dead_code, unused_imports)]
#[path = "src/gazetteer/lexicon.rs"]
mod lexicon;
#[allow(dead_code)]
#[path = "src/gazetteer/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/gazetteer/trie.rs"]
mod trie;

/// The one type of `src/model.rs` the matcher's construction names.
mod model {
    include!("src/mention_form.rs");
}

fn main() {
    gazetteers();
    dates();
    date_rows();
}

/// Each row's own NFA (`rownfa::compile`: the row anchored at both ends, case-insensitive, the
/// rows' size limit), as the static `ROW_NFAS`.
fn date_rows() {
    println!("cargo:rerun-if-changed=src/dates/rownfa.rs");
    let rows: Vec<Vec<u32>> = patterns::PATTERNS
        .iter()
        .map(|(id, _, pattern)| {
            let nfa = rownfa::compile(&format!("^(?:{})$", patterns::expand(pattern)))
                .unwrap_or_else(|e| panic!("date pattern {id} does not compile: {e}"));
            rownfa::encode(&nfa).unwrap_or_else(|e| panic!("date row {id}: {e}"))
        })
        .collect();
    let words = rownfa::encode_all(&rows);
    let mut code = String::with_capacity(words.len() * 6);
    code.push_str("pub(crate) static ROW_NFAS: &[u32] = &[");
    for (i, w) in words.iter().enumerate() {
        if i % 16 == 0 {
            code.push('\n');
        }
        code.push_str(&w.to_string());
        code.push(',');
    }
    code.push_str("\n];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("date_rows.rs"), code).expect("OUT_DIR is writable");
}

/// The date extractor's combined automaton: row `i` of [`patterns::PATTERNS`] is pattern `i`,
/// behind an ASCII word boundary and without its group names, leftmost-first, anchored
/// starts only, no acceleration (the extractor steps it byte by byte itself). Written in the
/// target's byte order.
fn dates() {
    println!("cargo:rerun-if-changed=src/dates/patterns.rs");
    let alternatives: Vec<String> = patterns::PATTERNS
        .iter()
        .map(|(_, _, pattern)| {
            format!(
                r"(?-u:\b)(?:{})",
                patterns::strip_names(&patterns::expand(pattern))
            )
        })
        .collect();
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(StartKind::Anchored)
                .accelerate(false)
                .minimize(false),
        )
        .syntax(syntax::Config::new().case_insensitive(true))
        .thompson(thompson::Config::new().nfa_size_limit(Some(64 << 20)))
        .build_many(&alternatives)
        .unwrap_or_else(|e| panic!("date patterns do not compile: {e}"));
    let big = env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big");
    let (bytes, pad) = if big {
        dfa.to_bytes_big_endian()
    } else {
        dfa.to_bytes_little_endian()
    };
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("dates.dfa"), &bytes[pad..]).expect("OUT_DIR is writable");
}

fn gazetteers() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = root.join("gazetteers");
    println!("cargo:rerun-if-changed=gazetteers");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tsv") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from("pub(crate) static BUNDLED: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("gazetteer file names are UTF-8");
        code.push_str(&format!(
            "    ({stem:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("bundled_gazetteers.rs"), code).expect("OUT_DIR is writable");
    gazetteer_images(&files, &out);
}

/// Each bundled file's parsed rows as an image (`src/gazetteer/tsv.rs`), written to
/// `$OUT_DIR/<stem>.rows`, and its entries' rules (`stem/id`, concatenated in row order, with
/// each id's offset in the text and each rule's end: `<stem>.rules`, `<stem>.ruleidx`), listed
/// in the static `IMAGES` with the length and hash of the text each was built from. A file
/// that does not parse gets no image: the run-time parser then reports its error as it would
/// without images.
fn gazetteer_images(files: &[PathBuf], out: &std::path::Path) {
    println!("cargo:rerun-if-changed=src/gazetteer/tsv.rs");
    let mut code = String::from("static IMAGES: &[Image] = &[\n");
    for path in files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("gazetteer file names are UTF-8");
        let Ok(text) = fs::read_to_string(path) else {
            continue;
        };
        let mut rows = Vec::new();
        if tsv::rows(&text, |r| rows.push(r)).is_err() {
            continue;
        }
        let image = tsv::encode(&text, &rows)
            .unwrap_or_else(|| panic!("{}: rows outside the text", path.display()));
        let (rules, index) = tsv::rules(stem, &text, &rows)
            .unwrap_or_else(|| panic!("{}: ids outside the text", path.display()));
        let file = |ext: &str| out.join(format!("{stem}.{ext}"));
        fs::write(file("rows"), image).expect("OUT_DIR is writable");
        fs::write(file("rules"), rules).expect("OUT_DIR is writable");
        fs::write(file("ruleidx"), index).expect("OUT_DIR is writable");
        code.push_str(&format!(
            "    Image {{ stem: {stem:?}, len: {}, hash: {}, rows: {}, words: include_bytes!({:?}), \
             rules: include_str!({:?}), rule_index: include_bytes!({:?}) }},\n",
            text.len(),
            tsv::hash(text.as_bytes()),
            rows.len(),
            file("rows").display().to_string(),
            file("rules").display().to_string(),
            file("ruleidx").display().to_string(),
        ));
    }
    code.push_str("];\n");
    fs::write(out.join("gazetteer_images.rs"), code).expect("OUT_DIR is writable");
    matcher_image(files, out);
}

/// The bundled gazetteers' matcher core (`src/gazetteer/image.rs`): the files parsed and
/// merged as the run time does, their patterns and claims (`compile.rs`) and both tries,
/// written to `$OUT_DIR/matcher.image` and `matcher.strings`. Empty when a file does not read
/// or parse: the run time then builds the matcher itself, as for user gazetteers.
fn matcher_image(files: &[PathBuf], out: &std::path::Path) {
    for f in [
        "src/gazetteer/compile.rs",
        "src/gazetteer/entry.rs",
        "src/gazetteer/first_words.rs",
        "src/gazetteer/image.rs",
        "src/gazetteer/lexicon.rs",
        "src/gazetteer/normalize.rs",
        "src/gazetteer/trie.rs",
        "src/english.rs",
        "src/fxhash.rs",
        "src/mention_form.rs",
        "gazetteers/curated/common_words.txt",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let (bytes, blob) = matcher_image_of(files).unwrap_or_default();
    fs::write(out.join("matcher.image"), bytes).expect("OUT_DIR is writable");
    fs::write(out.join("matcher.strings"), blob).expect("OUT_DIR is writable");
}

fn matcher_image_of(files: &[PathBuf]) -> Option<(Vec<u8>, String)> {
    let mut texts = Vec::new();
    for path in files {
        let stem = path.file_stem()?.to_str()?.to_string();
        texts.push((stem, fs::read_to_string(path).ok()?));
    }
    let mut parsed = Vec::new();
    for (stem, text) in &texts {
        let mut entries = Vec::new();
        tsv::rows(text, |r| entries.push(entry::from_row(r, stem, stem))).ok()?;
        parsed.push(entries);
    }
    let total = parsed.iter().map(Vec::len).sum();
    let merged = entry::merge::<fxhash::BuildFx>(parsed.iter().map(Vec::as_slice), total);
    let offset = |s: &str, text: &str| (s.as_ptr() as usize - text.as_ptr() as usize) as u32;
    let header = image::Header {
        files: texts
            .iter()
            .map(|(_, t)| (t.len() as u64, tsv::hash(t.as_bytes())))
            .collect(),
        entries: merged
            .iter()
            .map(|e| {
                let f = texts.iter().position(|(stem, _)| stem == e.gazetteer)?;
                let text = &texts[f].1;
                Some([f as u32, offset(e.id, text), offset(e.name, text)])
            })
            .collect::<Option<_>>()?,
    };
    let patterns = compile::patterns(&merged);
    let (whole, lower) = compile::tries(&patterns);
    let words = compile::first_words(&patterns, &whole, &lower);
    Some(image::encode(&header, &patterns, (&whole, &lower), &words))
}
