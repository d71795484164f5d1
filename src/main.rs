//! The `sitrep` command line; see `sitrep --help` and the README.

mod cli;

// The pipeline allocates many small, short-lived vectors per document on every thread; the
// system allocator spent a fifth of the run time in malloc/free (docs/PERFORMANCE.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
