# print(..., flush=True) flushes the file it writes to; an object with write() gets one call per piece
import io
f = open('print_flush.txt', 'w')
print('first', file=f)
print(repr(open('print_flush.txt').read()))
print('second', file=f, flush=True)
print(repr(open('print_flush.txt').read()))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
s = Sink()
print('a', 'b', file=s, flush=True)
print('c', file=s)
print(s.parts)
f.close()
import os
for leftover in ['print_flush.txt']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['print_flush.txt']))
