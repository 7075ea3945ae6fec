# GzipFile output at every compression level, written in one piece or many (with
# mtime=0, and through a text wrapper), byte-identical to CPython's.
import gzip, zlib, io
payload = b"".join(b"%06d some text here %d\n" % (i, i * 7 % 1000) for i in range(20000))
for level in range(0, 10):
    for chunk in (len(payload), 100, 20000):
        b = io.BytesIO()
        with gzip.GzipFile(fileobj=b, mode="wb", compresslevel=level, mtime=0) as f:
            for i in range(0, len(payload), chunk):
                f.write(payload[i:i+chunk])
        print(level, chunk, len(b.getvalue()), zlib.crc32(b.getvalue()))
for level in (0, 6):
    b = io.BytesIO()
    with gzip.open(b, "wt", compresslevel=level) as f:
        for i in range(3000):
            f.write("line %d\n" % i)
    v = b.getvalue()
    print("text", level, len(v), zlib.crc32(v[10:]))
