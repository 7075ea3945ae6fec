# pathlib's pure path arithmetic: construction and normalisation, str/repr,
# name/stem/suffix(es), parent(s), parts, anchor, joining with / and joinpath,
# with_name/with_stem/with_suffix, relative_to, match, equality, hashing,
# ordering, and CPython's errors.
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

for args in [(), ("",), (".",), ("a",), ("a/b",), ("a//b/./c/",), ("/",), ("//",), ("///",),
             ("//a/b",), ("/a/..",), ("a", "b", "c"), ("a", "/b", "c"), ("/x", "y/"),
             (Path("a"), "b"), ("a", PurePath("b/c")), ("~/docs",)]:
    p = PurePosixPath(*args)
    print(args, repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix),
          p.suffixes, repr(p.anchor), repr(p.root), repr(p.drive), p.is_absolute())
for name in ["a.tar.gz", ".bashrc", "a.", "a..b", ".a.b", "...", "x/y.z/w", "file.TXT"]:
    p = PurePath(name)
    print(name, p.suffix, p.suffixes, p.stem, p.name)

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p.parent, p.parent.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1],
      p.parents[1:3], p.parents[::2], repr(p.parents))
print(list(PurePath("a/b").parents), PurePath(".").parent, PurePath("/").parent, PurePath("a").parent)
try:
    p.parents[9]
except IndexError as e:
    print("IndexError", e)

base = PurePath("/srv")
print(base / "www" / "index.html", "rel" / PurePath("x"), base / "/etc", base.joinpath("a", "b/c"),
      base / PurePath("sub"))
print(type(PurePath("a")).__name__, type(Path("a")).__name__, type(Path("a") / "b").__name__,
      type("x" / Path("a")).__name__, type(Path("a").parent).__name__)
print(p.with_name("other.txt"), p.with_stem("main"), p.with_suffix(".pyc"), p.with_suffix(""),
      PurePath("a").with_suffix(".tar.gz"), PurePath("a.b.c").with_suffix(".d"))
print(p.relative_to("/usr"), p.relative_to("/usr/local", "lib"), p.relative_to("/"),
      PurePath("a/b").relative_to("a"), PurePath("a/b").relative_to(""), p.relative_to(p))
print(p.is_relative_to("/usr"), p.is_relative_to("/opt"), PurePath("a").is_relative_to("/"))
print(p.match("*.py"), p.match("python3.11/*.py"), p.match("/usr/*/*/*/*.py"), p.match("/*.py"),
      p.match("lib/*/*"), p.match("*.PY"), PurePath("a/b.py").match("a/b/*.py"),
      PurePath("a/b").match("[ab]/?"))
print(PurePath("a") == PurePath("a"), PurePath("a") == PurePath("a/"), PurePath("a") == PurePath("b"),
      PurePath("a") == "a", Path("a") == PurePosixPath("a"), PurePath("A") == PurePath("a"),
      PurePath("a") != PurePath("b"))
print(hash(PurePath("a/b")) == hash(PurePath("a//b")), hash(Path("x")) == hash(PurePath("x")))
print(sorted([PurePath("b"), PurePath("/z"), PurePath("a/c"), PurePath("a"), PurePath("a/b")]),
      PurePath("a") < PurePath("b"), PurePath("a/b") > PurePath("a"), PurePath("a") <= PurePath("a"),
      max(PurePath("x"), PurePath("y")))
print(os.fspath(PurePath("a/b")), str(PurePath("a/b")), PurePath("a/b").as_posix(), f"{PurePath('q')}")
print(isinstance(Path("a"), os.PathLike), isinstance(Path("a"), PurePath),
      isinstance(PurePath("a"), Path))

for f in [lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: PurePath("/").with_name("x"),
          lambda: p.with_suffix("py"), lambda: p.with_suffix("."), lambda: p.with_suffix("./x"),
          lambda: PurePath("").with_suffix(".x"), lambda: p.relative_to("/opt"),
          lambda: PurePath("a").relative_to("/a"), lambda: p.relative_to(), lambda: PurePath(3),
          lambda: PurePath("a", None), lambda: p / 3, lambda: 3 / p, lambda: p < "x",
          lambda: PurePath("a").match("")]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    PurePath("/abs").relative_to("")
except ValueError as e:
    print(e)
print(PosixPath.__mro__, issubclass(PurePath, os.PathLike))
print({PurePath("a"), PurePath("a/"), PurePath("b")} == {PurePath("a"), PurePath("b")},
      {Path("k"): 1}[Path("k")])
