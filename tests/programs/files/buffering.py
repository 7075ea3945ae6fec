# open(..., buffering=0) gives an unbuffered FileIO; open()'s buffering/newline/closefd checks
import io
name = 'buffering.bin'
f = open(name, 'wb', buffering=0)
print(f, type(f).__name__, isinstance(f, io.RawIOBase), f.mode)
print(f.write(b'now'), open(name, 'rb').read())
f.close()
g = open(name, 'wb')
g.write(b'later')
print(open(name, 'rb').read())
g.close()
print(open(name, 'rb').read())
with open(name, 'r+b', buffering=0) as h:
    print(h, h.read(2), h.write(b'X'), h.tell())
for kw in [dict(buffering=0), dict(newline=5), dict(buffering='x'), dict(closefd=False), dict(encoding=3)]:
    try:
        open(name, 'w', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import os
for leftover in ['buffering.bin']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['buffering.bin']))
