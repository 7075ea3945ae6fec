# A tokenizer of a small language as a generator: one master pattern of named
# alternatives, dispatched on m.lastgroup, with line and column tracking.
import re
from collections import namedtuple

Token = namedtuple("Token", "kind value line column")


KEYWORDS = {"if", "then", "else", "end", "while", "do", "print"}
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/<>]=?|==|!="),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"\#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in SPEC))


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if re.search(r"[.eE]", value) else int(value)
        elif kind == "STRING":
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield Token(kind, value, line, column)


program = '''# compute things
total := 0;
while total < 10.5e1 do
    total := total + 42; print "total is \\"big\\"" # done
end
if total >= 100 then print(total) else print(0) end;
'''
for tok in tokenize(program):
    print(tok)
print(MASTER.groups, sorted(MASTER.groupindex.items())[:3])
try:
    list(tokenize("x := 1 @ 2"))
except RuntimeError as e:
    print("error:", e)
