# GzipFile.mtime: None before the first header, then each member's modification
# time as it is read; BZ2File's seek in write mode.
import bz2
import gzip
import io

blob = gzip.compress(b"first\n", mtime=1000) + gzip.compress(b"second\n", mtime=2000)
g = gzip.GzipFile(fileobj=io.BytesIO(blob))
print(g.mtime)
print(g.readline(), g.mtime)
print(g.read(), g.mtime)
g = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"x", mtime=0)))
print(g.read(), g.mtime)
buf = io.BytesIO()
w = gzip.GzipFile(fileobj=buf, mode="wb", mtime=5)
try:
    print(w.mtime)
except AttributeError as e:
    print("AttributeError", e)
w.close()
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read(), buf.getvalue()[4:8])

b = bz2.BZ2File(io.BytesIO(), "w")
b.write(b"abc")
print(b.tell())
try:
    b.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
b.close()
