import operator as op
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
print(op.add(2, 3), op.sub(5, 2), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(4), op.pos(-4), op.abs(-3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("hello", "ell"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"a": 1}, "a"), op.index(7))
d = {}; op.setitem(d, "k", 1); print(d); op.delitem(d, "k"); print(d)
l = [1]; print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul([0], 3), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(reduce(op.add, range(10)), reduce(op.mul, [1, 2, 3, 4]), list(map(op.neg, [1, -2])), sorted([3, 1, 2], key=op.neg))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.2)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))(rows[1]))
print(itemgetter("x")({"x": 5}), repr(itemgetter(1)), repr(itemgetter(1, "a")))
class P:
    def __init__(self, name, inner=None): self.name, self.inner = name, inner
    def greet(self, greeting="hi", punct="!"): return f"{greeting} {self.name}{punct}"
ps = [P("bo", P("x")), P("al", P("y"))]
print([attrgetter("name")(p) for p in ps], attrgetter("inner.name")(ps[0]), attrgetter("name", "inner.name")(ps[1]))
print(sorted(ps, key=attrgetter("name"))[0].name, repr(attrgetter("a.b", "c")))
print(methodcaller("greet")(ps[0]), methodcaller("greet", "yo", punct="?")(ps[1]), repr(methodcaller("greet", "yo", punct="?")))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b"))
print(op.length_hint([1, 2]), op.length_hint(5, 7), op.call(len, "abc"))
for bad in [lambda: op.concat(1, 2), lambda: op.index("a"), lambda: attrgetter(1), lambda: methodcaller(2), lambda: op.add(1, "a"), lambda: op.indexOf([1], 5), lambda: itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    attrgetter("nope")(ps[0])
except AttributeError as e:
    print(e)
print(op.__add__(1, 2), op.__getitem__([5], 0))
