# pathlib.Path on the file system: mkdir (parents, exist_ok), write_text /
# read_text, open (and builtins open of a Path), touch, exists/is_file/is_dir/
# is_symlink, iterdir, glob and rglob (lazy generators), stat, rename, replace,
# unlink (missing_ok), rmdir, resolve, absolute, cwd, home, expanduser, samefile.
import os
from pathlib import Path

root = Path("proj")
(root / "src" / "pkg").mkdir(parents=True)
(root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
(root / "docs").mkdir()
print((root / "notes.txt").write_text("first line\nsecond line\n"))
(root / "src" / "main.py").write_text("print('hi')\n")
(root / "src" / "pkg" / "__init__.py").touch()
(root / "src" / "pkg" / "util.py").write_text("X = 1\n")
(root / ".hidden").write_text("secret")
(root / "docs" / "guide.md").write_text("# Guide\n")
print((root / "notes.txt").read_text().splitlines())
with (root / "notes.txt").open() as f:
    print(f.readline().strip(), f.name)
with open(root / "notes.txt", "a") as f:
    f.write("third line\n")
with (root / "notes.txt").open("r") as f:
    print(len(f.readlines()))

print(root.exists(), root.is_dir(), root.is_file(), (root / "notes.txt").is_file(),
      (root / "nope").exists(), (root / "nope").is_dir(), (root / "notes.txt").is_symlink())
print(sorted(p.name for p in root.iterdir()))
it = root.iterdir()
print(type(it).__name__, type(next(it)).__name__)
print(sorted(str(p) for p in root.glob("*")))
print(sorted(str(p) for p in root.glob("src/*.py")))
print(sorted(str(p) for p in root.glob("**/*.py")))
print(sorted(str(p) for p in root.glob("**")))
print(sorted(str(p) for p in root.glob("*/")))
print(sorted(str(p) for p in root.glob("src/pkg/util.py")), list(root.glob("missing/*")))
print(sorted(str(p) for p in root.rglob("*.py")))
print(sorted(str(p) for p in root.rglob("pkg")))
print(sorted(str(p.relative_to(root)) for p in root.rglob("*")))
g = root.rglob("*.md")
print(type(g).__name__, [str(p) for p in g])
print(list(Path("proj/notes.txt").glob("*")))

st = (root / "notes.txt").stat()
print(st.st_size, (root / "notes.txt").lstat().st_size == st.st_size)
moved = (root / "notes.txt").rename(root / "NOTES.txt")
print(repr(moved), moved.exists(), (root / "notes.txt").exists())
print(repr(moved.replace(root / "docs" / "notes.txt")))
(root / "docs" / "notes.txt").unlink()
(root / "docs" / "notes.txt").unlink(missing_ok=True)
try:
    (root / "docs" / "notes.txt").unlink()
except FileNotFoundError as e:
    print(e)
try:
    (root / "docs").rmdir()
except OSError as e:
    print(type(e).__name__, e)
try:
    (root / "docs").mkdir()
except FileExistsError as e:
    print(e)
try:
    Path("a/b/c").mkdir()
except FileNotFoundError as e:
    print(e)
try:
    (root / "nothing.txt").read_text()
except FileNotFoundError as e:
    print(e)
try:
    (root / "new.txt").touch(exist_ok=False)
    (root / "new.txt").touch(exist_ok=False)
except FileExistsError as e:
    print(e)

cwd = Path.cwd()
print(type(cwd).__name__, cwd.is_absolute(), cwd == Path(os.getcwd()), Path(".").absolute() == cwd)
print(Path("proj/src").absolute() == cwd / "proj" / "src", Path("proj/src/../docs").resolve() == cwd / "proj" / "docs")
print(Path("proj/missing/../x").resolve().relative_to(cwd))
(root / "link").symlink_to("src")
print((root / "link").is_symlink(), (root / "link").is_dir(), (root / "link").readlink(),
      (root / "link").resolve() == (root / "src").resolve(), (root / "link").samefile(root / "src"),
      (root / "link" / "main.py").samefile("proj/src/main.py"))
os.environ["HOME"] = "/home/tester"
print(Path.home(), Path("~/x").expanduser(), Path("a/~").expanduser())

os.remove(root / "link")
for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if path.is_dir():
        path.rmdir()
    else:
        path.unlink()
root.rmdir()
print(root.exists())
