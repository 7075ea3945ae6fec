# io.TextIOWrapper over sys.stdout.buffer: its own encoding, error handler and newline
import io, sys
out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', errors='replace', newline='\r\n')
print(out.encoding, out.errors)
print('café €', file=out)
out.write('two\n')
out.flush()
sys.stdout.flush()
u = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')
old = sys.stdout
sys.stdout = u
print('via wrapper é')
sys.stdout.flush()
sys.stdout = old
print('back')
