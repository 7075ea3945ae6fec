# binary files: wb/rb/ab/xb/r+b/w+b/a+b, bytes in and out, seek/tell/truncate, lines
import io
name = 'binary_modes.bin'
with open(name, 'wb') as f:
    print(f, f.mode, f.name, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write(b'first line\n'), f.write(bytearray(b'\x00\x01\x02\xff\n')), f.tell())
    f.writelines([b'a\r\n', b'b\rc\n', b'no newline'])
print(f.closed)
with open(name, 'rb') as f:
    print(f, f.read(5), f.tell(), f.readline(), f.readline(3), f.readline())
    print(f.read(), f.read(), f.read(10))
    print(f.seek(0), list(f))
    print(f.seek(-10, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(4), f.tell())
    f.seek(0)
    print(f.readlines(), f.readlines())
    f.seek(0)
    print(f.readlines(12))
    print(type(f.fileno()).__name__, f.isatty())
with open(name, 'ab') as f:
    print(f, f.mode, f.tell(), f.write(b'\nappended'))
with open(name, 'r+b') as f:
    print(f, f.mode, f.read(5), f.write(b'XXXXX'), f.tell())
    f.seek(0)
    print(f.readline())
    print(f.truncate(20), f.tell())
    f.seek(0, 2)
    print(f.tell())
with open(name, 'rb') as f:
    data = f.read()
print(data, len(data), data.decode('latin-1'))
with open(name, 'w+b') as f:
    print(f.mode, f.read(), f.write(bytes(range(10))), f.seek(0), f.read(3), f.read())
with open(name, 'a+b') as f:
    print(f.mode, f.tell(), f.read(), f.seek(0), f.read(2), f.write(b'!'))
with open(name, 'rb') as f:
    print(f.read())
try:
    open(name, 'xb')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open('binary_modes_new.bin', 'xb') as f:
    print(f.mode, f.write(b'x'))
f = open(name, 'rb')
for op in [lambda: f.write(b'x'), lambda: f.truncate()]:
    try:
        op()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
f.close()
for op in [f.read, f.readline, lambda: next(f), f.tell, lambda: f.seek(0), f.flush, f.fileno, f.close]:
    try:
        print(op())
    except ValueError as e:
        print('ValueError', e)
w = open(name, 'wb')
for op in [w.read, lambda: w.write('text'), lambda: w.write(5)]:
    try:
        op()
    except (io.UnsupportedOperation, TypeError) as e:
        print(type(e).__name__, e)
w.close()
for bad in [lambda: open(name, 'rb', encoding='utf-8'), lambda: open(name, 'rb', newline=''),
            lambda: open(name, 'rb', errors='strict'), lambda: open(name, 'rbt'), lambda: open(name, 'rw'),
            lambda: open(name, 'rr'), lambda: open(name, 'q'), lambda: open(name, 'r', newline='x')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
import os
for leftover in ['binary_modes.bin', 'binary_modes_new.bin']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['binary_modes.bin', 'binary_modes_new.bin']))
