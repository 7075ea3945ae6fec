# universal newlines and newline= on reading and writing text files
name = 'text_newlines.txt'
raw = b'unix\nwindows\r\nmac\rlast'
with open(name, 'wb') as f:
    f.write(raw)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(name, newline=nl) as f:
        print(repr(nl), [f.readline(3) for _ in range(4)], repr(f.read(4)), f.tell())
    with open(name, newline=nl) as f:
        print(repr(nl), [len(line) for line in f])
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, 'w', newline=nl) as f:
        print(f.write('a\nb\r\nc\rd\n'))
    with open(name, 'rb') as f:
        print(repr(nl), f.read())
with open(name, 'wb') as f:
    f.write(b'x\r' * 3 + b'\n')
with open(name) as f:
    print(f.readlines())
with open(name, newline='') as f:
    print(f.readlines())
import os
for leftover in ['text_newlines.txt']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['text_newlines.txt']))
