# checks that genpy runs this program (rec_permutations, from the second differential-testing corpus) exactly as CPython 3.11 does
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i+1:]):
            yield [x] + rest
def combos(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combos(items[i+1:], k - 1):
            yield (items[i],) + c
def powerset(items):
    for k in range(len(items) + 1):
        yield from combos(items, k)
print(["".join(p) for p in perms("abc")])
print(len(list(perms(list(range(6))))))
print(list(combos([1, 2, 3, 4], 2)))
print(list(powerset("xyz")))
import itertools
print(list(perms([1,2,3])) == [list(p) for p in itertools.permutations([1,2,3])])
print(list(combos("abcd", 3)) == list(itertools.combinations("abcd", 3)))
