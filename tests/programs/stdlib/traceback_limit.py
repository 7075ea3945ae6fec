import traceback


def f(n):
    if n == 0:
        raise ValueError("x")
    f(n - 1)


def clean(text):
    return text.replace(__file__, "PROG")


try:
    f(3)
except ValueError as e:
    for limit in [None, 0, 1, 2, -1, -2, 10, True]:
        print(limit, clean("".join(traceback.format_exception(e, limit=limit))), end="")
    print(clean(traceback.format_exc(limit=1)), end="")
    print(clean(traceback.format_exc(limit=-1)), end="")

try:
    try:
        1 / 0
    except Exception:
        raise KeyError(1)
except KeyError as e:
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
    print(clean("".join(traceback.format_exception(e, limit=1))), end="")
    print(clean(traceback.format_exc(chain=False)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(clean("".join(te.format(chain=False))), end="")
    print(clean("".join(te.format())), end="")
    try:
        traceback.format_exception(e, limit="x")
    except TypeError as err:
        print(err)


def g(n):
    if n == 0:
        for limit in [None, 0, 1, 2, -1, -2]:
            print(limit, [fs.name for fs in traceback.extract_stack(limit=limit)])
        print(clean("".join(traceback.format_stack(limit=2))), end="")
        return
    g(n - 1)


g(3)
