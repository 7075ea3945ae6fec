# Objects with __del__ in a reference cycle: the collector calls each __del__ once
# (PEP 442), then breaks the cycle; an object a finalizer resurrects survives, with
# everything it references, and its __del__ is not called again.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name, "other is", self.other.name if self.other else None)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle dropped, nothing finalized yet")
print("found:", gc.collect() > 0)
print("after collect")
print("second collect finds nothing more:", gc.collect() == 0)

rescued = []


class Lazarus:
    def __init__(self):
        self.me = self
        self.payload = [1, 2, 3]

    def __del__(self):
        print("Lazarus.__del__, rescuing")
        rescued.append(self)


Lazarus()
gc.collect()
print("rescued:", len(rescued), rescued[0].payload, rescued[0].me is rescued[0])
rescued.clear()
print("collect again:", gc.collect() > 0)
print("no second __del__")


# A cycle through a closure cell and a function.
def make():
    n = Node("closure")

    def f():
        return n

    n.other = None
    n.fn = f
    return n


make()
print("made")
gc.collect()
print("after closure collect")


# A cycle through an exception's traceback (the classic `e` kept in a local).
def failing():
    keep = Node("kept by traceback")
    try:
        raise ValueError("x")
    except ValueError as e:
        keep.exc = e


failing()
gc.collect()
print("after exception collect")

# Still in a cycle at exit.
z = Node("z at exit")
z.other = z
del z
print("end")
