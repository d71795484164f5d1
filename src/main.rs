//! The `sitrep` command line; see `sitrep --help` and the README.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
