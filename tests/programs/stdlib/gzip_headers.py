# gzip members with every optional header field (FEXTRA, FNAME, FCOMMENT, FHCRC),
# zero padding between members, text-mode options, names, and the errors of
# truncated and corrupt files read through GzipFile.
import gzip
import io
import os
import zlib


def member(data, flags=0, extra=b"", name=b"", comment=b""):
    head = b"\x1f\x8b\x08" + bytes([flags]) + (1234567).to_bytes(4, "little") + b"\x00\x03"
    if flags & 4:
        head += len(extra).to_bytes(2, "little") + extra
    if flags & 8:
        head += name + b"\x00"
    if flags & 16:
        head += comment + b"\x00"
    if flags & 2:
        head += (zlib.crc32(head) & 0xFFFF).to_bytes(2, "little")
    body = zlib.compress(data, 6, -15)
    return head + body + zlib.crc32(data).to_bytes(4, "little") + len(data).to_bytes(4, "little")


blob = (member(b"plain\n")
        + member(b"with extra\n", 4, extra=b"XY\x02\x00ab")
        + member(b"with name\n", 8, name=b"log.txt")
        + member(b"with comment\n", 16, comment=b"a comment")
        + member(b"with all\n", 2 | 4 | 8 | 16, b"E", b"n", b"c")
        + b"\x00" * 7
        + member(b"after padding\n"))
print(gzip.decompress(blob))
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
    print(f.readlines())
with open("gzip_headers.gz", "wb") as f:
    f.write(blob)
with gzip.open("gzip_headers.gz", "rt", newline="") as f:
    print(f.name, [line for line in f])
with gzip.open("gzip_headers.gz", "rt", encoding="ascii", errors="strict") as f:
    print(f.read(12), f.readline(), end="")

with gzip.open("gzip_headers.gz", "wt", newline="\r\n") as f:
    f.write("crlf line\nsecond\n")
with gzip.open("gzip_headers.gz", "rb") as f:
    print(f.read(), f.name)
with gzip.open("gzip_headers.gz", "wt", encoding="latin-1") as f:
    f.write("caf\xe9\n")
with gzip.open("gzip_headers.gz", "rb") as f:
    print(f.read())


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


good = member(b"some data that is long enough to cut " * 20)
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:40])).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:5])).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-2])).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(good + b"junk")).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"\x1f\x8b\x07" + good[3:])).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:10] + b"\xff" * 30)).read())
with gzip.GzipFile(fileobj=io.BytesIO(good)) as f:
    print(f.read(10), f.tell(), f.seek(5, 1), f.read(3))
    attempt(lambda: f.seek(0, 2))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
w.write(b"abc")
print(w.tell(), w.seek(10), w.tell())
attempt(lambda: w.seek(2))
attempt(lambda: w.read())
w.close()
attempt(lambda: w.write(b"more"))
os.remove("gzip_headers.gz")
