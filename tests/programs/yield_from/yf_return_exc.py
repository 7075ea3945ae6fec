# checks that genpy runs this program (yf_return_exc, from the first differential-testing corpus) exactly as CPython 3.11 does
def inner():
    yield 1
    raise StopIteration  # inside generator
def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer got RE:", e)
        yield "recovered"
print(list(outer()))
