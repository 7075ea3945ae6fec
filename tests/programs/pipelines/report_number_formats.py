import os, tempfile, csv, json, statistics
from collections import Counter
vals = [0.1, 1/3, 2.5, 1e-7, 123456.789, -0.0, 1e16, float('inf'), 100.0, 3.0000000000000004]
for v in vals:
    print(repr(v), str(v), f'{v:.2f}', f'{v:10.3e}', f'{v:g}', f'{v:%}' if abs(v) < 1e10 else '', f'{v:,.1f}', f'{v:+08.2f}', format(v, '.3g'), round(v, 3) if v == v and abs(v) != float('inf') else v)
ints = [0, 7, -42, 1234567, 2**40, -2**63]
for i in ints:
    print(f'{i:d}|{i:5d}|{i:<6}|{i:^7}|{i:x}|{i:X}|{i:#o}|{i:b}|{i:,}|{i:_}|{i:+}|{i: }|{i:08}|{i:e}|{i:.2%}')
print(f'{"txt":>8}|{"txt":<8}|{"txt":^8}|{"txt":*^9}|{"txt":.2}|{"longtext":5.3}|', '%5s|%-5s|%.1s' % ('ab', 'cd', 'ef'))
print('%d %i %5.2f %-8.3e %x %o %c %r %s %%' % (3.9, -2, 3.14159, 12345.6789, 255, 8, 65, 'r', None))
print('%(name)s is %(age)03d' % {'name': 'Ann', 'age': 7}, '%*d|%-*d' % (5, 1, 4, 2))
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 4), statistics.pvariance(data), statistics.quantiles(data, n=4))
print(sorted(Counter(data).items(), key=lambda kv: (-kv[1], kv[0])), max(data), min(data), sum(data) / len(data))
print(sum([0.1] * 10), 0.1 * 3, 1.1 + 2.2, 10 / 4, 10 // 4, 2 ** 0.5, 1e300 * 10, -1e-320, 5e-324, 1.7976931348623157e308)
print(int(3.99), int(-3.99), round(3.14159, 2), round(-0.5), round(2.5), round(3.5), float('1e-3'), float('-inf'), abs(-0.0))
print(str(1e15), str(1e16), str(123456789.123456789), str(0.000012345), repr(1/7), 1e22 == 10**22, 2**53 + 1.0)
print(divmod(7.5, 2), 7.5 % -2, -7.5 // 2, (2**64) // 3, (-2**64) % 7, pow(2, 100, 97), 10**20 / 3)
d = {'b': 1.5, 'a': [1, (2, 3)], 'c': {'x': None}, 1: 'one', (1, 2): {1, 2}}
print(d, str(d) == repr(d), sorted(d.keys(), key=str))
print([1.0, 2.50, -0.0], (1,), (), [[]], {'k': "it's"}, {'k': 'say "hi"'}, ['tab\t', 'nl\n', 'uni\u00e9', 'bs\\'])
print(f"{'é':>3}|{'日本語':<5}|{'x':^4}|", 'ok'.rjust(5, '.'), 'ok'.ljust(5, '-'))
print(f"{12345.6789:>15,.2f}|{0.5:>8.1%}|{-1234:>+10,}|{3:03d}|{7:>{4}}|{'w':{'^'}{5}}|")
print(f"{1e-5!r} {'a'!r:>5} {3.0!s} {[1,2]!r}")
