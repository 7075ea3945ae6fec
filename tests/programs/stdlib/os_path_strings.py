# os.path's pure string functions on the edge cases: empty paths, trailing and
# repeated slashes, dots, "..", dot files, and the TypeErrors for non-paths.
import os.path
from os import path
import os

print(os.path is path, path.__name__)
samples = ["", "/", "//", "///", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a/b/",
           "a//b", "/a/b/c", "a/./b", "a/../b", "../a", "./a", ".", "..", "../..",
           "/..", "/../a", "a/b/../../..", ".bashrc", "a/.bashrc", "a.b/c", "a/b.c",
           "a/b.tar.gz", "a/b.", "a/..b", "...", "a/...x", "/a/b/", "//a//b//", "x/y/./",
           "a/b/c/../../d", "//../x", "///a/../b"]
for p in samples:
    print(repr(p), path.split(p), path.splitext(p), repr(path.basename(p)),
          repr(path.dirname(p)), repr(path.normpath(p)), path.isabs(p), path.splitdrive(p))

print(path.join("a", "b", "c"), path.join("a/", "b"), path.join("a", "/b", "c"),
      path.join("", "a"), path.join("a", ""), path.join("", ""), path.join("/", "a"),
      path.join("a", "b/", "c//"), path.join("a"))
print(path.relpath("/a/b/c", "/a"), path.relpath("/a", "/a/b/c"), path.relpath("/a/b", "/a/b"),
      path.relpath("/x/y", "/a/b"), path.relpath("a/b", "a"), path.relpath("a", "a/b/c"))
print(path.commonpath(["/usr/lib", "/usr/local/lib"]), path.commonpath(["a/b/c", "a/b/d", "a/b"]),
      path.commonpath(["/a//b/./c", "/a/b/c/d"]), repr(path.commonpath(["a", "b"])),
      path.commonpath(["/"]), path.commonpath(["/a/b"]))
print(path.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(path.commonprefix([])),
      path.commonprefix(["abc", "abd", "ab"]), path.commonprefix([["a", "b"], ["a", "c"]]))
for bad in [[], ["/a", "b"]]:
    try:
        path.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    path.relpath("")
except ValueError as e:
    print("ValueError:", e)
for f in [path.join, path.basename, path.isabs, path.normpath, path.split, path.splitext]:
    try:
        f(3)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
try:
    path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    path.join("a", None)
except TypeError as e:
    print("TypeError:", e)
print(path.expanduser("x~"), path.expanduser("~nosuchuser_genpy/x"), path.expanduser(""))
print(path.expandvars("no vars"), path.expandvars("$"), path.expandvars("${unclosed"),
      path.expandvars("$1abc_d-e"), path.expandvars("$GENPY_NEVER_SET/x"))
print(path.normcase("A/B"), path.sep, path.curdir, path.pardir, path.extsep, path.pathsep,
      path.altsep, path.devnull)
cwd = os.getcwd()
print(path.abspath("x/../y") == path.join(cwd, "y"), path.abspath("/a/./b/"),
      path.abspath(".") == cwd, path.isabs(path.abspath("rel")))
