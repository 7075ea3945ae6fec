# os.path's file-system queries (exists, isfile, isdir, islink, getsize,
# getmtime, samefile, realpath), os.fspath and the os.PathLike protocol.
import os
import os.path as p

os.makedirs("q/sub")
with open("q/file.txt", "w") as f:
    f.write("12345")
os.symlink("file.txt", "q/link")
os.symlink("sub", "q/dirlink")
os.symlink("missing", "q/dangling")
for name in ["q", "q/sub", "q/file.txt", "q/link", "q/dirlink", "q/dangling", "q/none", ""]:
    print(repr(name), p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name),
          p.islink(name))
print(p.getsize("q/file.txt"), p.getsize("q/link"), isinstance(p.getmtime("q/file.txt"), float))
print(p.getmtime("q/file.txt") == os.stat("q/file.txt").st_mtime)
print(p.samefile("q/link", "q/file.txt"), p.samefile("q/file.txt", "q/sub"))
print(os.readlink("q/link"), p.ismount("/"), p.ismount("q"))
cwd = os.getcwd()
print(p.relpath(p.realpath("q/link"), cwd), p.relpath(p.realpath("q/dirlink/x/.."), cwd),
      p.relpath(p.realpath("q/dangling"), cwd), p.relpath(p.realpath("q/nope/../sub"), cwd))
os.symlink("loop2", "q/loop1")
os.symlink("loop1", "q/loop2")
print(p.relpath(p.realpath("q/loop1"), cwd))
try:
    p.getsize("q/none")
except FileNotFoundError as e:
    print(e)
print(p.exists(3.5) if False else "skip", p.exists("a\0b"), p.isdir("a\0b"))
try:
    p.exists(3.5)
except TypeError as e:
    print(e)


class Place:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


class Bad:
    def __fspath__(self):
        return 42


print(os.fspath("plain"), os.fspath(Place("q/file.txt")), p.exists(Place("q/file.txt")),
      p.join(Place("q"), Place("sub")), p.basename(Place("q/file.txt")))
with open(Place("q/file.txt")) as f:
    print(f.read(), f.name)
print(sorted(os.listdir(Place("q"))))
for bad in [3, None, b"x" if False else 2.5, Bad()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    open(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    open(2.5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(os.DirEntry, object), os.PathLike.__name__)
print(isinstance(Place("x"), os.PathLike), isinstance("x", os.PathLike), isinstance(3, os.PathLike),
      issubclass(os.DirEntry, os.PathLike), issubclass(Bad, os.PathLike), os.PathLike.__mro__)
with os.scandir("q") as it:
    print(all(isinstance(e, os.PathLike) for e in it))
