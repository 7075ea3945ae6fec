# Programs given as bytes: exec/eval/compile of bytes, and modules whose files
# declare their encoding (PEP 263) or start with a UTF-8 byte-order mark.
import os
import sys
import tempfile

exec(b"print('exec of bytes', 1 + 1)\n")
print(eval(b"  6 * 7"))
code = compile(b"# -*- coding: latin-1 -*-\nword = 'caf\xe9'\n", "latin.py", "exec")
ns = {}
exec(code, ns)
print(ns["word"], len(ns["word"]))

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "latin_mod.py"), "wb") as f:
        f.write(b"#!/usr/bin/env python\n# vim: set fileencoding=latin1 :\nNAME = 'na\xefve'\n")
    with open(os.path.join(d, "bom_mod.py"), "wb") as f:
        f.write(b"\xef\xbb\xbfGREETING = 'h\xc3\xa9llo'\n")
    with open(os.path.join(d, "bad_mod.py"), "wb") as f:
        f.write(b"# coding: no-such-codec\nX = 1\n")
    sys.path.insert(0, d)
    import latin_mod
    import bom_mod
    print(latin_mod.NAME, len(latin_mod.NAME))
    print(bom_mod.GREETING)
    try:
        import bad_mod
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    sys.path.remove(d)
