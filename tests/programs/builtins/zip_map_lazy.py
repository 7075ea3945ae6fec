# checks that genpy runs this program (zip_map_lazy, from the first differential-testing corpus) exactly as CPython 3.11 does
def noisy(n, tag):
    for i in range(n):
        print(tag, i)
        yield i
z = zip(noisy(3, "a"), noisy(2, "b"))
print("zip made")
print(list(z))
m = map(lambda x: x * 10, noisy(2, "m"))
print(next(m)); print(list(m))
f = filter(lambda x: x % 2, noisy(4, "f"))
print(list(f))
e = enumerate(noisy(2, "e"), start=5)
print(next(e), e.__next__())
r = reversed([1, 2, 3]); print(next(r), list(r))
print(list(zip()), list(zip([1])), list(zip(*[])))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
print(list(map(str, range(3))), list(map(pow, [2, 3], [2, 2], [3, 3])))
try:
    print(list(zip([1, 2], [3], strict=True)))
except ValueError as e:
    print(e)
