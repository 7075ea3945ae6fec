# zlib: one-shot compress/decompress at every level and container, checksums,
# streaming objects, and CPython's errors.
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(2000))
noise = bytes((i * 7919 + 13) % 251 for i in range(5000))

for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == text)
print(zlib.compress(b"hello"), zlib.compress(b""))
print(zlib.compress(noise, 6)[:16], len(zlib.compress(noise)))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print("wbits", wbits, len(c), zlib.crc32(c), zlib.decompress(c, wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text)
print(zlib.decompress(zlib.compress(text), 47) == text)
print(zlib.decompress(zlib.compress(text), 0) == text)
print(zlib.compress(b"abc", level=9, wbits=-15))

print(zlib.crc32(b"hello"), zlib.crc32(b"lo", zlib.crc32(b"hel")), zlib.crc32(b""))
print(zlib.adler32(b"hello"), zlib.adler32(b"lo", zlib.adler32(b"hel")), zlib.adler32(b""))
print(zlib.crc32(text), zlib.adler32(text), zlib.crc32(bytearray(b"xyz")))
print(zlib.crc32(b"abc", 2**40 + 5), zlib.crc32(b"abc", -1))

# Streaming compression: the same bytes however the input is cut.
co = zlib.compressobj(9)
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush())
streamed = b"".join(parts)
print(len(streamed), streamed == zlib.compress(text, 9))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
mid = co.compress(b"first part ") + co.flush(zlib.Z_SYNC_FLUSH)
print(mid, mid[-4:] == b"\x00\x00\xff\xff")
end = co.compress(b"second part") + co.flush(zlib.Z_FULL_FLUSH) + co.flush()
print(len(end), zlib.decompress(mid + end, -15))

# Streaming decompression: max_length, unconsumed_tail, unused_data, eof.
data = zlib.compress(text)
do = zlib.decompressobj()
first = do.decompress(data, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == text, do.eof, do.unused_data)
do = zlib.decompressobj()
out = b""
for i in range(0, len(data), 37):
    out += do.decompress(data[i:i + 37])
out += do.flush()
print(out == text, do.eof)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"payload") + b"TRAILING"), do.unused_data, do.eof)
print(do.decompress(b"more"), do.unused_data)
do = zlib.decompressobj(-15)
print(do.decompress(zlib.compress(b"raw data", 6, -15)), do.eof)
do = zlib.decompressobj(wbits=31)
print(do.decompress(zlib.compress(b"gzip data", 6, 31)), do.eof)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION,
      zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED)


def attempt(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


attempt(zlib.decompress, b"not zlib data")
attempt(zlib.decompress, zlib.compress(text)[:-10])
attempt(zlib.decompress, b"x\x9c\xff\xff")
attempt(zlib.decompress, b"", 99)
attempt(zlib.compress, b"x", 12)
attempt(zlib.compressobj, 5, 8, 99)
attempt(zlib.decompressobj, 99)
attempt(zlib.crc32, "text")
attempt(zlib.compress, 5)
attempt(zlib.decompressobj().decompress, b"garbage!")
co = zlib.compressobj()
co.compress(b"x")
co.flush()
attempt(co.compress, b"y")
attempt(co.flush)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
try:
    zlib.decompress(b"bad")
except zlib.error as e:
    print("caught", e.args)
