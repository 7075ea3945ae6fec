# functools.total_ordering: an inherited comparison counts as a root, comparisons the
# class defines itself are kept, NotImplemented passes through, and the derived
# methods carry the operator's name.
import functools


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if not isinstance(other, Base):
            return NotImplemented
        return self.v < other.v


@functools.total_ordering
class Child(Base):
    def __eq__(self, other):
        return isinstance(other, Base) and self.v == other.v


a, b = Child(1), Child(2)
print(a < b, a <= b, a > b, a >= b, a <= Child(1), a >= Child(1))
print(Child.__gt__.__name__, Child.__le__.__name__, Child.__ge__.__name__)
try:
    a > 5
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        print("own __le__")
        return self.v <= other.v


print(Both(1) <= Both(2), Both(3) > Both(2), Both(2) >= Both(2))


@functools.total_ordering
class FromGe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(FromGe(1) < FromGe(2), FromGe(2) > FromGe(2), FromGe(2) <= FromGe(2))
print(sorted([FromGe(3), FromGe(1), FromGe(2)], key=lambda x: x) [0].v)
try:

    @functools.total_ordering
    class Nothing:
        pass

except ValueError as e:
    print("ValueError:", e)
