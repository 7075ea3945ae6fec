import csv, os, tempfile, io
from collections import defaultdict
from operator import itemgetter

rows = [
    {"date": "2023-01-05", "region": "North", "product": "Widget", "qty": "10", "price": "2.50"},
    {"date": "2023-01-06", "region": "South", "product": "Gadget", "qty": "3", "price": "10.00"},
    {"date": "2023-01-06", "region": "North", "product": "Gadget", "qty": "1", "price": "10.00"},
    {"date": "2023-02-01", "region": "East", "product": "Widget, large", "qty": "7", "price": "3.75"},
    {"date": "2023-02-11", "region": "South", "product": 'Thing "X"', "qty": "12", "price": "0.99"},
    {"date": "2023-03-15", "region": "North", "product": "Widget", "qty": "", "price": "2.50"},
]

def read_rows(path):
    with open(path, newline='') as f:
        yield from csv.DictReader(f)

def clean(rows):
    for r in rows:
        if not r['qty']:
            print('skipping', r)
            continue
        r['qty'] = int(r['qty'])
        r['price'] = float(r['price'])
        yield r

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'sales.csv')
    with open(src, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with open(src, newline='') as f:
        print(repr(f.read()))
    totals = defaultdict(float)
    counts = defaultdict(int)
    for r in clean(read_rows(src)):
        totals[r['region']] += r['qty'] * r['price']
        counts[r['product']] += r['qty']
    out = os.path.join(tmp, 'summary.csv')
    with open(out, 'w', newline='') as f:
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
        w.writerow(['region', 'total'])
        for region, total in sorted(totals.items(), key=itemgetter(1), reverse=True):
            w.writerow([region, round(total, 2)])
    print(open(out).read(), end='')
    with open(out, newline='') as f:
        for row in csv.reader(f, quoting=csv.QUOTE_NONNUMERIC):
            print(row)
print(dict(totals))
print(sorted(counts.items()))
print(f"{'product':<16}{'qty':>5}")
for p, q in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{p:<16}{q:>5}")
buf = io.StringIO()
w = csv.writer(buf, delimiter='\t', lineterminator='\n')
w.writerow(['a b', 'c\td', None, 3.0, 1e20, True])
print(repr(buf.getvalue()))
for row in csv.reader(['x,"y, z",,"q""r"', ' a , b ']):
    print(row)
for row in csv.reader(['x; y;z'], delimiter=';', skipinitialspace=True):
    print(row)
print(list(csv.DictReader(['a,b', '1,2,3', '4'], restkey='extra', restval='NA')))
