# os.walk and os.scandir are lazy: a directory is read only when the walk reaches
# it, so changes made while walking show up (and pruned directories are never
# read); Path.iterdir and Path.rglob are generators too.
import os
from pathlib import Path

os.makedirs("lazy/a")
os.makedirs("lazy/b")
walker = os.walk("lazy")
top, dirs, files = next(walker)
print(top, sorted(dirs), files)
with open("lazy/a/made-after-the-top-was-read.txt", "w") as f:
    f.write("!")
os.mkdir("lazy/c")
dirs.sort()
dirs.remove("b")
for dirpath, dirnames, filenames in walker:
    print(dirpath, dirnames, filenames)

listing = os.scandir("lazy")
first = next(listing)
print(type(first).__name__, first.name in ("a", "b", "c"))
listing.close()
print(list(listing))

gen = Path("lazy").rglob("*.txt")
print(type(gen).__name__)
Path("lazy/b/late.txt").write_text("late")
print(sorted(str(p) for p in gen))

def sizes(root):
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = os.path.join(dirpath, name)
            yield path, os.path.getsize(path)

total = 0
for path, size in sorted(sizes("lazy")):
    total += size
    print(path, size)
print("total", total)
