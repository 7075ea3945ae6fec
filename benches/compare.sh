#!/usr/bin/env bash
# Compares several interpreters on the same programs in one sitting, with alternating
# runs: for each program and each rep, every interpreter runs once in turn (A B C A B C ...),
# so machine noise hits all of them alike. Prints a markdown table of median user time (s)
# and median peak RSS (KB), from GNU time's '%U %M', and each interpreter's ratio of median
# user time to the FIRST interpreter's, with a geometric-mean row of the ratios.
#
# usage: benches/compare.sh [-n REPS] [-t TIMEOUT_S] [-only a,b] INTERP [INTERP...]
#   benches/compare.sh -n 5 /usr/bin/python3.11 /tmp/genpy-base /tmp/genpy-step2
#   benches/compare.sh -only gen_loop,loops /usr/bin/python3.11 target/release/genpy
# Defaults: REPS=3, TIMEOUT_S=300 (per run). The reference is /usr/bin/python3.11 (Debian's
# optimised build), not python3 (an unoptimised pyenv build behind a slow shim).
#
# Programs: the shared suite ../shared/bench/*.py (skipped with a message if absent; its
# make_log.py helper is not a benchmark, it makes the input of logfile.py when that exists,
# and is run with /usr/bin/python3.11) followed by benches/programs/*.py.
# Correctness: each run's stdout must equal ../shared/bench/expected/NAME.txt when it exists,
# otherwise the first interpreter's first output. A failing cell is marked WRONG, ERROR(rc=N)
# or TIMEOUT; details are listed under the table.
# Needs GNU time at /usr/bin/time (apt-get install -y time) and coreutils timeout.
set -euo pipefail

REPS=3
TMO=300
ONLY=""
while [ $# -gt 0 ]; do
    case "$1" in
        -n) REPS="$2"; shift 2 ;;
        -t) TMO="$2"; shift 2 ;;
        -only) ONLY="$2"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        -*) echo "unknown option $1 (see -h)" >&2; exit 2 ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] || { echo "usage: $0 [-n REPS] [-t TIMEOUT_S] [-only a,b] INTERP [INTERP...]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time: apt-get install -y time" >&2; exit 2; }

