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
