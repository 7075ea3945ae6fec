# checks that genpy runs this program (exc_context_implicit, from the second differential-testing corpus) exactly as CPython 3.11 does
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def g():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
try:
    g()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def h():
    try:
        try:
            raise KeyError(1)
        finally:
            print("finally runs")
    except KeyError as e:
        err = e
    return err
e = h()
print(repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise IndexError("a", "b")
except IndexError as e:
    print(str(e), repr(e))
