#!/usr/bin/env python3
"""Regenerate ``src/builtins/help/docs.rs``, the documentation of genpy's native
functions, types and methods, from CPython 3.11.

genpy lists what it has natively (run as ``GENPY``, default
``target/debug/genpy``): the built-in functions and types and the native
functions of its modules; each type gets every method CPython's has. For each name
that CPython implements in C too (a built-in function, method or type, never a
function written in Python), the table gets what ``pydoc`` shows of it:

* the signature, as ``inspect.signature`` writes it for the unbound object
  (``(self, /, sep=None, maxsplit=-1)`` for ``str.split``; None where
  ``inspect`` finds none, where pydoc shows ``(...)``);
* the whole ``__doc__``.

The modules of ``MODULES`` that CPython writes in C get their ``__doc__`` too,
under the module's name.

Usage::

    cargo build && python3 tests/native_docs.py
"""

import builtins
import importlib
import inspect
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "src", "builtins", "help", "docs.rs")

# The modules whose native functions are documented: those CPython also
# implements in C (genpy's private halves of lib/ modules are not listed).
MODULES = ["sys", "itertools", "math", "time", "functools", "gc", "zlib", "os", "random"]

LISTER = """
import builtins, sys
for name in dir(builtins):
    v = getattr(builtins, name)
    if isinstance(v, type):
        print("type", name)
    elif type(v).__name__ == "builtin_function_or_method":
        print("function", name)
for mod in sys.argv[1:]:
    m = __import__(mod)
    for k, v in vars(m).items():
        if type(v).__name__ == "builtin_function_or_method":
            print("function", mod + "." + k)
"""


def genpy_names():
    """The names of genpy's native functions and types, with every method CPython's
    type of that name has (so that a method genpy gains later is documented)."""
    genpy = os.environ.get("GENPY", os.path.join(ROOT, "target", "debug", "genpy"))
    out = subprocess.run(
        [genpy, "-c", LISTER, *MODULES], capture_output=True, text=True, check=True
    ).stdout
    names = {m for m in MODULES if not getattr(importlib.import_module(m), "__file__", "").endswith(".py")}
    for line in out.splitlines():
        kind, name = line.split()
        names.add(name)
        if kind == "type" and isinstance(getattr(builtins, name, None), type):
            names.update(name + "." + k for k in vars(getattr(builtins, name)))
    return sorted(names)


def cpython_object(name):
    """CPython's object named ``name`` (``len``, ``str.split``, ``math.sqrt``), or
    None when CPython has none or writes it in Python."""
    first, _, rest = name.partition(".")
    if hasattr(builtins, first):
        obj = getattr(builtins, first)
    elif first in MODULES:
        obj = importlib.import_module(first)
    else:
        return None
    for part in rest.split(".") if rest else []:
        obj = getattr(obj, part, None)
    native = (
        inspect.ismodule(obj)
        or inspect.isbuiltin(obj)
        or inspect.ismethoddescriptor(obj)
        or type(obj).__name__ in ("wrapper_descriptor", "method-wrapper")
        or (isinstance(obj, type) and obj.__module__ == "builtins")
    )
    return obj if native and obj is not None else None


def signature(obj):
    """What pydoc shows as ``obj``'s signature, or None for ``(...)``."""
    if inspect.ismodule(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return None


def rust_str(text):
    """``text`` as a Rust string literal."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def main():
    rows = []
    for name in genpy_names():
        obj = cpython_object(name)
        if obj is None or not isinstance(obj.__doc__, str):
            continue
        owner, _, method = name.rpartition(".")
        raw = vars(getattr(builtins, owner, object)).get(method)
        # A class method's signature keeps its `type`, as an unbound method's its `self`.
        sig = signature(raw if type(raw).__name__ == "classmethod_descriptor" else obj)
        sig = "None" if sig is None else "Some(%s)" % rust_str(sig)
        rows.append("    (%s, %s, %s),\n" % (rust_str(name), sig, rust_str(obj.__doc__)))
    with open(TARGET, "w") as f:
        f.write(
            "//! The documentation of the native functions, types and methods (`__doc__`,\n"
            "//! and the signature `help()` shows), as CPython 3.11 gives them: the\n"
            "//! signature `inspect.signature` finds for the unbound object (None where it\n"
            "//! finds none) and the whole docstring. Methods are named `type.name`, the\n"
            "//! functions of modules `module.name`, native modules by their name. Written by `tests/native_docs.py`;\n"
            "//! do not edit by hand.\n\n"
            "/// (name, signature, documentation), sorted by name.\n"
            "pub static DOCS: &[(&str, Option<&str>, &str)] = &[\n"
        )
        f.writelines(rows)
        f.write("];\n")
    print("%d entries written to %s" % (len(rows), TARGET), file=sys.stderr)


if __name__ == "__main__":
    main()