# Interpreters as absolute paths (resolved before we cd to the repo root).
INTERPS=()
for a in "$@"; do
    if [[ "$a" == */* ]]; then
        p="$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"
    else
        p="$(command -v "$a" || true)"
    fi
    [ -n "$p" ] && [ -x "$p" ] || { echo "not an executable: $a" >&2; exit 2; }
    INTERPS+=("$p")
done
NI=${#INTERPS[@]}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED="../shared/bench"
REFPY=/usr/bin/python3.11

# Program list.
PROGS=()
if [ -d "$SHARED" ]; then
    if [ -f "$SHARED/logfile.py" ] && [ -f "$SHARED/make_log.py" ]; then
        LOG=/tmp/bench_access.log   # the path the shared run.sh uses
        if [ ! -s "$LOG" ]; then
            echo "making $LOG ..." >&2
            "$REFPY" "$SHARED/make_log.py" "$LOG" >&2
        fi
    fi
    for f in "$SHARED"/*.py; do
        [ "$(basename "$f" .py)" = make_log ] && continue
        PROGS+=("$f")
    done
else
    echo "note: $SHARED not found; skipping the shared suite" >&2
fi
for f in benches/programs/*.py; do PROGS+=("$f"); done
if [ -n "$ONLY" ]; then
    sel=()
    for f in "${PROGS[@]}"; do
        case ",$ONLY," in *",$(basename "$f" .py),"*) sel+=("$f") ;; esac
    done
    PROGS=("${sel[@]+"${sel[@]}"}")
fi
[ ${#PROGS[@]} -gt 0 ] || { echo "no programs selected" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "-"; exit} if (NR%2) print a[(NR+1)/2]; else printf "%.10g\n", (a[NR/2]+a[NR/2+1])/2}'; }

# Header.
hdr="| program |"; sep="|---|"
for ((k = 0; k < NI; k++)); do
    n="$(basename "${INTERPS[$k]}")"
    hdr+=" $n user s | $n KB |"; sep+="---:|---:|"
    [ "$k" -gt 0 ] && { hdr+=" $n ratio |"; sep+="---:|"; }
done
ROWS=()
NOTES=()
: > "$WORK/logratios"   # lines: interp_index log(ratio)

for f in "${PROGS[@]}"; do
    name="$(basename "$f" .py)"
    echo "running $name ..." >&2
    ref=""
    [ -f "$SHARED/expected/$name.txt" ] && [[ "$f" == "$SHARED"/* ]] && ref="$SHARED/expected/$name.txt"
    for ((k = 0; k < NI; k++)); do : > "$WORK/u$k"; : > "$WORK/m$k"; echo ok > "$WORK/c$k"; done
    for ((r = 1; r <= REPS; r++)); do
        for ((k = 0; k < NI; k++)); do
            case "$(cat "$WORK/c$k")" in ERROR*|TIMEOUT) continue ;; esac   # no more runs after a crash
            rm -f "$WORK/time"
            rc=0
            timeout "$TMO" /usr/bin/time -o "$WORK/time" -f '%U %M' "${INTERPS[$k]}" "$f" \
                > "$WORK/out" 2> "$WORK/err" || rc=$?
            if [ "$rc" = 124 ] || [ ! -s "$WORK/time" ]; then
                echo "TIMEOUT" > "$WORK/c$k"
                NOTES+=("$name, $(basename "${INTERPS[$k]}"): timed out after ${TMO}s")
                continue
            fi
            # GNU time prefixes a "Command exited with non-zero status" line; keep the last line.
            read -r u m < <(tail -n 1 "$WORK/time")
            echo "$u" >> "$WORK/u$k"; echo "$m" >> "$WORK/m$k"
            if [ "$rc" != 0 ]; then
                echo "ERROR(rc=$rc)" > "$WORK/c$k"
                NOTES+=("$name, $(basename "${INTERPS[$k]}"): exit $rc: $(grep -v '^ *$' "$WORK/err" | tail -n 1 | cut -c1-100)")
                continue
            fi
            if [ -z "$ref" ]; then
                if [ "$k" = 0 ] && [ "$r" = 1 ]; then
                    cp "$WORK/out" "$WORK/ref_out"; ref="$WORK/ref_out"
                elif [ "$k" != 0 ] && [ ! -f "$WORK/ref_out" ]; then
                    # the first interpreter failed before producing a reference output
                    cp "$WORK/out" "$WORK/ref_out"; ref="$WORK/ref_out"
                fi
            fi
            if ! cmp -s "$WORK/out" "$ref" && [ "$(cat "$WORK/c$k")" = ok ]; then
                echo "WRONG" > "$WORK/c$k"
                NOTES+=("$name, $(basename "${INTERPS[$k]}"): output $(head -c 80 "$WORK/out" | tr '\n' ' ')differs from $( [[ "$ref" == "$WORK"/* ]] && echo "the first interpreter's" || echo "$ref")")
            fi
        done
    done
    row="| $name |"
    u0="$(median < "$WORK/u0")"
    for ((k = 0; k < NI; k++)); do
        u="$(median < "$WORK/u$k")"; m="$(median < "$WORK/m$k")"
        c="$(cat "$WORK/c$k")"
        cell="$(awk -v x="$u" 'BEGIN { if (x == "-") print x; else if (x * 100 - int(x * 100 + 0.5) < 1e-6 && int(x * 100 + 0.5) - x * 100 < 1e-6) printf "%.2f", x; else printf "%.3f", x }')"
        [ "$c" = ok ] || cell="$u **$c**"
        row+=" $cell | $m |"
        if [ "$k" -gt 0 ]; then
            ratio="$(awk -v a="$u" -v b="$u0" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }')"
            # Too short to give a meaningful ratio at time's 0.01 s resolution: shown, not averaged.
            small="$(awk -v b="$u0" -v a="$u" 'BEGIN { print (b == "-" || a == "-" || b < 0.05 || a < 0.05) ? 1 : 0 }')"
            if [ "$ratio" != "-" ] && [ "$small" = 1 ]; then
                row+=" ($ratio) |"
            else
                row+=" $ratio |"
                [ "$ratio" != "-" ] && [ "$c" = ok ] && awk -v k="$k" -v a="$u" -v b="$u0" 'BEGIN { if (a > 0) printf "%d %.10f\n", k, log(a / b) }' >> "$WORK/logratios"
            fi
        fi
    done
    ROWS+=("$row")
    for ((k = 0; k < NI; k++)); do   # the raw runs, to judge the noise
        echo "  $(basename "${INTERPS[$k]}") user: $(tr '\n' ' ' < "$WORK/u$k")" >&2
    done
done

geo="| **geomean** |"
for ((k = 0; k < NI; k++)); do
    geo+=" | |"
    if [ "$k" -gt 0 ]; then
        g="$(awk -v k="$k" '$1 == k { s += $2; n++ } END { if (n) printf "%.2f", exp(s / n); else print "-" }' "$WORK/logratios")"
        geo+=" **$g** |"
    fi
done

echo "$hdr"
echo "$sep"
for row in "${ROWS[@]}"; do echo "$row"; done
echo "$geo"
echo
echo "Median of $REPS alternating runs. user s = user CPU seconds, KB = peak RSS (GNU time %U %M);"
echo "ratio = median user time over $(basename "${INTERPS[0]}")'s (lower is faster). Ratios in"
echo "parentheses involve a time under 0.05 s (time's resolution is 0.01 s); they and failed"
echo "cells are left out of the geomean."
echo "Interpreters: ${INTERPS[*]}"
if [ ${#NOTES[@]} -gt 0 ]; then
    echo
    echo "Mismatches and failures:"
    for n in "${NOTES[@]}"; do echo "- $n"; done
fi
