# checks keyword-only parameters after * and *args, and the TypeErrors for wrong calls
def f(a, *, key, flag=False):
    return a, key, flag


print(f(1, key=2))
print(f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


def g(*items, sep="-"):
    return sep.join(items)


print(g("a", "b", "c"))
print(g("a", "b", sep="+"))
try:
    f(1, key=2, other=3)
except TypeError as e:
    print("TypeError:", e)


def h(x, y):
    return x - y


try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, x=2)
except TypeError as e:
    print("TypeError:", e)
