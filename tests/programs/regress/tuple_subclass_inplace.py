# `+=` and `*=` on an instance of a tuple subclass that defines __add__ / __mul__
# call them (a tuple has no in-place operators), instead of concatenating tuples.
class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __mul__(self, k):
        return Vec(a * k for a in self)


v = Vec((1, 2))
v += Vec((10, 20))
print(v, type(v).__name__)
v *= 3
print(v, type(v).__name__)


class Plain(tuple):
    pass


p = Plain((1,))
p += (2,)
print(p, type(p).__name__)
lst = [1]
alias = lst
lst += [2]
print(lst is alias, lst)


# A mutable base updates in place even when the class defines the binary dunder.
class Items(list):
    def __add__(self, other):
        return "add called"


items = Items([1])
alias = items
items += [2]
print(items, items is alias, type(items).__name__)


class Table(dict):
    def __or__(self, other):
        return "or called"


table = Table(a=1)
table |= {"b": 2}
print(table, type(table).__name__)
