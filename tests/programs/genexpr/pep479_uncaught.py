# checks the final line when StopIteration raised in a genexp's expression is not caught
it = iter([1])
first = (next(it) for _ in range(1))
print("one item is fine:", list(first))
it = iter([1])
print(list(next(it) for _ in range(3)))
print("never printed")
