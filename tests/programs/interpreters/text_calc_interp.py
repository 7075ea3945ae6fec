# checks that genpy runs this program (text_calc_interp, from the second differential-testing corpus) exactly as CPython 3.11 does
def tokens(s):
    num = ""
    for ch in s + " ":
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield int(num); num = ""
        if ch in "+-*/()":
            yield ch
        elif not ch.isspace():
            raise ValueError(f"unexpected {ch!r}")
class Parser:
    def __init__(self, s):
        self.toks = list(tokens(s)); self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take(); r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take(); r = self.factor()
            v = v * r if op == "*" else v // r
        return v
    def factor(self):
        t = self.take()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if t == "-":
            return -self.factor()
        if isinstance(t, int):
            return t
        raise SyntaxError(f"unexpected token {t!r}")
for e in ["1+2*3", "(1+2)*3", "-(4-10)/3", "2*(3+4)*(5-1)", "7/0", "1+", "3 # 4", "((2)"]:
    try:
        print(f"{e:>16} = {Parser(e).expr()}")
    except (SyntaxError, ValueError, ZeroDivisionError) as err:
        print(f"{e:>16} ! {type(err).__name__}: {err}")
