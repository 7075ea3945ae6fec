import io, os, tempfile, csv, json, re, sys
from collections import Counter
text = "alpha beta\ngamma\n\ndelta epsilon zeta\n"
f = io.StringIO(text)
print([len(l.split()) for l in f], f.tell(), f.getvalue() == text)
f.seek(0)
print(f.readline(), f.read(5), repr(f.readline()), f.readlines())
b = io.BytesIO()
b.write(b'abc\ndef\n')
b.seek(0)
w = io.TextIOWrapper(b, encoding='utf-8')
print(w.readlines())
out = io.StringIO()
print('x', 1, 2.5, sep='|', end='!\n', file=out)
sys.stdout.write(out.getvalue())
print(json.dumps(Counter('hello')), json.dumps(sorted(Counter('hello').items())))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'crlf.csv')
    with open(p, 'w', newline='') as fh:
        fh.write('a,b\r\n1,"x\r\ny"\r\n2,z\r\n')
    with open(p, newline='') as fh:
        print(list(csv.reader(fh)))
    with open(p) as fh:
        print(repr(fh.read()))
    with open(p, 'rb') as fh:
        print(fh.read().count(b'\r\n'), fh.name == p, fh.mode)
    with open(p, encoding='utf-8-sig') as fh:
        print(fh.readline())
    with open(p, 'w', encoding='utf-8-sig') as fh:
        fh.write('h1,h2\n')
    print(open(p, 'rb').read(), open(p, encoding='utf-8-sig').read(), repr(open(p).read()))
    with open(p, 'x') if False else open(os.path.join(d, 'new.txt'), 'x') as fh:
        fh.write('excl')
    try:
        open(os.path.join(d, 'new.txt'), 'x')
    except FileExistsError as e:
        print('exists', e.errno)
    print(sorted(os.listdir(d)))
print(re.sub(r'(?m)^', '> ', 'a\nb'), re.findall(r'\b\w+(?=ing\b)', 'going doing thing'), re.sub(r'\s+', ' ', '  a \t b\n'), re.escape('1.5*2'))
print(re.compile(r'(?i)error').findall('Error ERROR error'), re.match(r'(\d+)-(\d+)?', '12-').groups(), re.match(r'(\d+)-(\d+)?', '12-').groups('x'))
m = re.search(r'(?P<key>\w+)=(?P<val>"[^"]*"|\S+)', 'x  name="a b" y=2')
print(m.group(0), m['key'], m.group('val').strip('"'), m.span('val'), m.groupdict(), m.expand(r'\g<key>: \2'))
print([m.group() for m in re.finditer(r'\d+', 'a1b22c333')], re.subn('a', 'b', 'aaa', count=2))
