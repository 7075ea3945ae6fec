# A gzip file inside a gzip file, and bz2 inside gzip, read and written through
# file objects that are themselves GzipFile and BZ2File objects.
import bz2
import gzip
import io

data = gzip.compress(gzip.compress(b"nested\n" * 3, mtime=0), mtime=0)
outer = gzip.GzipFile(fileobj=io.BytesIO(data))
inner = gzip.GzipFile(fileobj=outer, mode="rb")
print(inner.read())
try:
    gzip.GzipFile(fileobj=gzip.GzipFile(fileobj=io.BytesIO(data)))
except AttributeError as e:
    print("AttributeError", e)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
    with bz2.BZ2File(gz, "wb") as bz:
        bz.write(b"bz2 in gzip\n" * 5)
blob = buf.getvalue()
print(len(blob), bz2.decompress(gzip.decompress(blob)))
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as gz:
    with bz2.BZ2File(gz) as bz:
        print(bz.readline(), len(bz.read()))
