# checks nested finally blocks run innermost first, also when unwinding out of a generator
def nested():
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                print("finally 1")
        finally:
            print("finally 2")
    finally:
        print("finally 3")


try:
    nested()
except ValueError as e:
    print("caught", e)


def gen():
    try:
        try:
            yield 1
            raise KeyError("g")
        finally:
            print("gen inner finally")
    finally:
        print("gen outer finally")


try:
    for v in gen():
        print("value", v)
except KeyError as e:
    print("caught", repr(e))


def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")


try:
    exception_in_finally()
except TypeError as e:
    print(e, "with context", repr(e.__context__))
