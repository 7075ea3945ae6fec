#!/usr/bin/env python3
"""Regenerate the expectations of genpy's golden programs from CPython.

Every ``tests/programs/<area>/NAME.py`` gets:

* ``NAME.out``: python3's exact stdout, with the path of ``tests/programs`` written
  as ``<programs>`` (a program may print a traceback);
* ``NAME.err``: only when python3 exits with a non-zero status, the last
  non-empty line of its stderr (the final ``Type: message`` line of the
  traceback). A stale ``NAME.err`` is deleted when the program now succeeds.
  For the programs of the ``tracebacks/`` area, it holds the whole stderr
  instead (every frame, source line and ``~~~^^^`` indicator), with the path
  of ``tests/programs`` written as ``<programs>``.

Each program runs exactly as ``tests/golden.rs`` runs genpy on it: with a
fresh, empty temporary directory as the working directory (programs that
write files write them there), stdin closed, and the program's absolute
path as the script argument.

Programs made of several files keep the modules and packages that
``<area>/NAME.py`` imports in the folder ``<area>/NAME/`` beside it: that
folder holds no programs, and the program runs with it (absolute) as
``PYTHONPATH``; every other program runs with ``PYTHONPATH`` unset (the same
rule as tests/golden.rs).

Programs listed in ``tests/programs/MANUAL`` (one path relative to
``tests/programs`` per line, ``#`` starts a comment) have hand-written
expectations, because CPython itself crashes on them; they are skipped.

Usage::

    python3 tests/regen.py                 # every program
    python3 tests/regen.py PATH [PATH...]  # only these programs or folders

Expectations come only from python3: never edit a ``.out`` or ``.err`` by
hand to make a test pass (and there is no ``GENPY_BLESS`` for them: genpy
never writes the expectations of its golden programs; only the ``--dis``
listings of ``tests/dis.rs`` are genpy's own output).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"
# The area whose programs' expected stderr is kept whole (see the module docs).
FULL_STDERR_AREA = "tracebacks"
TIMEOUT = 120


def manual_set():
    """The programs (relative paths) whose expectations are hand-written."""
    manual = PROGRAMS / "MANUAL"
    result = set()
    if manual.exists():
        for line in manual.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                result.add(line)
    return result


def is_program(path):
    """Whether a .py file is a program (not a module in a program's helper folder)."""
    return not any(
        parent.with_suffix(".py").is_file()
        for parent in path.parents
        if parent != PROGRAMS and PROGRAMS in parent.parents
    )


def collect(args):
    """The .py files named by the arguments (files or folders), sorted."""
    if not args:
        return sorted(p for p in PROGRAMS.rglob("*.py") if is_program(p))
    found = []
    for arg in args:
        path = Path(arg).resolve()
        if path.is_dir():
            found.extend(p for p in path.rglob("*.py") if is_program(p))
        elif path.suffix == ".py" and path.exists():
            found.append(path)
        else:
            sys.exit(f"regen.py: not a program or folder: {arg}")
    return sorted(set(found))


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def regen(program):
    """Run one program under python3 and write its expectations."""
    with tempfile.TemporaryDirectory(prefix="genpy-regen-") as cwd:
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        env.pop("PYTHONPATH", None)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        helpers = program.with_suffix("")
        if helpers.is_dir():
            env["PYTHONPATH"] = str(helpers)
        proc = subprocess.run(
            [sys.executable, str(program)],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            env=env,
        )
    out = program.with_suffix(".out")
    err = program.with_suffix(".err")
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0 or proc.returncode > 1:
        raise RuntimeError(
            f"python3 exited with status {proc.returncode}; if CPython crashes on "
            f"this program, list it in tests/programs/MANUAL and write its "
            f"expectations by hand\n{stderr[-2000:]}"
        )
    out.write_bytes(proc.stdout.replace(str(PROGRAMS).encode(), b"<programs>"))
    if proc.returncode != 0:
        line = last_nonempty_line(stderr)
        if not line:
            raise RuntimeError("python3 failed with an empty stderr")
        if program.relative_to(PROGRAMS).parts[0] == FULL_STDERR_AREA:
            err.write_text(stderr.replace(str(PROGRAMS), "<programs>"))
        else:
            err.write_text(line + "\n")
        return f"exit 1: {line}"
    if err.exists():
        err.unlink()
    if stderr.strip():
        # Not an error (e.g. CPython's "Exception ignored in" reports), but
        # worth a look: stderr of successful programs is not checked.
        return "ok (stderr not empty: " + last_nonempty_line(stderr) + ")"
    return "ok"


def main():
    manual = manual_set()
    failures = 0
    for program in collect(sys.argv[1:]):
        rel = program.relative_to(PROGRAMS).as_posix()
        if rel in manual:
            print(f"{rel}: skipped (MANUAL)")
            continue
        try:
            status = regen(program)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            failures += 1
            status = f"ERROR: {exc}"
        print(f"{rel}: {status}")
    if failures:
        sys.exit(f"regen.py: {failures} program(s) failed")


if __name__ == "__main__":
    main()
