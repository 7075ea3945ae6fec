# `as` patterns inside a pattern: in parentheses, in sequence items, in class
# and mapping sub-patterns, and at the top of a case (whole pattern or the last
# item of an open sequence).
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(v):
    match v:
        case (0 as zero):
            return f"zero {zero}"
        case [a, (b as c)] if a == 1:
            return f"pair a={a} b={b} c={c}"
        case [first, (1 | 2) as small, *rest]:
            return f"small second {first} {small} {rest}"
        case [str() as s, [int() as i, *_] as inner]:
            return f"nested {s} {i} {inner}"
        case Point(x=(0 as z), y=y):
            return f"on the y axis z={z} y={y}"
        case Point(x=1 as one, y=2 as two):
            return f"point one two {one} {two}"
        case Point(3 as px, y=py):
            return f"positional {px} {py}"
        case {"kind": "box", "size": (int() | float()) as size}:
            return f"box of {size}"
        case {"kind": k as kind, **rest} if rest:
            return f"kind {kind} with {sorted(rest)}"
        case (x, y) as pair if x == y:
            return f"same pair {pair}"
        case 5, 6 as six:
            return f"open sequence six={six}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case other:
            return f"other {other!r}"


for v in [
    0,
    [1, 2],
    [9, 2, 3, 4],
    ["s", [7, 8]],
    Point(0, 5),
    Point(1, 2),
    Point(3, 4),
    {"kind": "box", "size": 2.5},
    {"kind": "bag", "color": "red"},
    (4, 4),
    (5, 6),
    "hi",
    b"by",
    [1, 2, 3],
]:
    print(describe(v))

for source in ["x = (1 as y)", "f(a as b)", "[p as q]"]:
    try:
        compile(source, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
