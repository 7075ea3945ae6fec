# ModuleNotFoundError in its forms: a missing module, a missing submodule of a
# package (the first missing part is named), a submodule of a module that is not a
# package; `from m import x` of a missing name; then an uncaught one.
HERE = __file__.rsplit("/", 1)[0]

for stmt in [
    "import nosuch",
    "import nosuch.deeper",
    "import pkg.nosuch",
    "import pkg.nosuch.deeper",
    "import plain.sub",
    "from plain import missing",
    "from pkg import missing",
    "from sys import missing",
    "from pkg.nosuch import x",
]:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__, str(e).replace(HERE, "<here>"))
import nosuch_at_all
