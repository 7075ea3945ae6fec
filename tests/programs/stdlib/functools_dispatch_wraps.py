import functools


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register(str)
def _describe_str(x):
    return f"str {x!r}"


class MyInt(int):
    pass


for v in [1, "a", [1, 2], 2.5, MyInt(7), True, None]:
    print(describe(v))
print(describe.dispatch(bool) is describe.dispatch(int), sorted(t.__name__ for t in describe.registry))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add.__name__, add.__doc__, add.__wrapped__(2, 3), add(1, 2))


def plain(x):
    "plain doc"
    return x


def shell(*a):
    return plain(*a)


functools.update_wrapper(shell, plain)
print(shell.__name__, shell.__qualname__, shell.__doc__, shell.__wrapped__ is plain)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value):
        self.state = value

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)
print(functools.WRAPPER_ASSIGNMENTS)
