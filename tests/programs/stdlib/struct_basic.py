import struct

print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("!H", 513), struct.pack("=q", -2))
print(struct.pack("@bi", 1, 2), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq"))
print(struct.calcsize("@qb"), struct.calcsize("<3s2xh"), struct.calcsize(""), struct.calcsize("i i"))
print(struct.calcsize("l"), struct.calcsize("<l"), struct.calcsize("P"), struct.calcsize("n"), struct.calcsize("@hd"))
print(struct.pack("<5p", b"ab"), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"))
print(struct.unpack("<3p", b"\x05ab"), struct.unpack("<5s", b"ab\0\0\0"), struct.pack("0s", b"abc"), struct.pack("1p", b"x"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3e"), struct.pack(">d", 0.1))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<f", 3), struct.pack(">e", -0.0001))
print(struct.unpack(">e", struct.pack(">e", 65504.0)), struct.unpack("<e", b"\x01\x00"), struct.unpack("<d", struct.pack("<d", float("inf"))))
print(struct.unpack("<e", struct.pack("<e", 1e-8)), struct.pack("<e", 2049.0), struct.pack("<e", 2051.0))
print(struct.pack("?", []), struct.pack("??", 5, ""), struct.unpack("??", b"\x00\x05"))
print(struct.pack("c", b"x"), struct.unpack("cc", b"ab"), struct.pack("<2h3B", 1, -1, 1, 2, 3))
print(struct.unpack("<2h3B", b"\x01\x00\xff\xff\x01\x02\x03"))
print(struct.unpack("<qQ", struct.pack("<qQ", -2**63, 2**64 - 1)))
print(struct.pack(b"<H", 7), struct.unpack(b">I", bytearray(b"\x00\x00\x01\x00")))

record = struct.Struct("<I8sd")
print(record.format, record.size)
packed = record.pack(42, b"genpy", 2.5)
print(packed, record.unpack(packed))
buf = bytearray(30)
record.pack_into(buf, 4, 7, b"abc", -1.0)
print(buf)
struct.pack_into("<h", buf, -2, 258)
print(buf[-4:], record.unpack_from(buf, 4), struct.unpack_from("<h", buf, -2))
print(list(struct.iter_unpack("<hh", bytes(range(8)))))
print([t for t in struct.Struct(">B").iter_unpack(b"xyz")])


class Idx:
    def __index__(self):
        return 9


print(struct.pack("P", -1), struct.unpack("P", struct.pack("P", 5)))
print(struct.pack("<i", Idx()), struct.pack("<d", Idx()), struct.pack("<i", True))

cases = [
    ("b", 200), ("B", -1), ("h", 1 << 15), ("H", -1), ("i", 1 << 31), ("I", -1),
    ("l", 1 << 63), ("L", -1), ("q", 1 << 63), ("Q", -1), ("n", 1 << 63), ("N", -1),
    ("<l", 1 << 31), ("<L", 1 << 32), ("<q", 1 << 63), ("<Q", -1), ("<I", -1), ("=i", 1 << 40),
    ("<i", "x"), ("<i", 1.5), ("c", b"ab"), ("c", "a"), ("s", 1), ("p", "x"), ("f", "x"),
    ("<I", 1 << 32), ("<i", 1 << 64), ("<Q", 1 << 64), ("<q", -(1 << 63) - 1), ("H", 1 << 64),
    ("P", -(1 << 63) - 1), ("P", 1 << 64), ("<f", 1e300), ("e", 1e10), ("<b", 200), ("<B", 256), ("<h", -40000),
]
for fmt, value in cases:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt in ["<n", "z", "3", "<P", "2 i", "i2"]:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, type(e).__name__, e)
calls = [
    lambda: struct.pack("ii", 1),
    lambda: struct.pack("i", 1, 2),
    lambda: struct.unpack("ii", b"123"),
    lambda: struct.unpack("i", "abcd"),
    lambda: struct.unpack_from("i", b"123456", 4),
    lambda: struct.unpack_from("i", b"123456", -10),
    lambda: list(struct.iter_unpack("i", b"12345")),
    lambda: list(struct.iter_unpack("", b"12345")),
    lambda: struct.pack_into("i", bytearray(2), 0, 1),
    lambda: struct.pack_into("i", bytearray(2), -5, 1),
    lambda: struct.Struct(5),
]
for call in calls:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.error, issubclass(struct.error, Exception))
struct.unpack("<h", b"x")
