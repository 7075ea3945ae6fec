# checks that genpy runs this program (gen_infinite_take, from the first differential-testing corpus) exactly as CPython 3.11 does
def naturals(start=0):
    while True:
        yield start
        start += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def squares():
    for n in naturals(1):
        yield n * n
print(list(take(5, squares())))
gen = naturals()
print([next(gen) for _ in range(3)], next(gen))
import itertools
print(list(itertools.takewhile(lambda x: x < 50, squares())))
print(next(x for x in naturals() if x * x > 200))
def take_short(n, it):
    for _ in range(n):
        yield next(it)
try:
    print(list(take_short(5, iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
