# os.stat results as struct sequences, os.scandir's DirEntry objects, and the
# lazy os.walk generator (top-down pruning, bottom-up order, onerror).
import os
import stat

os.makedirs("w/src/pkg")
os.makedirs("w/build/out")
os.makedirs("w/.git")
for name, text in [("w/README", "hello\n"), ("w/src/main.py", "print(1)\n"),
                   ("w/src/pkg/mod.py", "x = 1\n"), ("w/build/out/app", "bin")]:
    with open(name, "w") as f:
        f.write(text)

st = os.stat("w/README")
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode == st[stat.ST_MODE])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(isinstance(st, tuple), isinstance(st.st_mtime, float), isinstance(st[8], int))
print(st.st_mtime_ns // 10**9 == st[8], int(st.st_mtime) == st[8])
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink)
print(os.stat("w/README") == os.stat("w/README"), os.lstat("w/src").st_size > 0)
print(stat.S_ISDIR(os.stat("w/src").st_mode), os.path.getsize("w/build/out/app"))
print(os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
print(os.stat_result(range(10)).st_mtime, os.stat_result(range(10))[3:5])
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)
try:
    os.stat("w/nope")
except FileNotFoundError as e:
    print(e)

with os.scandir("w") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          os.fspath(e), e.stat().st_size == os.stat(e.path).st_size, e.inode() == e.stat().st_ino)
print(sorted(e.path for e in os.scandir("w/src/")))
it = os.scandir("w/src")
print(type(it).__name__, iter(it) is it)
print(len(list(it)), list(it))
it.close()

print("top-down, pruned:")
for dirpath, dirnames, filenames in os.walk("w"):
    dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
    print(dirpath, dirnames, sorted(filenames))
print("bottom-up:")
for dirpath, dirnames, filenames in os.walk("w", topdown=False):
    print(dirpath, sorted(dirnames), sorted(filenames))

walker = os.walk("w")
print(type(walker).__name__, next(walker)[0])
errors = []
print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors])
print(list(os.walk("missing")))
