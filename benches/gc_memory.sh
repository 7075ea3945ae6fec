#!/usr/bin/env bash
# Peak resident memory of benches/gc_cycles.py for growing N, per genpy binary: with
# the cycle collector it stays flat (a binary without one grows with N).
#
# usage: benches/gc_memory.sh GENPY [GENPY...]
# Needs /usr/bin/time (GNU time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -ge 1 ] || { echo "usage: $0 GENPY [GENPY...]" >&2; exit 2; }

printf '| N |'
for b in "$@"; do printf ' %s peak RSS (KB) |' "$(basename "$b")"; done
printf '\n|---:|'
for _ in "$@"; do printf -- '---:|'; done
printf '\n'
for n in 10000 100000 1000000; do
    printf '| %s |' "$n"
    for b in "$@"; do
        kb=$( { /usr/bin/time -f '%M' "$b" benches/gc_cycles.py "$n" >/dev/null; } 2>&1 | tail -1)
        printf ' %s |' "$kb"
    done
    printf '\n'
done
