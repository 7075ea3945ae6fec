# text files: tell/seek cookies, truncate, r+/w+/a+, readline limits, attributes and errors
import io
name = 'text_seek_tell.txt'
with open(name, 'w') as f:
    print(f, f.mode, f.name, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write('héllo\nwörld\n'), f.tell(), f.writable(), f.readable(), f.seekable())
    print(f.buffer, f.buffer.mode)
with open(name) as f:
    print(f.read(2), f.tell(), f.readline(), f.tell(), f.readline(2), f.tell())
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(rest), repr(f.read()), f.seek(0, 2), repr(f.read()), f.seek(0), repr(f.read(100)))
    for bad in [lambda: f.seek(1, 1), lambda: f.seek(1, 2), lambda: f.seek(-1), lambda: f.seek(0, 3),
                lambda: f.write('x'), lambda: f.truncate()]:
        try:
            bad()
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
with open(name, 'r+') as f:
    print(f.readline(), f.write('ADDED\n'), f.tell())
    f.seek(0)
    print(f.readlines())
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(name, 'w+') as f:
    print(f.write('one\ntwo\nthree\n'), f.seek(0), f.readline(), f.readlines(5))
with open(name, 'a+') as f:
    print(f.tell(), repr(f.read()), f.write('four\n'), f.seek(0), f.read())
with open(name, 'a') as f:
    print(f.write('five\n'))
    print(f.tell())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
f = open(name)
print(next(f), f.readline(), next(iter(f)))
f.close()
for op in [f.read, f.readline, lambda: next(f), f.tell, lambda: f.write('x'), f.flush, lambda: list(f),
           lambda: f.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(f.closed, f.close())
with open(name) as a, open(name) as b:
    print(a.readline() == b.readline(), a.read() == b.read())
try:
    with open(name) as f:
        raise KeyError('inside')
except KeyError:
    print('closed after error:', f.closed)
print(open(name, mode='r', encoding=None, errors=None, newline=None, buffering=-1).read(4))
with open(name) as f:
    for line in f:
        try:
            print(f.tell())
        except OSError as e:
            print(type(e).__name__, e)
            break
    for probe in [f.tell, f.readline]:
        try:
            print(repr(probe()))
        except OSError as e:
            print(type(e).__name__, e)
    print(f.seek(0), f.tell(), next(f), end='')
    for line in f:
        pass
    print(f.tell())
with open(name, 'rb') as f:
    next(f)
    print(f.tell())
import os
for leftover in ['text_seek_tell.txt']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['text_seek_tell.txt']))
