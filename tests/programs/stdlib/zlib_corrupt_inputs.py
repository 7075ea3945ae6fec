# Corrupted, truncated and padded compressed data through every decompressing
# entry point of zlib, gzip and bz2: each gives CPython's result or its error
# (type and message), never anything else.
import bz2
import gzip
import io
import random
import zlib

random.seed(5)
good = [zlib.compress(b"hello world" * 50), gzip.compress(b"abc" * 100, mtime=0),
        bz2.compress(b"xyz" * 100), zlib.compress(b"q" * 1000, 0)]
readers = [
    lambda d: zlib.decompress(d),
    lambda d: zlib.decompress(d, -15),
    lambda d: zlib.decompress(d, 47),
    lambda d: zlib.decompress(d, 31),
    lambda d: gzip.decompress(d),
    lambda d: bz2.decompress(d),
    lambda d: zlib.decompressobj().decompress(d, 7),
    lambda d: gzip.GzipFile(fileobj=io.BytesIO(d)).read(),
    lambda d: bz2.BZ2File(io.BytesIO(d)).read(),
    lambda d: bz2.BZ2Decompressor().decompress(d, 3),
    lambda d: list(gzip.open(io.BytesIO(d), "rt", errors="replace")),
]
for trial in range(150):
    src = bytearray(random.choice(good))
    for _ in range(random.randint(0, 4)):
        op = random.randint(0, 2)
        if op == 0 and src:
            src[random.randrange(len(src))] = random.randrange(256)
        elif op == 1:
            del src[random.randrange(len(src) + 1):]
        else:
            src += bytes(random.randrange(256) for _ in range(5))
    data = bytes(src)
    results = []
    for read in readers:
        try:
            results.append(str(len(read(data))))
        except (zlib.error, OSError, EOFError, ValueError) as e:
            results.append(f"{type(e).__name__}: {e}")
    print(trial, len(data), " | ".join(results))
