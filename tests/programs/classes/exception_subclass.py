# checks Exception subclasses with args, str(e), repr and raising them from generators
class ParseError(Exception):
    pass


class LineError(ParseError):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line

    def __str__(self):
        return f"line {self.line}: {self.args[1]}"


e = ParseError("bad", 42)
print(e.args, str(e), repr(e))
le = LineError(7, "unexpected token")
print(le.args, str(le), le.line, isinstance(le, ParseError))


def parse(lines):
    for i, line in enumerate(lines, 1):
        if not line:
            raise LineError(i, "empty line")
        yield line.upper()


try:
    for out in parse(["a", "b", "", "d"]):
        print(out)
except ParseError as err:
    print("ParseError caught:", err)
