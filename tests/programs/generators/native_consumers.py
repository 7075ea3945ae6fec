# Native consumers (sum, list, tuple, sorted, min, max, any, all, str.join, set)
# over generators: the items each takes, where each stops, and what the generator
# sees while it is consumed and afterwards.
import sys


def count(n, log=None):
    for i in range(n):
        if log is not None:
            log.append(i)
        yield i


print(sum(count(10)), sum(count(0)), sum(count(5), 100))
print(sum(x * x for x in range(20) if x % 3))
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [2**62, 2**62, 2**62]))
print(list(count(5)), tuple(count(3)), sorted(x % 4 for x in range(9)))
print(min(count(7)), max(x % 5 for x in range(12)), set(x % 3 for x in range(10)))
print("-".join(str(i) for i in range(6)), repr("".join(c for c in "")))
print(", ".join(s.upper() for s in ["a", "b"]))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.v})"


print(sum(Money(i) for i in range(4)))
print(sum((Money(i) if i % 2 else i for i in range(6)), Money(0)))

# any/all stop at the deciding item and leave the generator suspended there.
log = []
g = count(10, log)
print(any(x > 3 for x in g), log)
log.clear()
g = count(10, log)
print(any(x == 4 for x in g), next(g), log)
log.clear()
g = count(10, log)
print(all(x < 2 for x in g), next(g), log)
print(any(count(0)), all(count(0)), any([0, 0.0, "", None]), all([1, "x", [0]]))


class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        print("bool", self.t)
        return self.t


print(any(Truth(t) for t in [False, False, True, True]))
print(all(Truth(t) for t in [True, False, True]))

# An item's __add__ runs with the generator suspended, so it may resume it.
def items():
    yield 1
    yield Step()
    yield 100
    yield 1000


class Step:
    def __radd__(self, other):
        return other + 10 * next(source)


source = items()
print(sum(source))

# A generator consumed by a native consumer is running while its body runs.
def watch():
    yield me.gi_running
    yield sys._getframe(0).f_back.f_code.co_name


def outer():
    return list(me)


me = watch()
print(outer())
me = watch()
print(me.gi_running, list(me), me.gi_running)


# Consuming itself, and a generator that another consumer runs inside its body.
def selfish():
    yield 1
    yield list(me)


me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError:", e)


def nested(n):
    for i in range(n):
        yield sum(x for x in range(i)) + len(list(count(i)))


print(list(nested(6)), sum(sum(count(i)) for i in range(5)))


# yield from inside a consumed generator, and return values ignored.
def inner(k):
    yield k
    yield k + 1
    return "ignored"


def delegating():
    r = yield from inner(10)
    yield len(r)
    yield from [7, 8]


print(list(delegating()), sum(delegating()), "".join(str(x) for x in delegating()))


# A send-style generator: the value of `yield` is None under a consumer.
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    yield got


print(list(echo()))

# Errors: inside the generator after some items, and from the consumer.
def failing():
    yield 1
    yield 2
    raise KeyError("bad")


for consume in (sum, list, sorted, any, "".join):
    try:
        consume(failing())
    except KeyError as e:
        print(consume.__name__, "KeyError", e)
    except TypeError as e:
        print(consume.__name__, "TypeError", e)

try:
    "+".join(x for x in ["a", "b", 3, "d"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(x for x in [1, 2, "three"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(x for x in [1, 2, 3]) + sum(x for x in [4, 5, 1 / 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# The generator finishes: a finally runs when it is consumed to the end, or when
# an early stop leaves it and its last reference goes.
def guarded():
    try:
        yield 0
        yield 1
        yield 2
    finally:
        print("finally")


print(sum(guarded()))
print(any(guarded()))
print("after")
print(list(map(lambda x: x * 2, count(4))), list(zip(count(3), "abc")))
print(list(enumerate(count(3))), sum(map(len, (str(i) for i in range(12)))))
