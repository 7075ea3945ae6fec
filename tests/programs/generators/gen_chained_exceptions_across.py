# checks that genpy runs this program (gen_chained_exceptions_across, from the second differential-testing corpus) exactly as CPython 3.11 does
def source():
    yield 1
    yield 2
    raise ConnectionResetError("peer reset")
def transform(src):
    try:
        for x in src:
            yield x * 10
    except OSError as e:
        raise RuntimeError("transform failed") from e
def sink(it):
    out = []
    try:
        for x in it:
            out.append(x)
    except RuntimeError as e:
        out.append(f"{e} <- {type(e.__cause__).__name__}: {e.__cause__}")
    return out
print(sink(transform(source())))
print(issubclass(ConnectionResetError, OSError), ConnectionResetError.__mro__[1].__name__)
