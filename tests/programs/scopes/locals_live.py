# locals(): a class body's real namespace; in a function one dict per frame.


class C:
    x = 1
    locals()["y"] = 2
    ns = locals()
    ns["z"] = ns["x"] + ns["y"]
    for name in ("a", "b"):
        locals()[name + "_attr"] = name.upper()
    del name
    print(sorted(k for k in ns if not k.startswith("__")), ns is locals())
    del ns


print(C.y, C.z, C.a_attr, C.b_attr, hasattr(C, "ns"))


def fields(*names):
    """A class-body helper that defines attributes in the caller's namespace."""
    import sys

    ns = sys._getframe(1).f_locals
    for n in names:
        ns[n] = n * 2


class D:
    fields("p", "q")


print(D.p, D.q)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("meta sees", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)


class E(metaclass=Meta):
    v = 1
    locals()["w"] = 2


print(E.w)


def g():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2, l1)
    l1["extra"] = 5
    a = 10
    print(locals())
    del b
    print(locals())


g()


def writes_do_not_change_variables():
    x = 1
    locals()["x"] = 99
    print(x, locals()["x"])


writes_do_not_change_variables()


def with_closure():
    v = 1

    def inner():
        w = v + 1
        return locals()

    return inner(), sorted(locals())


print(with_closure())


def gen():
    q = 1
    yield locals()
    q = 2
    yield locals()


it = gen()
first = next(it)
second = next(it)
print(first is second, first)


def exec_in_function():
    n = 1
    exec("m = n + 1")
    return locals()["m"]


print(exec_in_function())
print(locals() is globals())
