# io.BytesIO: an in-memory binary stream
import io
b = io.BytesIO(b'abc\ndef\nghi')
print(b.readline(), b.tell(), b.read(2), b.read(), b.read(), b.seek(0), b.readlines())
print(b.seek(-3, 2), b.read(), b.seek(1), b.seek(2, 1), b.read(1), b.seek(-100, 1), b.tell())
print(b.seek(20), b.write(b'z'), b.getvalue(), b.truncate(5), b.getvalue(), b.tell())
b = io.BytesIO()
print(b.write(b'hello '), b.write(bytearray(b'world')), b.getvalue(), b.tell())
b.seek(0)
print(b.write(b'J'), b.getvalue(), list(io.BytesIO(b'x\ny\n')))
b.writelines([b'1', b'2'])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.closed, b.read1(2) if hasattr(b, 'read1') else None)
def chunks(stream, size):
    while True:
        block = stream.read(size)
        if not block:
            return
        yield block
print(list(chunks(io.BytesIO(bytes(range(10))), 4)))
with io.BytesIO(b'ctx') as c:
    print(c.read())
print(c.closed)
for bad in [lambda: io.BytesIO('s'), lambda: b.write('s'), lambda: b.seek(-1), lambda: b.seek(0, 5),
            lambda: b.truncate(-1), lambda: b.read('x'), lambda: c.getvalue(), lambda: c.read(),
            lambda: c.write(b''), lambda: c.tell(), lambda: next(c), lambda: b.fileno()]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
src = io.BytesIO(b'abcdef')
buf = bytearray(4)
print(src.readinto(buf), bytes(buf), src.readinto(buf), bytes(buf), src.readinto(buf))
try:
    src.readinto(b'xx')
except TypeError as e:
    print(e)
