import csv, os, tempfile
from collections import defaultdict

customers = [('id', 'name', 'country'), (1, 'Acme, Inc.', 'US'), (2, 'Büro GmbH', 'DE'), (3, 'Zed "Z" Ltd', 'UK'), (4, 'Solo', '')]
orders = [('order', 'cust', 'amount', 'note'), (100, 1, '19.99', ''), (101, 2, '5', 'multi\nline'), (102, 1, '100.001', 'rush'), (103, 9, '7.5', 'orphan'), (104, 3, '0', ' spaced ')]

def write(path, rows, **kw):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, **kw).writerows(rows)

def read_dicts(path, **kw):
    with open(path, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f, **kw):
            yield row

with tempfile.TemporaryDirectory() as d:
    cp, op = os.path.join(d, 'c.csv'), os.path.join(d, 'o.tsv')
    write(cp, customers)
    write(op, orders, delimiter='\t', quoting=csv.QUOTE_MINIMAL)
    print(open(cp, encoding='utf-8').read())
    print(repr(open(op, newline='').read()))
    cust = {int(r['id']): r for r in read_dicts(cp)}
    totals = defaultdict(float)
    for o in read_dicts(op, delimiter='\t'):
        c = cust.get(int(o['cust']))
        name = c['name'] if c else '<unknown>'
        totals[name] += float(o['amount'])
        print(o['order'], repr(name), repr(o['note']))
    outp = os.path.join(d, 'report.csv')
    with open(outp, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['name', 'total', 'rank'], extrasaction='ignore', quoting=csv.QUOTE_ALL)
        w.writeheader()
        for rank, (name, tot) in enumerate(sorted(totals.items(), key=lambda kv: -kv[1]), 1):
            w.writerow({'name': name, 'total': f'{tot:.2f}', 'rank': rank, 'x': 'ignored'})
    print(open(outp).read())
    with open(outp) as f:
        r = csv.reader(f)
        header = next(r)
        print(header, r.line_num)
        for row in r:
            print(row, r.line_num)
    w2 = os.path.join(d, 'unix.csv')
    with open(w2, 'w', newline='') as f:
        csv.writer(f, dialect='unix').writerows([['a', 1], ['b c', None], [3.5, '']])
    print(repr(open(w2).read()))
    with open(w2, 'w', newline='') as f:
        csv.writer(f, quoting=csv.QUOTE_NONE, escapechar='\\').writerows([['a,b', 'c"d'], ['e\nf']])
    print(repr(open(w2).read()))
    with open(w2, newline='') as f:
        print(list(csv.reader(f, quoting=csv.QUOTE_NONE, escapechar='\\')))
    print(csv.list_dialects())
    csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONNUMERIC)
    with open(w2, 'w', newline='') as f:
        csv.writer(f, 'pipes').writerow(['x', 1, 2.5, None])
    print(repr(open(w2).read()))
    try:
        with open(w2, newline='') as f:
            list(csv.reader(f, strict=True, delimiter='|'))
        list(csv.reader(['a,"b'], strict=True))
    except csv.Error as e:
        print('csv.Error', e)
    print(list(csv.reader(['a,"b'])))
