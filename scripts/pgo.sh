#!/usr/bin/env bash
# Builds the fastest sitrep binary, target/pgo/sitrep: whole-program optimization (the `dist`
# profile) plus profile-guided optimization (PGO) trained on the repository's own texts, the
# seeds and every fixture set. One thread runs ~3–8 % faster than `--profile dist` and ~8–13 %
# faster than `--release` (docs/PERFORMANCE.md, "End of the session of 2026-12-11"); outputs are
# byte-identical, which the script checks before it installs the binary.
#
# Usage: scripts/pgo.sh            (two full builds: 3–5 minutes on two cores)
# Needs llvm-profdata of the same LLVM version as rustc: rustup's `llvm-tools` component (added
# here when missing), or any matching one named by LLVM_PROFDATA.
set -euo pipefail
cd "$(dirname "$0")/.."

host=$(rustc -vV | sed -n 's/^host: //p')
llvm_version=$(rustc -vV | sed -n 's/^LLVM version: //p')

find_profdata() {
  if [ -n "${LLVM_PROFDATA:-}" ]; then
    echo "$LLVM_PROFDATA"
    return
  fi
  local bundled
  bundled="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
  if [ ! -x "$bundled" ] && command -v rustup >/dev/null 2>&1; then
    echo "pgo: adding rustup's llvm-tools component for llvm-profdata" >&2
    rustup component add llvm-tools >&2 || true
  fi
  if [ -x "$bundled" ]; then
    echo "$bundled"
    return
  fi
  echo "pgo: no llvm-profdata for LLVM $llvm_version: run 'rustup component add llvm-tools'" \
    "or set LLVM_PROFDATA to an llvm-profdata of that version" >&2
  exit 2
}
profdata=$(find_profdata)

work=target/pgo-work
profiles="$PWD/$work/profiles"
rm -rf "$profiles" "$work/out"
mkdir -p "$profiles" "$work/out" target/pgo

# `--target` keeps RUSTFLAGS off the build script (it builds the date automaton at build time
# and need not be instrumented); separate target directories keep the normal builds' caches.
build() {
  local flags=$1 dir=$2
  RUSTFLAGS="$flags" cargo build --quiet --profile dist --target "$host" --target-dir "$dir"
  echo "$dir/$host/dist/sitrep"
}

# Every training and check run: the seeds as a folder (the file reader) and each fixture set as
# JSONL (the record reader), all extractors on, one thread as in the throughput figures.
run_all() {
  local binary=$1 out=$2
  "$binary" extract -q -j1 seeds/ >"$out/seeds.jsonl"
  local set
  for set in tests/fixtures/*/news.jsonl tests/fixtures/hard/*.jsonl; do
    "$binary" extract -q -j1 --input jsonl "$set" >"$out/$(echo "$set" | tr / _)"
  done
}

echo "pgo: 1/3 instrumented build" >&2
instrumented=$(build "-Cprofile-generate=$profiles" "$work/generate")
echo "pgo: 2/3 training on seeds/ and tests/fixtures" >&2
mkdir -p "$work/out/generate" "$work/out/use"
run_all "$instrumented" "$work/out/generate"
"$profdata" merge -o "$work/sitrep.profdata" "$profiles"
echo "pgo: 3/3 optimized build" >&2
optimized=$(build "-Cprofile-use=$PWD/$work/sitrep.profdata" "$work/use")

run_all "$optimized" "$work/out/use"
if ! diff -rq "$work/out/generate" "$work/out/use" >&2; then
  echo "pgo: the optimized binary's output differs from the instrumented one's; not installed" >&2
  exit 1
fi
cp "$optimized" target/pgo/sitrep
echo "pgo: built target/pgo/sitrep (outputs identical on seeds/ and every fixture set)" >&2
