#!/usr/bin/env bash
# Counts the instructions (valgrind's callgrind) each genpy binary executes on the
# benchmark programs, run with a smaller N so that each takes seconds under valgrind.
# Instruction counts are repeatable on a noisy machine where timings are not: use them
# to see whether a change made the VM do more or less work, and compare.sh for time.
#
# usage: benches/callgrind.sh [-only a,b] GENPY [GENPY...]
#   benches/callgrind.sh /tmp/genpy-before target/release/genpy
# Programs: ../shared/bench/*.py (when present) and benches/programs/*.py that set a
# module-level `N = <int>`; N is divided by 20 (recursion_fib's N, a depth, becomes 22).
# Prints a markdown table of instruction counts and each binary's ratio to the first.
# Needs valgrind.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ONLY=""
if [ "${1:-}" = "-only" ]; then ONLY="$2"; shift 2; fi
[ $# -ge 1 ] || { echo "usage: $0 [-only a,b] GENPY [GENPY...]" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

programs=()
[ -d ../shared/bench ] && programs+=(../shared/bench/*.py)
programs+=(benches/programs/*.py)

printf '| program |'
for b in "$@"; do printf ' %s |' "$(basename "$b")"; done
for b in "${@:2}"; do printf ' %s / %s |' "$(basename "$b")" "$(basename "$1")"; done
printf '\n|---|'
for _ in "$@" "${@:2}"; do printf -- '---:|'; done
printf '\n'

for prog in "${programs[@]}"; do
    name=$(basename "$prog" .py)
    if [ -n "$ONLY" ] && [[ ",$ONLY," != *",$name,"* ]]; then continue; fi
    grep -qE '^N = [0-9]+' "$prog" || continue
    small="$work/$name.py"
    if [ "$name" = recursion_fib ]; then
        sed -E 's/^N = [0-9]+/N = 22/' "$prog" > "$small"
    else
        awk '/^N = [0-9]+/ { n = substr($3, 1) / 20; printf "N = %d\n", n; next } { print }' "$prog" > "$small"
    fi
    counts=()
    for b in "$@"; do
        out="$work/cg.out"
        (cd "$work" && valgrind --tool=callgrind --callgrind-out-file="$out" "$b" "$small" >/dev/null 2>"$work/cg.err")
        counts+=("$(grep -oE 'Collected : [0-9]+' "$work/cg.err" | awk '{print $3}')")
    done
    printf '| %s |' "$name"
    for c in "${counts[@]}"; do printf ' %s |' "$c"; done
    for c in "${counts[@]:1}"; do printf ' %s |' "$(awk -v a="$c" -v b="${counts[0]}" 'BEGIN { printf "%.3f", a / b }')"; done
    printf '\n'
done
