import csv, io, os, tempfile, json
from itertools import groupby, accumulate, islice, zip_longest, tee, count, chain, starmap
from operator import itemgetter, attrgetter
from functools import reduce

data = """dept,name,salary,start
eng,Ann,120000,2019-03-01
eng,Bob,95000.50,2021-07-15
ops,Cid,70000,2018-01-20
eng,Dee,130500,2015-11-30
ops,Eve,64000.25,2022-02-02
sales,Fay,55000,2020-06-10
sales,Gus,58000,2017-09-09
"""

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'staff.csv')
    with open(p, 'w') as f:
        f.write(data)
    with open(p) as f:
        rows = [dict(r, salary=float(r['salary'])) for r in csv.DictReader(f)]

rows.sort(key=itemgetter('dept', 'name'))
print(f"{'Dept':<6}|{'Name':^7}|{'Salary':>12}|{'Start':>11}")
print('-' * 6 + '+' + '-' * 7 + '+' + '-' * 12 + '+' + '-' * 11)
for dept, grp in groupby(rows, key=itemgetter('dept')):
    grp = list(grp)
    for r in grp:
        print(f"{r['dept']:<6}|{r['name']:^7}|{r['salary']:>12,.2f}|{r['start']:>11}")
    tot = sum(r['salary'] for r in grp)
    print(f"{'':<6}|{'total':^7}|{tot:>12,.2f}|{len(grp):>11d}")
print(list(accumulate(r['salary'] for r in rows)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(islice(count(1, 0.5), 5)), list(zip_longest('ab', [1, 2, 3], fillvalue='-')))
a, b = tee(r['name'] for r in rows)
print(list(a), list(islice(b, 2)))
print(reduce(lambda acc, r: acc + r['salary'], rows, 0))
print(list(starmap(pow, [(2, 3), (10, 2)])))
print('%-8s|%8.3f|%+d|%05d|%x|%o|%e|%g|%r|%%' % ('x', 3.14159, 5, 42, 255, 8, 12345.678, 0.0001, 'q'))
print('{:*^20}'.format('mid'), '{0:>{1}}'.format('r', 5), '{:#x} {:#o} {:#b}'.format(255, 8, 5))
print('{:,} {:_} {:.3e} {:10.4g} {:<10.2%}|'.format(1234567, 7654321, 1234.5, 0.000123456, 0.256))
print(f"{3.0} {1e16} {1e-5} {0.1+0.2} {2/3} {1/3:.20f} {float('nan')} {-0.0} {1e300*1e300}")
print(repr(1.5e-10), str(123456789012345678.0), 1e22, 1e21, 12345678901234567890.0)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2))
print({'a': [1, 2.0, None, True], 'b': ('x',), 'c': {1, 2}, 'd': frozenset(), 'e': {}, 'f': set()})
print(json.dumps(rows[0]), str(rows[0]))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7.5 % 2, 2 ** -1, 2 ** 100, int('ff', 16), float('  1_000.5 '))
w = io.StringIO()
csv.writer(w).writerows(zip_longest(['a', 'b'], [1.0, 2.5, 3], fillvalue=None))
print(repr(w.getvalue()))
