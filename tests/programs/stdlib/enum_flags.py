from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


rw = Perm.READ | Perm.WRITE
print(repr(rw), rw, rw.value, rw.name, bool(rw), len(rw))
print(list(Perm), list(Perm.__members__), Perm.ALL, repr(Perm.ALL), list(Perm.ALL))
print(Perm.READ in rw, Perm.EXEC in rw, rw & Perm.WRITE, rw ^ Perm.READ, repr(~rw), repr(~Perm.ALL))
print(Perm(3) is rw, Perm(0), repr(Perm(0)), bool(Perm(0)), Perm(7) is Perm.ALL)
print(repr(Perm.READ | Perm.READ), (Perm.EXEC | Perm.READ).name)
acl = {}
for user, p in [("ann", Perm.READ), ("bob", Perm.READ | Perm.EXEC), ("cy", Perm.ALL)]:
    acl[user] = p
print([u for u, p in acl.items() if Perm.EXEC in p], {rw: "rw"}[Perm.WRITE | Perm.READ])
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.READ | 1
except TypeError as e:
    print(e)
try:
    1 in rw
except TypeError as e:
    print(e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.W
print(repr(m), m, m == 6, m + 1, Mode(7), repr(Mode(7)), repr(Mode(0)), repr(Mode(8)), repr(Mode(12)))
print(repr(Mode.R | 1), repr(1 | Mode.W), repr(~Mode.R), Mode.X in m, isinstance(m, int), hex(m))
print(sorted(Mode), f"{m}", f"{m:>4}", format(Mode.R, "b"))


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
    BLACK = 0


print(list(Color), Color.BLACK, repr(Color.WHITE), Color(5), repr(Color(6)))
