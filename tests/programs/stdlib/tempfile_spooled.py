# tempfile.SpooledTemporaryFile: in memory until it passes max_size (or fileno()
# is asked for), then rolled over to a real temporary file at the same position.
import tempfile
f = tempfile.SpooledTemporaryFile(max_size=5, mode='w+')
print(f.encoding, f.errors, f.mode, f.name, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
f.write('héé'); print(f.tell()); f.seek(0); print(f.read(2), f.tell())
f.write('abcdef'); print(f._rolled, f.encoding, f.mode, type(f.name).__name__)
f.seek(0); print(f.read(), f.tell())
f.truncate(3); f.seek(0); print(repr(f.read()))
print(f.fileno() > 2)
f.close(); print(f.closed)
try: f.write('x')
except Exception as e: print(type(e).__name__, e)
try:
    with f: pass
except Exception as e: print(type(e).__name__, e)
g = tempfile.SpooledTemporaryFile(mode='w+b')
print(g.mode, g.writelines([b'a', b'b']), g.tell(), g.readlines() , g.seek(0), g.readlines(), g.fileno()>2, g._rolled, g.mode)
h = tempfile.SpooledTemporaryFile(max_size=3)
h.write(b'12'); print(h._rolled, h.name); h.truncate(10); print(h._rolled)
with tempfile.SpooledTemporaryFile(max_size=100, mode='w+') as s:
    for i in range(3):
        s.write(f"line {i}\n")
    s.seek(0)
    print([l.strip() for l in s], s._rolled)
    s.write("x" * 200)
    print(s._rolled, s.tell())
print(s.closed)
