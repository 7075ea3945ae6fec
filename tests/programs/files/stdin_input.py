# input() and sys.stdin share one buffer; input() reads a replaced sys.stdin
import io, sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', e)
sys.stdin = io.StringIO('line one\nline two\r\nlast')
print(repr(input()), repr(input('? ')), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
f = open(0)
print(f, f.name, f.fileno(), repr(f.read()), open(0, 'rb').read())
for bad in [lambda: open(-1), lambda: open(987)]:
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
