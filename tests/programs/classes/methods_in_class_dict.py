# checks that built-in types' methods live in their class's dict: type.method access,
# class methods through the class and an instance, super() reaching object, dir() of
# built-in types, and the classes of itertools and descriptors
import itertools

print(str.upper("abc"), str.join("-", ["a", "b"]), list.append([], 1))
print(dict.fromkeys("ab", 0), {}.fromkeys([1, 2]), str.maketrans("a", "b"))
print("upper" in dir(str), "append" in dir([]), "fromkeys" in dir(dict))
print("upper" in str.__dict__, "send" in dir((x for x in [])))
print(itertools.chain, itertools.chain.__name__, property, staticmethod, classmethod)
c = itertools.chain([1], (2, 3))
print(type(c) is itertools.chain, isinstance(c, itertools.chain), list(c))
print(list(itertools.chain.from_iterable(["ab", "c"])))
print(type(itertools.count()).__name__, type(zip()).__name__, type({}.keys()).__name__)
print(type(iter([])).__name__, type(map(str, [])).__name__)

class A:
    def __init__(self):
        super().__init__()
        self.x = 1

    def __repr__(self):
        return "A(" + super().__repr__()[:9] + ")"

print(A().x, repr(A()))

class E(ValueError):
    def __str__(self):
        return "E:" + super().__str__()

print(str(E("boom")), repr(E("x")), E("a", "b").args)
print(int.bit_length(255), float.is_integer(2.0), (3).bit_length())
try:
    "abc".nosuch
except AttributeError as e:
    print(e)
try:
    str.nosuch
except AttributeError as e:
    print(e)
f = open(__file__)
print(f.readline().strip()[:10], type(f).__name__)
f.close()
print(A.__module__, int.__module__, itertools.chain.__module__)
