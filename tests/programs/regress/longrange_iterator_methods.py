# The iterator of a range beyond 64 bits has the methods of every iterator.
it = iter(range(10**20, 10**20 + 3))
print(it.__next__(), next(it), it.__iter__() is it, list(it))
rev = reversed(range(10**20))
print(rev.__next__(), rev.__next__(), type(rev).__name__)
print([n for n, _ in zip(iter(range(2**64, 2**65)), "ab")])
