# checks enumerate with start and zip over uneven inputs, both lazy
def letters():
    for ch in "abc":
        print("letters yields", ch)
        yield ch


e = enumerate(letters(), start=1)
print("enumerate created")
print(next(e))
print(list(e))
print(list(enumerate("xy")), list(enumerate([], 5)))
z = zip(letters(), range(10, 100, 10))
print("zip created")
print(next(z))
print(list(z))
print(list(zip("ab", [1, 2, 3], (True, False))), list(zip()))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))))
