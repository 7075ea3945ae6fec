# `=` for `==` in an elif after an attribute.
class P:
    x = 1


if P.x == 0:
    pass
elif P.x = 1:
    print("one")
