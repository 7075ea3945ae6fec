# gzip: files written in binary and text modes (compared byte for byte with
# CPython's through their CRC and length), read back whole, by line, by size,
# multi-member files, fileobj= over BytesIO, compress/decompress, and errors.
import gzip
import io
import os
import zlib


def summary(path):
    with open(path, "rb") as f:
        data = f.read()
    # Bytes 4 to 8 are the modification time, which gzip.open sets to now.
    return len(data), zlib.crc32(data[:4] + data[8:]), data[:4], data[8:10]


lines = [b"%05d some log text that repeats, with a number %d\n" % (i, i * i % 977) for i in range(3000)]
payload = b"".join(lines)

with gzip.open("gzip_files_a.gz", "wb") as f:
    print(type(f).__name__, f.mode, f.name)
    for line in lines:
        f.write(line)
print("binary", summary("gzip_files_a.gz"))

f = gzip.GzipFile("gzip_files_b.gz", "wb", compresslevel=1, mtime=12345)
f.write(payload[:1000])
f.write(payload[1000:])
f.close()
print("level1", summary("gzip_files_b.gz"), f.closed)

with gzip.open("gzip_files_c.gz", "wt", encoding="utf-8") as f:
    for i in range(500):
        f.write("text line %d é\n" % i)
print("text", summary("gzip_files_c.gz"))

# Reading back.
with gzip.open("gzip_files_a.gz") as f:
    print(f.read() == payload)
with gzip.open("gzip_files_a.gz", "rb") as f:
    print(f.read(10), f.read1(5), f.readline(), f.tell())
    print(len(f.readlines()), f.read())
with gzip.open("gzip_files_a.gz", "rb") as f:
    count = 0
    for line in f:
        count += 1
    print("lines", count, line)
with gzip.open("gzip_files_c.gz", "rt", encoding="utf-8") as f:
    print(type(f).__name__, f.readline(), end="")
    rest = list(f)
    print(len(rest), rest[-1], end="")
with gzip.open("gzip_files_c.gz", "rt") as f:
    print(len(f.read()))
with gzip.GzipFile("gzip_files_b.gz") as f:
    print(f.mode, f.read(20), f.seek(100), f.read(5), f.seek(3), f.read(4))
    f.rewind()
    print(f.read(6), f.peek(3)[:3], f.readable(), f.writable(), f.seekable())

# Appending makes a second member; reading continues across it.
with gzip.open("gzip_files_a.gz", "ab") as f:
    f.write(b"appended member\n")
with gzip.open("gzip_files_a.gz") as f:
    data = f.read()
print(len(data), data[-30:])
with gzip.open("gzip_files_a.gz", "rt") as f:
    print(sum(1 for _ in f))

# File objects.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"in memory")
print(buf.getvalue())
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
with open("gzip_files_a.gz", "rb") as raw:
    with gzip.GzipFile(fileobj=raw) as f:
        print(f.readline())
    print(raw.closed)
with gzip.open(io.BytesIO(gzip.compress(b"one\ntwo\n")), "rt") as f:
    print(f.readlines())

# One-shot functions.
print(gzip.compress(b"hello", mtime=0))
print(gzip.compress(b"hello", 1, mtime=0))
print(gzip.compress(b"hello", 5, mtime=99))
print(gzip.compress(payload, mtime=0) == zlib.compress(payload, 9, 31))
print(gzip.decompress(gzip.compress(b"abc") + gzip.compress(b"def")))
print(gzip.decompress(gzip.compress(b"pad") + b"\0\0\0\0"))
print(gzip.decompress(b""))
with open("gzip_files_b.gz", "rb") as f:
    print(gzip.decompress(f.read()) == payload)


def attempt(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(gzip.decompress, b"plain text")
attempt(gzip.decompress, b"x")
attempt(gzip.decompress, gzip.compress(b"hello")[:-3])
attempt(gzip.decompress, gzip.compress(b"hello")[:-8] + b"\0\0\0\0\5\0\0\0")
attempt(gzip.decompress, gzip.compress(b"hello")[:-4] + b"\0\0\0\0")
attempt(gzip.decompress, gzip.compress(b"hello")[:12] + b"\xff\xff\xff" + gzip.compress(b"hello")[15:])
attempt(lambda: gzip.open("gzip_files_missing.gz").read())
attempt(lambda: gzip.open("gzip_files_a.gz", "rtb"))
attempt(lambda: gzip.open("gzip_files_a.gz", "rb", encoding="utf-8"))
attempt(lambda: gzip.open(42))
with open("gzip_files_plain.txt", "wb") as f:
    f.write(b"not compressed\n")
attempt(lambda: gzip.open("gzip_files_plain.txt").read())
g = gzip.open("gzip_files_a.gz")
attempt(g.write, b"x")
g.close()
attempt(g.read)
print(issubclass(gzip.BadGzipFile, OSError))

for name in ["gzip_files_a.gz", "gzip_files_b.gz", "gzip_files_c.gz", "gzip_files_plain.txt"]:
    os.remove(name)
