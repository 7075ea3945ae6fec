# gc.collect() returns the number of unreachable objects it found: exact here, where
# CPython's count is the objects the program made (no frames or dicts of its own).
import gc

gc.collect()
l = []
l.append(l)
del l
print("a list holding itself:", gc.collect())

a = []
b = [a]
a.append(b)
d = {"a": a}
a.append(d)
del a, b, d
print("two lists and a dict:", gc.collect())


class A:
    pass


x = A()
x.me = x
del x
print("an instance referring to itself:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("a tuple and the list inside it:", gc.collect())

s = {}
s["s"] = s
del s
print("a dict holding itself:", gc.collect())

print("nothing left:", gc.collect())
