# checks that f-strings interpolate expressions, !r conversions and doubled braces
name = "genpy"
n = 3
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{name!r} has {len(name)} letters")
print(f"{'quoted'!r}")
print(f"{{literal braces}} and {n}")
print(F"upper F prefix {n * 2}")
items = [1, 2, 3]
print(f"list {items} first {items[0]} sum {sum(items)}")
print(f"{'nested ' + 'expr'}")
print(f"{n if n > 2 else 0}")
print(f"{name!s} {name!r}")


def counter():
    i = 0
    while True:
        i += 1
        yield f"item #{i}"


g = counter()
print(next(g), next(g), f"{next(g)!r}")
