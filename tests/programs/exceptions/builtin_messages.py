# checks CPython's messages for common builtin exceptions
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 1.0 / 0)
show(lambda: [1, 2, 3][10])
show(lambda: (1, 2)[5])
show(lambda: "abc"[3])
show(lambda: {"a": 1}["b"])
show(lambda: {}[42])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [] - [])
show(lambda: None + 1)
show(lambda: undefined_name)
show(lambda: (5).foo)
show(lambda: "s".nope)
show(lambda: int("12x"))
show(lambda: [].pop())
show(lambda: [1].index(2))
nothing = None
show(lambda: nothing())
show(lambda: 3 < "a")
show(lambda: next(iter([])))
show(lambda: float("nope"))
show(lambda: {}.popitem())
show(lambda: [1, 2].remove(3))
