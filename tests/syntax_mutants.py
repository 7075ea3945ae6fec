#!/usr/bin/env python3
"""Compares genpy's syntax errors with CPython's on mutants of the golden programs.

Each mutant is a golden program (tests/programs/**/*.py) with one character deleted,
doubled or inserted at random. Both interpreters only compile it (`compile()` in
python3, `genpy dis` in genpy), so nothing runs. A mutant is reported when the
exception type, message or line differs, or when genpy exits with a status other
than 0 or 1 (a crash).

    python3 tests/syntax_mutants.py [--seed N] [--count N] [--genpy PATH] [--keep DIR]
"""

import argparse
import pathlib
import random
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CPYTHON_CHECK = """
import sys
try:
    compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec")
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg}|{e.lineno}")
"""


def mutate(rng, text):
    """The text with one character deleted, doubled or inserted."""
    k = rng.randrange(len(text))
    op = rng.choice(["delete", "double", "insert"])
    if op == "delete":
        return text[:k] + text[k + 1 :]
    if op == "double":
        return text[:k] + text[k] + text[k:]
    return text[:k] + rng.choice("()[]{}:,.=+-*\"' \n\tabc1") + text[k:]


def cpython_error(path):
    out = subprocess.run([sys.executable, "-c", CPYTHON_CHECK, path], capture_output=True, text=True)
    return out.stdout.strip()


def genpy_error(genpy, path):
    out = subprocess.run([genpy, "dis", path], capture_output=True, text=True, timeout=30)
    if out.returncode not in (0, 1):
        return None
    if out.returncode == 0:
        return ""
    lines = [l for l in out.stderr.splitlines() if not l.startswith("  help")]
    line = next((l.split("line ")[-1].split(",")[0].strip() for l in lines if l.strip().startswith('File "')), "")
    return f"{lines[-1]}|{line}" if lines else "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--genpy", default=str(ROOT / "target/debug/genpy"))
    ap.add_argument("--keep", metavar="DIR", help="write each differing mutant there")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    programs = sorted((ROOT / "tests/programs").rglob("*.py"))
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = str(pathlib.Path(tmp) / "mutant.py")
        for _ in range(args.count):
            program = rng.choice(programs)
            text = program.read_text(encoding="utf-8")
            if not text:
                continue
            mutant = mutate(rng, text)
            pathlib.Path(path).write_text(mutant, encoding="utf-8")
            want, got = cpython_error(path), genpy_error(args.genpy, path)
            if got == want:
                continue
            differ += 1
            name = program.relative_to(ROOT / "tests/programs")
            print(f"{name}: {'CRASH' if got is None else 'differs'}")
            print(f"    python3: {want}\n    genpy:   {got}")
            if args.keep:
                pathlib.Path(args.keep).mkdir(parents=True, exist_ok=True)
                pathlib.Path(args.keep, f"mutant{differ}.py").write_text(mutant, encoding="utf-8")
    print(f"{differ} of {args.count} mutants differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
