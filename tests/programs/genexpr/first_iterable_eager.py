# checks that the first iterable is evaluated at creation, so its errors surface there
def make_source():
    print("make_source called at creation")
    return [1, 2, 3]


ge = (x for x in make_source())
print("after creation")
try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)
try:
    bad = (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)
lazy = (x for x in [1] if undefined_in_condition)
print("the condition is not evaluated yet")
try:
    next(lazy)
except NameError as e:
    print("NameError on first next:", e)
nested = (y for x in [1] for y in undefined_inner)
print("inner iterables are lazy too")
try:
    next(nested)
except NameError as e:
    print("NameError on first next:", e)
