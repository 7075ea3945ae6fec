# collections.deque's errors, with CPython's messages: empty pops, bad indexes,
# missing values, maxlen rules, bad arguments, mutation during iteration.
from collections import deque


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def setitem(d, i, v):
    d[i] = v


def delitem(d, i):
    del d[i]


attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1, 2])[2])
attempt("negative range", lambda: deque([1, 2])[-3])
attempt("empty index", lambda: deque()[0])
attempt("str index", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1, 2, 3])[0:2])
attempt("setitem range", lambda: setitem(deque([1]), 1, 0))
attempt("delitem range", lambda: delitem(deque([1]), -2))
attempt("index missing", lambda: deque([1, 2]).index(3))
attempt("index window", lambda: deque([1, 2]).index(1, 1))
attempt("remove missing", lambda: deque(["a"]).remove("b"))
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque([], "3"))
attempt("not iterable", lambda: deque(5))
attempt("too many", lambda: deque([], 1, 2))
attempt("bad keyword", lambda: deque(size=3))
attempt("hash", lambda: hash(deque()))
attempt("dict key", lambda: {deque(): 1})
attempt("append arity", lambda: deque().append())
attempt("rotate float", lambda: deque([1]).rotate(1.5))
attempt("extend int", lambda: deque().extend(3))

d = deque([1, 2, 3])
for x in d:
    print("saw", x)
    if x == 2:
        try:
            d.append(4)
            next_item = next(iter([]), None)
            for y in d:
                pass
        except RuntimeError as e:
            print("inner", e)
        break
print(d)


def mutate(op):
    d = deque([1, 2, 3, 4])
    it = iter(d)
    next(it)
    op(d)
    try:
        print("next ->", next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)


mutate(lambda d: d.append(5))
mutate(lambda d: d.popleft())
mutate(lambda d: d.rotate(0))
mutate(lambda d: d.clear())
mutate(lambda d: d.extend([]))
mutate(lambda d: d.reverse())
mutate(lambda d: setitem(d, 0, 9))
mutate(lambda d: delitem(d, 0))
mutate(lambda d: d.insert(0, 0))

d = deque([1, 2, 3])
r = reversed(d)
print(next(r))
d.appendleft(0)
try:
    next(r)
except RuntimeError as e:
    print("reversed:", e)

d = deque(range(3))
for x in d:
    d.pop()
