# checks file objects as values: their type and repr, data attributes, iteration as
# their own iterator, identity hashing, and the errors of operations they lack
with open("lines.txt", "w") as f:
    f.write("one\ntwo\nthree\n")
f = open("lines.txt")
print(type(f), type(f).__name__, repr(f), f.name, f.mode, f.closed)
print(iter(f) is f, next(f), list(f), bool(f))
print({f: 1}[f], hash(f) == hash(f), f == f, f != open("lines.txt"))
print("readline" in dir(f), hasattr(f, "nosuch"))
for op in (lambda: len(f), lambda: f[0], lambda: f.nosuch):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
f.close()
print(f.closed)
