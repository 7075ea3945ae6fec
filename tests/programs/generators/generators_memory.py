# checks that genpy runs this program (generators_memory, from the first differential-testing corpus) exactly as CPython 3.11 does
def gen(n):
    for i in range(n):
        yield i
print(sum(x for x in gen(10**6) if x % 3))
total = 0
for x in gen(300000):
    total += x * x
print(total)
print(max(x % 1000 for x in range(200000)), len([1 for _ in gen(50000)]))
