# checks that genpy runs this program (big_loop_perf, from the first differential-testing corpus) exactly as CPython 3.11 does
s = 0
for i in range(2000000):
    s += i & 7
print(s)
d = {}
for i in range(200000):
    d[i % 1000] = d.get(i % 1000, 0) + 1
print(len(d), d[5])
l = [str(i) for i in range(100000)]
print(len("".join(l)))
