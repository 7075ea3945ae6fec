import gzip, os, tempfile, glob, re
from collections import Counter
from itertools import chain

def make_logs(d):
    lines = []
    for day in range(1, 4):
        for i in range(40):
            st = [200, 200, 404, 500, 301][(i * day) % 5]
            lines.append(f'10.0.{day}.{i % 7} - - [0{day}/Mar/2024:1{i%10}:{i:02d}:00 +0000] "GET /p/{i % 6} HTTP/1.1" {st} {i * 17 % 1000}\n')
        name = os.path.join(d, f'access.log.{day}.gz' if day < 3 else 'access.log')
        opener = gzip.open if name.endswith('.gz') else open
        with opener(name, 'wt') as f:
            f.writelines(lines[-40:])
    return sorted(glob.glob(os.path.join(d, 'access.log*')))

def gen_open(paths):
    for p in paths:
        if p.endswith('.gz'):
            yield gzip.open(p, 'rt')
        elif p.endswith('.bz2'):
            import bz2
            yield bz2.open(p, 'rt')
        else:
            yield open(p, 'rt')

def gen_cat(files):
    for f in files:
        with f:
            yield from f

def gen_grep(pat, lines):
    pc = re.compile(pat)
    return (line for line in lines if pc.search(line))

with tempfile.TemporaryDirectory() as d:
    paths = make_logs(d)
    print([os.path.basename(p) for p in paths])
    for p in paths:
        with open(p, 'rb') as f:
            head = f.read(2)
        print(os.path.basename(p), head == b'\x1f\x8b', os.path.getsize(p) > 0)
    lines = gen_cat(gen_open(paths))
    errs = gen_grep(r'" (4|5)\d\d ', lines)
    colnames = ('host', 'status')
    recs = (dict(zip(colnames, (l.split()[0], int(l.split()[-2])))) for l in errs)
    c = Counter((r['status'], r['host']) for r in recs)
    for k, v in sorted(c.items()):
        print(k, v)
    with gzip.open(paths[1], 'rb') as f:
        data = f.read()
    print(len(data), data[:30], data.count(b'\n'))
    with gzip.open(paths[1], 'rt', encoding='utf-8') as f:
        print(repr(f.readline()), f.tell() if hasattr(f, 'tell') else '')
        print(f.readlines()[-1])
    blob = gzip.compress(b'hello world\n' * 10)
    print(gzip.decompress(blob)[:24], type(blob).__name__)
    total_bytes = sum(int(l.split()[-1]) for l in chain.from_iterable(gen_open(paths)))
    print('total bytes', total_bytes)
    with gzip.open(os.path.join(d, 'out.gz'), 'at') as f:
        print('appended', file=f)
    with gzip.open(os.path.join(d, 'out.gz'), 'at') as f:
        f.write('again\n')
    with gzip.open(os.path.join(d, 'out.gz'), 'rt') as f:
        print(list(f))
