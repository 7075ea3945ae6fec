# A generator function as __init__ returns a generator: CPython's TypeError, both when
# the class is called from Python code and from native code (map).
class A:
    def __init__(self):
        yield 1

try:
    A()
except TypeError as e:
    print(e)
try:
    list(map(A, []))
    print(list(map(lambda _: A(), [1])))
except TypeError as e:
    print(e)
A()
