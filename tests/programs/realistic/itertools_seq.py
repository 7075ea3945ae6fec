import itertools as it
import operator

def primes():
    composites = {}
    for n in it.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

print(list(it.islice(primes(), 15)))
print(list(it.islice(it.count(0.5, 0.25), 5)))
print(list(it.islice(it.count(10, -3), 4)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.pairwise("abcd")))
print(hasattr(it, "batched"))
print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy")))
for k, g in it.groupby(sorted("mississippi")):
    print(k, len(list(g)), end="; ")
print()
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.islice(it.cycle("XYZ"), 7)))
print(list(it.permutations(range(3), 2)))
print(list(it.combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.repeat("r", 3)), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.islice("abcdefg", 1, None, 2)))
fib = lambda: it.accumulate(it.repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([x for x, _ in it.islice(fib(), 12)])
try:
    it.batched
except AttributeError as e:
    print(e)
print(repr(it.count(3)), repr(it.count(1.5, 2)), repr(it.repeat(2, 3)))
