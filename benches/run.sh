#!/usr/bin/env bash
# Benchmarks genpy against /usr/bin/python3.11 (Debian's optimised CPython: the reference;
# not python3, an unoptimised pyenv build behind a slow shim) in the same sitting: the shared
# reference suite (../shared/bench) and genpy's own programs (benches/programs), via
# benches/compare.sh (alternating runs; median user time, peak RSS, ratio to CPython,
# output checked), then the flat-memory check.
#
# usage: benches/run.sh [-n REPS]      (build first: cargo build --release)
#   GENPY=/path/to/genpy benches/run.sh -n 5    to bench another binary
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPS=1
[ "${1:-}" = "-n" ] && REPS="$2"
GENPY="${GENPY:-$PWD/target/release/genpy}"
PYTHON=/usr/bin/python3.11
[ -x "$GENPY" ] || { echo "build first: cargo build --release" >&2; exit 2; }
[ -x "$PYTHON" ] || { echo "needs $PYTHON (the reference CPython)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

echo "== shared suite + benches/programs: genpy vs $PYTHON"
benches/compare.sh -n "$REPS" "$PYTHON" "$GENPY"

echo
echo "== flat memory: peak KB of sum(x for x in gen(N) if x % 3)"
for n in 100000 10000000; do
    printf 'def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\nprint(sum(x for x in gen(%s) if x %% 3))\n' "$n" > /tmp/genpy_flat_$n.py
    kb=$( { /usr/bin/time -f '%M' "$GENPY" /tmp/genpy_flat_$n.py > /dev/null; } 2>&1 | tail -1)
    echo "N=$n peak_kb=$kb"
done
