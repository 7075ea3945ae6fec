# io.StringIO: reading, writing, seeking, truncating, iteration and its errors
import io
s = io.StringIO('first\nsecond\nthird')
print(s.readline(), s.tell(), s.readline(3), s.read(2), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s), s.tell())
s.seek(0)
print(s.readlines(), s.seek(0), s.readlines(7))
w = io.StringIO()
print(w.write('héllo'), w.write(' wörld\n'), w.tell(), repr(w.getvalue()))
print(w.seek(1), w.write('E'), repr(w.getvalue()), w.tell())
print(w.seek(0, 2), w.seek(0, 1), w.truncate(4), repr(w.getvalue()), w.tell())
print(w.seek(8), w.write('!'), repr(w.getvalue()))
w.writelines(['a', 'b\n'])
print(repr(w.getvalue()), w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed)
def words(buf):
    for line in buf:
        yield from line.split()
print(list(words(io.StringIO('one two\nthree\n\nfour five six\n'))))
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
print(io.StringIO().read(), io.StringIO(None).getvalue() == '', repr(io.StringIO('x\ny').readline(-1)))
for bad in [lambda: io.StringIO(b'x'), lambda: w.write(5), lambda: w.seek(1, 1), lambda: w.seek(-1),
            lambda: w.seek(0, 3), lambda: w.truncate(-1), lambda: c.read(), lambda: c.getvalue(),
            lambda: c.write('x'), lambda: next(c)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
out = io.StringIO()
for i in range(3):
    print(i, i * i, sep=':', file=out)
print(repr(out.getvalue()))
