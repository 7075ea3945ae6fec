import os, tempfile, io
from collections import deque
from itertools import islice, takewhile, dropwhile, filterfalse, compress, pairwise

def tail(path, n=3):
    with open(path) as f:
        return list(deque(f, maxlen=n))

def head(path, n=3):
    with open(path) as f:
        return list(islice(f, n))

def numbered(lines, start=1):
    for i, line in enumerate(lines, start):
        yield f'{i:>4}  {line.rstrip()}'

def chunks(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'big.txt')
    with open(p, 'w') as f:
        for i in range(1, 26):
            f.write(f'line {i} {"x" * (i % 4)}\n')
    print(tail(p), head(p, 2))
    with open(p) as f:
        for line in numbered(islice(f, 5, 8), 6):
            print(line)
    with open(p) as f:
        print([len(c) for c in chunks(f, 7)])
    with open(p) as f:
        print(list(takewhile(lambda l: '5' not in l, f)))
        print(f.readline(), end='')
        print(next(f), end='')
    with open(p) as f:
        print(sum(1 for _ in dropwhile(lambda l: not l.startswith('line 20'), f)))
    with open(p) as f:
        lines = f.read().splitlines()
    print(list(filterfalse(lambda l: l.endswith('x'), lines))[:4], list(compress(lines, [1, 0, 1])))
    print([b.split()[1] for a, b in pairwise(lines[:4])])
    with open(p, 'r+') as f:
        f.seek(0, 2)
        size = f.tell()
        f.write('line 26\n')
        f.seek(size)
        print(repr(f.read()), f.tell())
    with open(p, 'rb') as f:
        f.seek(-20, 2)
        print(f.read())
    with open(p) as f:
        f.readline()
        pos = f.tell()
        l2 = f.readline()
        f.seek(pos)
        print(l2 == f.readline(), pos)
    with open(p, 'a+') as f:
        f.seek(0)
        print(repr(f.readline()))
    with open(p, 'w+') as f:
        f.write('fresh\ncontent\n')
        f.seek(0)
        print(f.readlines(), f.closed, f.name == p, f.mode)
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
