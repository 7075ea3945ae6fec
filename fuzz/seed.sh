#!/bin/sh
# Seeds the corpus of every fuzz target with the golden programs (tests/programs):
# fuzz/corpus/TARGET/AREA-NAME.py for each tests/programs/AREA/.../NAME.py.
# Usage: fuzz/seed.sh [TARGET...]   (default: all four targets)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/../tests/programs"
[ $# -gt 0 ] || set -- lex parse compile run
for target in "$@"; do
    dir="$here/corpus/$target"
    mkdir -p "$dir"
    find "$programs" -name '*.py' | while read -r f; do
        name=$(echo "${f#"$programs"/}" | tr / -)
        cp "$f" "$dir/$name"
    done
    echo "$target: $(ls "$dir" | wc -l) inputs in $dir"
done
