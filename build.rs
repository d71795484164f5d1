//! Embeds the bundled gazetteers (`gazetteers/*.tsv`) into the binary, so an installed `sitrep`
//! works anywhere. Generates `$OUT_DIR/bundled_gazetteers.rs`: a static list of
//! `(file stem, file text)` pairs, sorted by file name. A missing folder embeds nothing.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
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
}
