# Bytes through os.open descriptors: os.write, os.read, os.lseek, os.fstat,
# os.urandom; mkstemp with os.write; Path.read_bytes/write_bytes and tempfile's
# default binary mode.
import os
import tempfile
from pathlib import Path

fd = os.open("data.bin", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello"), os.write(fd, bytearray(b"!")), os.lseek(fd, 0, os.SEEK_SET),
      os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
print(os.lseek(fd, 2, os.SEEK_SET), os.lseek(fd, -1, os.SEEK_END), os.lseek(fd, 0, os.SEEK_CUR))
for call in [lambda: os.write(fd, "text"), lambda: os.read(fd, -1), lambda: os.lseek(fd, -10, 0),
             lambda: os.lseek(fd, 0, 7), lambda: os.urandom(-1), lambda: os.write(99, b"x"),
             lambda: os.read(99, 1)]:
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.read(fd, 0), os.write(fd, b""))
os.close(fd)
with open("data.bin", "rb") as f:
    print(f.read())
noise = os.urandom(16)
print(type(noise).__name__, len(noise), len(os.urandom(0)))

fd, path = tempfile.mkstemp(dir=".")
os.write(fd, b"line one\nline two\n")
os.close(fd)
with open(path) as f:
    print(f.readlines())
os.remove(path)

p = Path("blob.bin")
print(p.write_bytes(bytes(range(5))), p.read_bytes(), p.stat().st_size)
try:
    p.write_bytes("not bytes")
except TypeError as e:
    print("TypeError:", e)
with tempfile.NamedTemporaryFile(dir=".") as f:
    f.write(b"\x00\x01binary")
    f.seek(0)
    print(f.read(), f.mode)
with tempfile.TemporaryFile() as t:
    t.write(b"anonymous bytes")
    t.seek(0)
    print(t.read(), type(t.name).__name__)
print(sorted(os.listdir(".")))
try:
    os.urandom(10**15)
except MemoryError as e:
    print("MemoryError", repr(e))
