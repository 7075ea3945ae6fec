# checks that genpy runs this program (try_except_else_order, from the first differential-testing corpus) exactly as CPython 3.11 does
def t(x):
    try:
        print("try", x)
        if x == 1: raise ValueError("one")
        if x == 2: raise TypeError("two")
        if x == 3: return "returned"
    except ValueError as e:
        print("except V", e)
        return "from except"
    except (TypeError, KeyError):
        print("except T/K")
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for x in range(4):
    print("->", t(x))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except LookupError as e:
        print("outer caught", repr(e))
nested()
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("cleanup")
except TypeError as e:
    print("final", e, repr(e.__context__))
