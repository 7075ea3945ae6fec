# glob: *, ?, [..] and ** (recursive) over a tree, hidden files excluded unless
# the pattern starts with a dot, iglob as a lazy generator, root_dir, escape.
import glob
import os

for d in ["g/src/pkg", "g/src/.cache", "g/docs", "g/.git"]:
    os.makedirs(d)
for name in ["g/a.py", "g/b.txt", "g/.env", "g/src/main.py", "g/src/pkg/mod.py",
             "g/src/pkg/data.json", "g/src/.cache/x.py", "g/docs/index.md", "g/[x].py"]:
    with open(name, "w") as f:
        f.write("x")

def show(pattern, **kw):
    print(pattern, kw or "", sorted(glob.glob(pattern, **kw)))

show("g/*.py")
show("g/*")
show("g/.*")
show("g/?.*")
show("g/[ab].*")
show("g/*/")
show("g/*/*.py")
show("g/**/*.py")
show("g/**/*.py", recursive=True)
show("g/**", recursive=True)
show("g/**/", recursive=True)
show("g/src/**", recursive=True)
show("**/*.json", recursive=True)
show("*.py", root_dir="g")
show("**/*.py", root_dir="g", recursive=True)
show("g/*", include_hidden=True)
show("g/**/*.py", recursive=True, include_hidden=True)
show("g/b.txt")
show("g/nope.txt")
show("g/docs/")
show("g/b.txt/")
show("nope/*")
show("g/[x].py")
show(glob.escape("g/[x].py"))
print(glob.escape("a*b?c[d]"), glob.has_magic("a[b"), glob.has_magic("plain"))
it = glob.iglob("g/**/*.py", recursive=True)
print(type(it).__name__, sorted(it))
print(sorted(glob.iglob("g/src/*")))
import pathlib
for bad in [pathlib.Path("g") / "*", 3]:
    try:
        glob.glob(bad)
    except TypeError as e:
        print("TypeError:", e)
