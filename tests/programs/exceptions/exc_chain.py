# checks that genpy runs this program (exc_chain, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception("s")))
print(str(KeyError("k")), str(KeyError()), repr(KeyError("k")))
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(5)
except Exception as ex:
    print(ex, ex.code, ex.args, repr(ex))
