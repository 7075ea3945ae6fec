import os
import sys
import tempfile
import shutil
from pathlib import Path

def walk_sizes(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            p = os.path.join(dirpath, f)
            yield os.path.relpath(p, root), os.path.getsize(p)

def read_chunks(path, size=4):
    with open(path, "rb") as fh:
        while chunk := fh.read(size):
            yield chunk

with tempfile.TemporaryDirectory(prefix="gen") as tmp:
    os.makedirs(os.path.join(tmp, "a", "b"))
    os.mkdir(os.path.join(tmp, "c"))
    for rel, text in [("top.txt", "hello"), ("a/one.log", "x" * 10), ("a/b/deep.txt", "deep\nlines\n"), ("c/e.bin", "")]:
        with open(os.path.join(tmp, rel), "w") as f:
            f.write(text)
    print(list(walk_sizes(tmp)))
    print(list(read_chunks(os.path.join(tmp, "a", "b", "deep.txt"))))
    print(sorted(os.listdir(tmp)), os.path.isdir(os.path.join(tmp, "a")), os.path.isfile(os.path.join(tmp, "top.txt")))
    p = Path(tmp) / "a" / "b" / "deep.txt"
    print(p.name, p.stem, p.suffix, p.parent.name, p.read_text().splitlines(), p.exists())
    print(sorted(x.name for x in Path(tmp).rglob("*.txt")), sorted(x.name for x in Path(tmp).iterdir()))
    shutil.copy(p, os.path.join(tmp, "copy.txt"))
    os.rename(os.path.join(tmp, "copy.txt"), os.path.join(tmp, "moved.txt"))
    print(open(os.path.join(tmp, "moved.txt")).read().count("\n"))
    shutil.rmtree(os.path.join(tmp, "a"))
    print(sorted(os.listdir(tmp)))
    fd, name = tempfile.mkstemp(dir=tmp, suffix=".dat")
    os.write(fd, b"raw bytes")
    os.close(fd)
    print(os.path.basename(name).endswith(".dat"), open(name, "rb").read())
    with open(os.path.join(tmp, "log.txt"), "a+") as f:
        f.write("one\n"); f.write("two\n"); f.seek(0); print(f.readlines())
    with tempfile.SpooledTemporaryFile() if hasattr(tempfile, "SpooledTemporaryFile") else tempfile.TemporaryFile() as tf:
        tf.write(b"temp data"); tf.seek(0); print(tf.read())
print(os.path.exists(tmp))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.split("/a/b/c"), os.path.dirname("/a/b/c"))
print(os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.sep, os.path.basename("dir/"), os.path.commonprefix(["abc", "abd"]))
os.environ["GENPY_TEST_VAR"] = "v1"
print(os.environ.get("GENPY_TEST_VAR"), os.getenv("NOPE_NOT_SET", "default"), "GENPY_TEST_VAR" in os.environ)
print(type(os.getcwd()).__name__, os.getpid() > 0, sys.argv[0].endswith("files_os.py"), sys.platform, os.name)
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, type(sys.path).__name__)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
try:
    os.remove("nope.txt")
except OSError as e:
    print(type(e).__name__, e)
print(sys.stdout.write("direct write\n"))
print("to stderr", file=sys.stderr)
sys.stdout.flush()
