# checks that adding a generator's next() result to a str ends with CPython's TypeError
def numbers():
    yield 1
    yield 2


g = numbers()
print("first value", next(g))
label = next(g) + " items"
print(label)
