# checks function decorators, stacked decorators and decorators with arguments
def trace(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        result = fn(*args)
        print("returned", result)
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


add(2, 3)


def repeat(n):
    def deco(fn):
        def wrapper(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapper
    return deco


@repeat(3)
def double(x):
    return x * 2


print(double(1))


def bold(fn):
    return lambda: "<b>" + fn() + "</b>"


def italic(fn):
    return lambda: "<i>" + fn() + "</i>"


@bold
@italic
def hello():
    return "hi"


print(hello())
