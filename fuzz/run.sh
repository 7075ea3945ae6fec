#!/bin/sh
# Runs the fuzz targets one after another, each for SECONDS, on one core.
# Usage: fuzz/run.sh [--no-build] SECONDS [TARGET...]
#   (targets: lex parse compile run; default all; --no-build runs the targets as last
#   built, so that the source can be edited meanwhile)
# Needs nightly Rust and cargo-fuzz (`cargo install cargo-fuzz`). Seeds an empty corpus
# from tests/programs (seed.sh). Crashes, hangs and out-of-memory inputs go to
# fuzz/artifacts/TARGET/ (libFuzzer's fork mode goes on after each); libFuzzer's log to
# fuzz/logs/TARGET.log. Programs run with their working directory in fuzz/scratch/, so
# the files a mutant writes land there, and with stdin from /dev/null.
set -eu
build=yes
[ "${1:-}" = --no-build ] && { build=no; shift; }
[ $# -ge 1 ] || { echo "usage: $0 [--no-build] SECONDS [TARGET...]" >&2; exit 2; }
seconds=$1
shift
[ $# -gt 0 ] || set -- lex parse compile run
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
# `cargo fuzz build` takes at most one target: without one it builds them all.
[ $build = no ] || cargo +nightly fuzz build --sanitizer none
target_dir=${CARGO_TARGET_DIR:-$here/target}
triple=$(rustc +nightly -vV | sed -n 's/^host: //p')
mkdir -p logs scratch
for target in "$@"; do
    [ -n "$(ls -A "corpus/$target" 2>/dev/null)" ] || ./seed.sh "$target"
    mkdir -p "artifacts/$target"
    echo "$(date -u +%H:%M:%S) $target: fuzzing for $seconds s"
    (cd scratch && "$target_dir/$triple/release/$target" \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -close_fd_mask=3 \
        -artifact_prefix="$here/artifacts/$target/" \
        "$here/corpus/$target" </dev/null >"$here/logs/$target.log" 2>&1) || true
    echo "$(date -u +%H:%M:%S) $target: done; $(ls "artifacts/$target" | wc -l) artifacts"
done
