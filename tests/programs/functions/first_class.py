# checks functions as values: passed, returned, stored in dicts, with __name__ and returning None
def apply(fn, *args):
    return fn(*args)


def square(x):
    return x * x


ops = {"sq": square, "neg": lambda x: -x, "str": str}
for name, fn in ops.items():
    print(name, apply(fn, 7))
print(square.__name__, (lambda: 0).__name__)


def no_return():
    x = 1


print(no_return())


def early(n):
    if n > 0:
        return "positive"
    print("fell through")


print(early(1), early(-1))


def gen_fn():
    yield "x"


print(callable(gen_fn), callable(gen_fn()), type(gen_fn()).__name__)
print(gen_fn.__name__, gen_fn().__name__)
