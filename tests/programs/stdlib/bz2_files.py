# bz2: one-shot compress/decompress (compared with CPython's bytes through CRC and
# length), the incremental objects, BZ2File and bz2.open in binary and text modes,
# multi-stream files, and errors.
import bz2
import io
import os
import zlib

payload = b"".join(b"record %d,%d,alpha beta gamma\n" % (i, i * 31 % 1000) for i in range(4000))

for level in (1, 5, 9):
    c = bz2.compress(payload, level)
    print(level, len(c), zlib.crc32(c), bz2.decompress(c) == payload)
print(bz2.compress(b""), bz2.compress(b"hello"))
print(bz2.decompress(bz2.compress(b"ab") + bz2.compress(b"cd")))

comp = bz2.BZ2Compressor()
out = b"".join(comp.compress(payload[i:i + 5000]) for i in range(0, len(payload), 5000))
out += comp.flush()
print(out == bz2.compress(payload))
dec = bz2.BZ2Decompressor()
print(dec.needs_input, dec.eof)
got = dec.decompress(out[:1000])
got += dec.decompress(out[1000:] + b"EXTRA")
print(got == payload, dec.eof, dec.unused_data, dec.needs_input)
dec = bz2.BZ2Decompressor()
part = dec.decompress(out, 100)
print(len(part), dec.needs_input, dec.eof)
part += dec.decompress(b"")
print(len(part) > 100)

with bz2.open("bz2_files_a.bz2", "wb") as f:
    for i in range(0, len(payload), 999):
        f.write(payload[i:i + 999])
with open("bz2_files_a.bz2", "rb") as f:
    data = f.read()
print("file", len(data), zlib.crc32(data), data == bz2.compress(payload))
with bz2.open("bz2_files_a.bz2") as f:
    print(f.readline(), f.read(7), f.tell(), f.seek(0), f.read(6))
with bz2.BZ2File("bz2_files_a.bz2") as f:
    print(sum(1 for _ in f))
with bz2.open("bz2_files_a.bz2", "ab") as f:
    f.write(b"second stream\n")
with bz2.open("bz2_files_a.bz2", "rt") as f:
    rows = f.readlines()
print(len(rows), rows[0], rows[-1], end="")
with bz2.open("bz2_files_b.bz2", "wt", encoding="utf-8") as f:
    f.write("ünïcode text\n" * 50)
with bz2.open("bz2_files_b.bz2", "rt", encoding="utf-8") as f:
    print(f.read(12), len(f.read()))
buf = io.BytesIO()
with bz2.BZ2File(buf, "w") as f:
    f.write(b"memory")
print(buf.getvalue() == bz2.compress(b"memory"))
print(bz2.BZ2File(io.BytesIO(buf.getvalue())).read())


def attempt(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(bz2.decompress, b"not bz2 data")
attempt(bz2.decompress, bz2.compress(b"abc")[:-2])
attempt(bz2.compress, b"x", 0)
attempt(bz2.BZ2Compressor, 10)
comp = bz2.BZ2Compressor()
comp.flush()
attempt(comp.compress, b"x")
dec = bz2.BZ2Decompressor()
dec.decompress(bz2.compress(b"x"))
attempt(dec.decompress, b"y")
attempt(lambda: bz2.BZ2File("bz2_files_a.bz2", "rw"))
attempt(lambda: bz2.open("bz2_files_missing.bz2").read())
with open("bz2_files_a.bz2", "rb") as f:
    truncated = f.read()[:-10]
attempt(lambda: bz2.BZ2File(io.BytesIO(truncated)).read())
attempt(lambda: bz2.BZ2File(io.BytesIO(b"BZh9garbage")).read())
print(bz2.decompress(bz2.compress(b"ok") + b"trailing garbage"))
for name in ["bz2_files_a.bz2", "bz2_files_b.bz2"]:
    os.remove(name)
