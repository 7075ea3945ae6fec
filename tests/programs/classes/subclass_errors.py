# Errors around subclasses of built-in types: CPython's messages.

def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", result)


def bool_base():
    class B(bool):
        pass


def range_base():
    class R(range):
        pass


def slice_base():
    class S(slice):
        pass


def conflict():
    class LD(list, dict):
        pass


def conflict_exc():
    class IE(int, Exception):
        pass


attempt("bool base", bool_base)
attempt("range base", range_base)
attempt("slice base", slice_base)
attempt("list and dict", conflict)
attempt("int and Exception", conflict_exc)


class Stack(list):
    pass


class Big(int):
    pass


class Tag(str):
    pass


class Reg(dict):
    pass


class P(tuple):
    pass


attempt("Stack(1, 2)", lambda: Stack(1, 2))
attempt("Stack(5)", lambda: Stack(5))
attempt("Stack(x=1)", lambda: Stack(x=1))
attempt("Big('abc')", lambda: Big("abc"))
attempt("Big([])", lambda: Big([]))
attempt("Reg(1)", lambda: Reg(1))
attempt("Reg({}, {})", lambda: Reg({}, {}))
attempt("P(1)", lambda: P(1))
attempt("P(1, 2)", lambda: P(1, 2))
attempt("hash(Stack())", lambda: hash(Stack()))
attempt("{Reg(): 1}", lambda: {Reg(): 1})
attempt("Reg()['k']", lambda: Reg()["k"])
attempt("Stack()[3]", lambda: Stack()[3])
attempt("Stack().pop()", lambda: Stack().pop())
attempt("Big(1) + 'x'", lambda: Big(1) + "x")
attempt("Stack() + 1", lambda: Stack() + 1)
attempt("Tag('a') + 1", lambda: Tag("a") + 1)
attempt("Tag('a').nope", lambda: Tag("a").nope)
attempt("Stack().nope", lambda: Stack().nope)
attempt("len(Big(3))", lambda: len(Big(3)))
attempt("P((1,))[0] = 2", lambda: P((1,)).__setitem__(0, 2))
s = Stack([1])
s.label = "attrs work"
attempt("Stack attr", lambda: s.label)
attempt("Big attr", lambda: setattr(Big(1), "x", 1))
