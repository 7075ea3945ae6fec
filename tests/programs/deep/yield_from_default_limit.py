# checks that without raising the recursion limit a 5 000-deep yield from chain ends in RecursionError, like CPython
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)


print("shallow chain works:", list(chain(100)))
g = chain(5000)
print("created; resuming goes 5000 levels deep")
print(next(g))
