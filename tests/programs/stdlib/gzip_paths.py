# gzip.open, GzipFile and bz2.open over pathlib paths and bytes names; the
# header's file name (FNAME) written for each.
import bz2
import gzip
import os
import pathlib

p = pathlib.Path("gzip_paths_test.gz")
with gzip.open(p, "wt") as f:
    f.write("via pathlib\n")
with open(p, "rb") as f:
    print(f.read()[3:4], f.seek(10), f.read(16))
with gzip.open(p, "rt") as f:
    print(f.read(), f.name)
g = gzip.GzipFile(p)
print(g.name, g.read())
g.close()
with gzip.open(b"gzip_paths_test.gz", "wb") as f:
    f.write(b"bytes name\n")
with open(p, "rb") as f:
    print(f.read()[10:26])
with gzip.open(b"gzip_paths_test.gz") as f:
    print(f.name, f.read())
q = pathlib.Path("gzip_paths_test.bz2")
with bz2.open(q, "wt") as f:
    f.write("bz via pathlib\n")
with bz2.open(q, "rt") as f:
    print(f.read(), end="")
os.remove(p)
os.remove(q)
os.mkdir("gzip_paths_dir")
with gzip.open("gzip_paths_dir/inner.txt.gz", "wb") as f:
    f.write(b"x")
with open("gzip_paths_dir/inner.txt.gz", "rb") as f:
    print(f.read()[10:20])
os.remove("gzip_paths_dir/inner.txt.gz")
os.rmdir("gzip_paths_dir")
