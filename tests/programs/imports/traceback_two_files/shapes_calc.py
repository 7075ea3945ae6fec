class ShapeError(ValueError):
    pass


def check(b):
    if b == 0:
        raise ShapeError("b must not be zero")


def ratio(a, b):
    check(b)
    return a / b
