# The gc module's interface.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.garbage, type(gc.garbage).__name__)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
for bad in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.get_objects(5), lambda: gc.is_tracked(), lambda: gc.enable(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class C:
    pass


print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.is_tracked(({},)), gc.is_tracked((1, "a")))

marker = [["marker"]]
print(any(o is marker for o in gc.get_objects()))

# Disabled, nothing is collected automatically; gc.collect() still collects.
gc.disable()
for i in range(5000):
    x = C()
    x.me = x
del x
print("collected by hand:", gc.collect() >= 5000)
gc.enable()

# Automatic collection keeps the tracked objects few in a loop making cycles.
for i in range(200000):
    c = C()
    c.me = c
    l = [c]
    l.append(l)
print("few objects left:", len(gc.get_objects()) < 100000)
