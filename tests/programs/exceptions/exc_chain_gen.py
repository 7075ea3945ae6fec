# checks that genpy runs this program (exc_chain_gen, from the second differential-testing corpus) exactly as CPython 3.11 does
class ParseError(Exception): pass
def parse_ints(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield int(line)
        except ValueError as e:
            raise ParseError(f"line {n}: {line!r}") from e
def total(lines):
    try:
        return sum(parse_ints(lines))
    except ParseError as e:
        print("error:", e)
        print("cause:", type(e.__cause__).__name__, e.__cause__)
        print("suppress:", e.__suppress_context__)
        return None
print(total(["1", "2", "3"]))
print(total(["1", "x2", "3"]))
def reraiser():
    try:
        yield 1
        raise KeyError("a")
    except KeyError:
        yield 2
        raise
g = reraiser()
print(next(g), next(g))
try:
    next(g)
except KeyError as e:
    print("reraised", repr(e))
