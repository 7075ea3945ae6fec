#!/usr/bin/env python3
"""Regenerate the tables of genpy's ``unicodedata`` module
(``src/builtins/modules/unicodedata/*.txt``) from the Unicode database of the
running CPython (3.11: Unicode 14.0).

Each table is text, one run of code points per line: ``START END VALUE`` (hex code
points, inclusive). Code points absent from a table have the property's default
(category ``Cn``, combining class 0, width ``N``, bidirectional class ``''``, not
mirrored). ``numeric.txt`` lists ``CODE DECIMAL DIGIT NUMERIC`` per character with
a numeric value (``-`` where a character has no decimal or digit value).

Usage::

    python3 tests/unicode_data.py
"""

import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "src", "builtins", "modules", "unicodedata")


def runs(prop, default):
    out = []
    start, prev = 0, None
    for i in range(sys.maxunicode + 2):
        v = prop(chr(i)) if i <= sys.maxunicode else None
        if v != prev:
            if prev is not None and prev != default:
                out.append(f"{start:04X} {i - 1:04X} {prev}")
            start, prev = i, v
    return out


def write(name, lines):
    with open(os.path.join(TARGET, name), "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")


def main():
    write("category.txt", runs(unicodedata.category, "Cn"))
    write("combining.txt", runs(unicodedata.combining, 0))
    write("east_asian_width.txt", runs(unicodedata.east_asian_width, "N"))
    write("bidirectional.txt", runs(unicodedata.bidirectional, ""))
    write("mirrored.txt", runs(unicodedata.mirrored, 0))
    numeric = []
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        value = unicodedata.numeric(c, None)
        if value is not None:
            decimal = unicodedata.decimal(c, None)
            digit = unicodedata.digit(c, None)
            numeric.append(f"{i:04X} {'-' if decimal is None else decimal} "
                           f"{'-' if digit is None else digit} {value!r}")
    write("numeric.txt", numeric)
    write("version.txt", [unicodedata.unidata_version])
    print(f"{TARGET}: tables of Unicode {unicodedata.unidata_version}")


if __name__ == "__main__":
    main()
