# os: making, listing, renaming and removing files and directories, with the
# OSErrors CPython raises (errno, strerror, filename and the two-path form).
import os

os.mkdir("tree")
os.makedirs("tree/a/b/c")
os.makedirs("tree/a/b/c", exist_ok=True)
for name in ["tree/one.txt", "tree/a/two.txt", "tree/a/b/three.txt"]:
    with open(name, "w") as f:
        f.write(name.upper() + "\n")

print(sorted(os.listdir("tree")))
print(os.listdir("tree/a/b/c"))

try:
    os.mkdir("tree")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    os.makedirs("tree/a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir("missing")
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir("tree/a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.remove("tree/a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rename("nothing", "else")
except OSError as e:
    print(type(e).__name__, e.filename, e.filename2)
    print(e)
try:
    os.listdir("tree/one.txt")
except NotADirectoryError as e:
    print(e)

os.rename("tree/one.txt", "tree/uno.txt")
os.replace("tree/uno.txt", "tree/a/uno.txt")
print(sorted(os.listdir("tree")), sorted(os.listdir("tree/a")))
os.unlink("tree/a/uno.txt")
os.remove("tree/a/two.txt")
os.remove("tree/a/b/three.txt")
os.removedirs("tree/a/b/c")
print(os.path.exists("tree"))

for bad in [3.5, None, ["x"]]:
    try:
        os.mkdir(bad)
    except TypeError as e:
        print(e)
try:
    os.stat(2.5)
except TypeError as e:
    print(e)
try:
    os.listdir(1.5)
except TypeError as e:
    print(e)
try:
    os.stat("a\0b")
except ValueError as e:
    print(e)
