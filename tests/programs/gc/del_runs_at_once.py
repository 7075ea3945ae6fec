# __del__ runs the moment the last reference goes, before the next expression is
# evaluated (not at the next call): each way of letting go of an object, with the
# effect read without a call in between.
class Tracked:
    alive = 0
    log = []

    def __init__(self, name):
        self.name = name
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1
        Tracked.log.append(self.name)


a = Tracked("a")
b = Tracked("b")
del a
n1 = Tracked.alive
b = None
n2 = Tracked.alive
print(n1, n2, Tracked.log)


def locals_go():
    x = Tracked("x")
    x = Tracked("x2")
    n = Tracked.alive
    del x
    return n, Tracked.alive


print(locals_go(), Tracked.log)

holder = [Tracked("item")]
holder[0] = None
n3 = Tracked.alive
d = {"k": Tracked("value")}
del d["k"]
n4 = Tracked.alive
print(n3, n4, Tracked.log)


class Box:
    pass


box = Box()
box.content = Tracked("attr")
box.content = 1
n5 = Tracked.alive
box.other = Tracked("attr2")
del box.other
n6 = Tracked.alive
print(n5, n6, Tracked.log)

Tracked("temporary")
n7 = Tracked.alive
print(n7, Tracked.log)


def closure():
    c = Tracked("cell")

    def inner():
        return c

    n = Tracked.alive
    c = None
    return n, Tracked.alive


print(closure(), Tracked.log)


def gen():
    try:
        yield 1
    finally:
        Tracked.log.append("gen finally")


g = gen()
next(g)
g = None
last = Tracked.log[-1]
print(last)

for i in range(3):
    t = Tracked(f"loop{i}")
    count = Tracked.alive
print(count, Tracked.log[-3:])
