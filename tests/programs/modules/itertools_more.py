# checks that genpy runs this program (itertools_more, from the first differential-testing corpus) exactly as CPython 3.11 does
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcd", [1, 0, 1, 0])))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
