# A dict subclass whose __eq__ gives NotImplemented compares as a dict against a plain dict; __hash__ = None is unhashable.
class A(dict):
    def __eq__(s, o):
        return NotImplemented
print(A(a=1) == {"a": 1}, {"a": 1} == A(a=1), A(a=1) != {"a": 1})
class B(dict):
    def __eq__(s, o):
        return True
try:
    hash(B())
except TypeError as e:
    print(e)
print(B.__hash__)
class C:
    def __eq__(s, o):
        return NotImplemented
c = C()
print(c == c, c == 1)
