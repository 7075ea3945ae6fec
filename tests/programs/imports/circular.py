# Circular imports: modules that import each other work when they use each other's
# names only later; `from m import x` of a name m has not defined yet fails with
# CPython's "partially initialized module" message.
import sys

HERE = __file__.rsplit("/", 1)[0]


def rel(text):
    return str(text).replace(HERE, "<here>")


import ping

print(ping.ping(3))
print(ping.pong_module.pong(2))
print(sorted(n for n in sys.modules if n in ("ping", "pong")))
try:
    import first
except ImportError as e:
    print(type(e).__name__, rel(e))
    print(e.name, rel(e.path))
print("first" in sys.modules, "second" in sys.modules)
import loop_a

print(loop_a.A, loop_a.loop_b.B, loop_a.seen_in_b)
