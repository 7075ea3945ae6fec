# peek() on gzip and bz2 files: the bytes ahead, without consuming them.
import bz2
import gzip
import io

data = b"".join(b"row %d\n" % i for i in range(5000))
g = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data)))
print(g.peek(1)[:4], g.read(4), g.peek(3)[:3], g.tell(), g.readline())
g.read()
print(g.peek(5))
b = bz2.BZ2File(io.BytesIO(bz2.compress(data)))
print(b.peek()[:4], b.read(4), b.peek(3)[:3], b.tell(), b.readline())
b.read()
print(b.peek())
