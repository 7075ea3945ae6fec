# sys.stdout/sys.stderr/sys.stdin objects, their binary buffers, and redirecting print
import io, sys
n = sys.stdout.write('written\n')
print(n, sys.stdout.write(''), sys.stdout.write('é\n'))
print(sys.stdout, sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.fileno())
print(sys.stderr.name, sys.stderr.fileno(), sys.stdin.name, sys.stdin.mode, sys.stdin.fileno())
print(sys.stdout.buffer.write(b'raw \xc3\xa9 bytes\n'))
sys.stdout.flush()
sys.stdout.writelines(['a\n', 'b\n'])
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.seekable())
print(sys.stderr.write('to stderr\n'))
print('also to stderr', file=sys.stderr)
buf = io.StringIO()
print('into', 'buffer', sep='-', file=buf)
print(repr(buf.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured one')
print('captured two', end='!')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
print(sys.stdin.read())
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print(e)
try:
    sys.stdout.buffer.write('text')
except TypeError as e:
    print(e)
