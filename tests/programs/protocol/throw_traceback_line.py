# checks that throw() resumes at the exact yield: code after the yield in the try does not run
def gen():
    print("before first yield")
    try:
        yield "one"
        print("after first yield (only on next)")
        yield "two"
        print("after second yield (not printed)")
    except KeyError as e:
        print("handler sees", repr(e), "at line", g.gi_frame.f_lineno)
        yield "handled"


g = gen()
print(next(g))
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
