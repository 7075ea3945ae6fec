# Rust-level recursion reachable from Python raises RecursionError (with CPython's
# wording for each path) instead of overflowing the stack.
def attempt(what, f):
    try:
        print(what, f())
    except RecursionError as e:
        print(what, "RecursionError:", e)
    except TypeError as e:
        print(what, "TypeError:", e)

a = []; a.append(a)
b = []; b.append(b)
attempt("list ==", lambda: a == b)
attempt("list !=", lambda: a != b)
attempt("list <", lambda: a < b)
attempt("list repr", lambda: repr(a))
d = {}; d[1] = d
e = {}; e[1] = e
attempt("dict ==", lambda: d == e)
attempt("dict repr", lambda: repr(d))
t = [1]; u = [1]
t.append((t,)); u.append((u,))
attempt("tuple <=", lambda: t <= u)

deep = []
for _ in range(100000):
    deep = [deep]
attempt("deep repr", lambda: repr(deep))
attempt("deep str", lambda: str(deep))
attempt("deep f-string", lambda: f"{deep}")
attempt("deep format", lambda: format(deep, ""))
deepd = {}
for _ in range(100000):
    deepd = {1: deepd}
attempt("deep dict repr", lambda: repr(deepd))

nested = ()
for _ in range(100000):
    nested = (nested,)
attempt("deep tuple hash", lambda: hash(nested) == hash(nested))
attempt("tuple hash", lambda: hash(((1, 2), (3, (4,)), 5.5)))

class A:
    pass
A.__call__ = A()
attempt("__call__ is an A", lambda: A()())

class G:
    pass
G.__get__ = G()
class H:
    x = G()
attempt("__get__ is a G", lambda: H().x)
attempt("__get__ is a G, on the class", lambda: H.x)

class S:
    __get__ = staticmethod(lambda *args: len(args))
class T:
    s = S()
attempt("staticmethod __get__", lambda: (T.s, T().s))

cyclic = Exception()
cyclic.args = (cyclic,)
attempt("exception whose arg is itself", lambda: repr(cyclic))
attempt("dict == itself through a value", lambda: (d == d, str(d)))
chained = iter([1, 2])
for _ in range(500):
    chained = map(abs, chained)
attempt("500 maps", lambda: list(chained))

e1 = ValueError(1)
e2 = KeyError(2)
e1.__context__ = e2
e2.__context__ = e1
raise e1
