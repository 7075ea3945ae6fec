import csv, io, os, tempfile
samples = [
    'name;age;city\nalice;30;paris\nbob;25;rome\n',
    'a,b,c\n"1,2",3,4\n',
    '1,2,3\n4,5,6\n',
    'id\tname\tscore\n1\tann\t9.5\n2\tbob\t7\n3\tcid\t8.25\n',
    "'x', 'y'\n'1', '2'\n",
    'h1|h2\nab|cd\nef|gh\n',
    'Date,Open,Close\n2024-01-02,10.5,11\n2024-01-03,11,10.75\n',
    '"a ""quoted"" word",b\n"c",d\n',
    'first: second: third\n1: 2: 3\n',
    'no delimiters here\njust text\n',
    'a b c\nd e f\n',
    'x,y\n1+2j,3\n-4j,5e3\n',
    'name,zip\nann,01234\nbob,98765\n',
]
s = csv.Sniffer()
for smp in samples:
    try:
        d = s.sniff(smp)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.__name__ if hasattr(d, '__name__') else '')
        print('  header:', s.has_header(smp), list(csv.reader(io.StringIO(smp), d))[:2])
    except csv.Error as e:
        print('Error', e)
print(repr(s.sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter))
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'x.csv')
    with open(p, 'w', newline='') as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(['product', 'price', 'qty'])
        for i in range(30):
            w.writerow([f'item {i}', i * 1.5, i])
    with open(p, newline='') as f:
        sample = f.read(1024)
        dialect = csv.Sniffer().sniff(sample)
        f.seek(0)
        hdr = csv.Sniffer().has_header(sample)
        rows = csv.reader(f, dialect)
        if hdr:
            print('header', next(rows))
        print(sum(float(r[1]) for r in rows))
import codecs
print(codecs.lookup('UTF8').name, codecs.lookup('latin1').name, codecs.lookup('utf_16').name, codecs.lookup('cp1252').name)
print(codecs.encode('abc', 'rot13'), codecs.decode(b'616263', 'hex'), codecs.encode(b'abc', 'hex'), codecs.encode(b'hi', 'base64'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.encode('é', 'utf-16-be'), codecs.decode(b'\xff\xfeh\x00', 'utf-16'))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xc3')), repr(dec.decode(b'\xa9x')), repr(dec.decode(b'', final=True)))
print(list(codecs.iterdecode([b'a\xe2', b'\x82', b'\xacb'], 'utf-8')))
print(list(codecs.iterencode(['a', 'é'], 'latin-1')))
enc, dec2 = codecs.getencoder('ascii'), codecs.getdecoder('ascii')
print(enc('hi'), dec2(b'hi'))
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'w.txt')
    with codecs.open(p, 'w', encoding='cp1252') as f:
        f.write('caf\u00e9 \u20ac1\r\nline2\n')
    print(open(p, 'rb').read())
    with codecs.open(p, 'r', encoding='cp1252') as f:
        print(f.readlines())
    with open(p, encoding='cp1252') as f:
        print(f.read())
    with open(p, 'wb') as f:
        f.write('name,city\nJosé,Zürich\n'.encode('utf-16'))
    raw = open(p, 'rb').read()
    print(raw[:6], list(csv.reader(raw.decode('utf-16').splitlines())))
try:
    codecs.lookup('nope')
except LookupError as e:
    print(e)
for data, enc in [(b'\x80\x81', 'cp1252'), (b'\xff\xfea', 'utf-16'), (b'\x00\xdc', 'utf-16-le'), (b'a\x00\x00', 'utf-32-le')]:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, e, e.start, e.end)
for text, enc in [('€☃', 'cp1252'), ('a😀', 'utf-16'), ('a😀', 'utf-16-le'), ('a😀', 'utf-32'), ('x', 'utf-32-be')]:
    for errors in ('strict', 'replace', 'xmlcharrefreplace'):
        try:
            b = text.encode(enc, errors)
            print(enc, errors, b, b.decode(enc, 'replace'))
        except UnicodeEncodeError as e:
            print(enc, errors, e)
