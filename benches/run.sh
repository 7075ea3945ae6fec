#!/usr/bin/env bash
# Benchmarks genpy against python3 in the same sitting: the shared reference suite
# (../shared/bench, time + peak RSS + correctness), genpy's own programs in
# benches/programs (output compared with python3's), and the flat-memory check.
#
# usage: benches/run.sh [-n REPS]      (build first: cargo build --release)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPS=1
[ "${1:-}" = "-n" ] && REPS="$2"
GENPY="$PWD/target/release/genpy"
SHARED="../shared/bench/run.sh"
[ -x "$GENPY" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

if [ -x "$SHARED" ]; then
    echo "== shared suite: genpy"; "$SHARED" -n "$REPS" "$GENPY" || true
    echo "== shared suite: python3"; "$SHARED" -n "$REPS" python3 || true
fi

echo "== benches/programs (seconds, peak KB)"
printf '%-20s %10s %10s %10s %10s  %s\n' name genpy_s genpy_kb py_s py_kb check
for f in benches/programs/*.py; do
    name=$(basename "$f" .py)
    g=$( { /usr/bin/time -f '%e %M' "$GENPY" "$f" > /tmp/genpy_bench_g.out; } 2>&1 | tail -1)
    p=$( { /usr/bin/time -f '%e %M' python3 "$f" > /tmp/genpy_bench_p.out; } 2>&1 | tail -1)
    check=ok
    cmp -s /tmp/genpy_bench_g.out /tmp/genpy_bench_p.out || check=DIFFERENT
    printf '%-20s %10s %10s %10s %10s  %s\n' "$name" $g $p "$check"
done

echo "== flat memory: peak KB of sum(x for x in gen(N) if x % 3)"
for n in 100000 10000000; do
    printf 'def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\nprint(sum(x for x in gen(%s) if x %% 3))\n' "$n" > /tmp/genpy_flat_$n.py
    kb=$( { /usr/bin/time -f '%M' "$GENPY" /tmp/genpy_flat_$n.py > /dev/null; } 2>&1 | tail -1)
    echo "N=$n peak_kb=$kb"
done
