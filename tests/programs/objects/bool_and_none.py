# checks bool arithmetic and repr, None behaviour, and short-circuit results of and/or
print(True + True, True * 10, -True, True / 2)
print(repr(True), str(False), int(True), float(False))
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "default")
print(not None, bool(None), None is not None)
print(type(None).__name__, type(True).__name__, isinstance(True, int))


def calls():
    print("called")
    return True


print(False and calls())
print(True or calls())
print(True and calls())
print(sum([True, True, False]), [0, 1][True])
