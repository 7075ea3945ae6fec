# io.TextIOWrapper over BytesIO and binary files: encodings, newlines, buffering of writes
import io
raw = io.BytesIO('héllo\r\nwörld\rend'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t, t.encoding, t.readline(), t.readlines(), t.buffer is raw)
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb'), encoding='ascii', newline='')
print(t.readlines())
w = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', newline='\r\n')
print(w.write('café\nbar\n'), w.buffer.getvalue())
w.flush()
print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='replace')
w.write('naïve €\n')
w.seek(0)
print(repr(w.read()))
name = 'io_textwrapper.bin'
with open(name, 'wb') as f:
    f.write('ünïcode\nlines\n'.encode('utf-8'))
with open(name, 'rb') as f:
    t = io.TextIOWrapper(f, encoding='utf-8')
    print([line for line in t])
    print(t.closed, f.closed)
    t.close()
    print(t.closed, f.closed)
with open(name, 'rb') as f:
    print(io.TextIOWrapper(f, encoding='latin-1').read())
for bad in [lambda: io.TextIOWrapper(io.BytesIO(), encoding='nope'),
            lambda: io.TextIOWrapper(io.BytesIO(), newline='x'),
            lambda: io.TextIOWrapper(io.BytesIO(b'\xff'), encoding='utf-8').read()]:
    try:
        bad()
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open, issubclass(io.UnsupportedOperation, OSError))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(t, io.IOBase))
with open(name) as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedReader), type(f).__name__)
with open(name, 'wb') as f:
    print(isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedIOBase))
try:
    open(name).write('x')
except io.UnsupportedOperation as e:
    print('caught', type(e).__name__, e)
import os
for leftover in ['io_textwrapper.bin']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['io_textwrapper.bin']))
