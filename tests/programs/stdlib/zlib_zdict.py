# Preset dictionaries (zdict=) for compressobj and decompressobj, zlib and raw.
import zlib

zdict = b"GET POST HTTP/1.0 200 404 /index.html /api/items"
data = b"GET /index.html HTTP/1.0 200\nPOST /api/items HTTP/1.0 404\n" * 3
for wbits in (15, -15):
    co = zlib.compressobj(9, zlib.DEFLATED, wbits, zdict=zdict)
    packed = co.compress(data) + co.flush()
    plain = zlib.compress(data, 9, wbits)
    print(wbits, len(packed), len(plain), zlib.crc32(packed))
    do = zlib.decompressobj(wbits, zdict=zdict)
    print(do.decompress(packed) == data, do.eof)
    do = zlib.decompressobj(wbits=wbits, zdict=bytearray(zdict))
    print(do.decompress(packed[:10]) + do.decompress(packed[10:]) == data)
co = zlib.compressobj(zdict=zdict)
packed = co.compress(data) + co.flush()
for attempt in (lambda: zlib.decompress(packed), lambda: zlib.decompressobj().decompress(packed),
                lambda: zlib.compressobj(zdict="text"), lambda: zlib.decompressobj(zdict=5)):
    try:
        attempt()
    except (zlib.error, TypeError) as e:
        print(type(e).__name__, e)
