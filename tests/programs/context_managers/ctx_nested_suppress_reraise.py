# checks that genpy runs this program (ctx_nested_suppress_reraise, from the second differential-testing corpus) exactly as CPython 3.11 does
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError) as s:
    1 // 0
print(repr(s.caught))
with Suppress(KeyError, IndexError) as s:
    [][5]
print(type(s.caught).__name__, s.caught)
try:
    with Suppress(KeyError) as s:
        int("x")
except ValueError as e:
    print("passed through:", e)
class Reraise:
    def __enter__(self): pass
    def __exit__(self, et, ev, tb):
        if et:
            raise RuntimeError("in exit") from ev
try:
    with Reraise():
        raise OSError("orig")
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__context__ is e.__cause__)
