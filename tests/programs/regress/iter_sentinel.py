# checks that iter(callable, sentinel)
it = iter([3, 2, 0, 5])
print(list(iter(lambda: next(it), 0)))
