from dataclasses import dataclass
from enum import Enum, auto
from collections import namedtuple

class Kind(Enum):
    KEY = auto()
    CLICK = auto()
    QUIT = auto()

@dataclass
class Click:
    x: int
    y: int
    button: str = "left"

@dataclass
class Key:
    char: str

Pt = namedtuple("Pt", "x y")

class Plain:
    def __init__(self, a):
        self.a = a

def describe(event):
    match event:
        case Click(0, 0):
            return "click at origin"
        case Click(x, y, button="right") if x > 100:
            return f"right click far at {x},{y}"
        case Click(x=x, y=y):
            return f"click {x},{y}"
        case Key(char="q") | Key(char="Q"):
            return "quit key"
        case Key(c):
            return f"key {c!r}"
        case Kind.QUIT:
            return "quit kind"
        case None:
            return "nothing"
        case True:
            return "bool true"
        case 0 | 1 | -1:
            return f"small int {event}"
        case int(n) if n > 1000:
            return f"big int {n}"
        case float() | int():
            return f"number {event}"
        case "go" | "run" as verb:
            return f"verb {verb}"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty seq"
        case [x]:
            return f"one item {x}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case (a, b, *rest):
            return f"seq starting {a}, {b} with {len(rest)} more"
        case {"type": "move", "dx": dx, **others}:
            return f"move {dx} extra={sorted(others)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case Pt(x, y):
            return f"point {x} {y}"
        case Plain(a=[1, *tail]):
            return f"plain list tail {tail}"
        case _:
            return f"other {type(event).__name__}"

events = [Click(0, 0), Click(150, 3, "right"), Click(5, 6, "right"), Key("q"), Key("x"), Kind.QUIT, None, True,
          1, -1, 5000, 7, 2.5, "go", "hello", [], [9], [3, 4, 3], (1, 2, 3, 4), "ab",
          {"type": "move", "dx": 3, "z": 1, "a": 2}, {"type": "jump"}, {"other": 1}, Pt(1, 2), Plain([1, 2, 3]), Plain(5), object(),
          range(2), (1, 2)]
for e in events:
    print(describe(e))

def tokens(text):
    for word in text.split():
        match word.split("="):
            case [key, value]:
                yield ("pair", key, value)
            case [flag] if flag.startswith("-"):
                yield ("flag", flag.lstrip("-"))
            case [name]:
                yield ("name", name)
            case parts:
                yield ("junk", len(parts))
print(list(tokens("a=1 -v file x=y=z")))
match 3, 4:
    case (x, y):
        print("tuple subject", x + y)
state = "start"
for ch in "ab!":
    match state, ch:
        case "start", "a":
            state = "seen_a"
        case "seen_a", "b":
            state = "done"
        case _, "!":
            print("bang in", state)
print(state)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
