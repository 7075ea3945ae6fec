from enum import Enum

class Color(Enum):
    RED = "r"
    GREEN = "g"

def interpret(commands):
    stack = []
    for cmd in commands:
        match cmd.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                yield stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["color", c]:
                match Color(c):
                    case Color.RED:
                        yield "red!"
                    case other:
                        yield f"not red: {other.name}"
            case ["dup", *_]:
                stack.append(stack[-1])
            case _:
                raise ValueError(f"bad command {cmd!r}")
    return stack

g = interpret(["push 2", "push 3", "add", "dup", "pop", "color r", "color g", "pop"])
print(list(g))
try:
    list(interpret(["nope"]))
except ValueError as e:
    print(e)

class Shape:
    kind = "unknown"
    match kind:
        case "unknown":
            label = "no kind"
        case _:
            label = "kind"
    def area(self):
        match self:
            case Square(side=s):
                return s * s
            case Rect(w, h):
                return w * h
        return 0

class Square(Shape):
    def __init__(self, side):
        self.side = side

class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h

print(Shape.label, Square(3).area(), Rect(2, 5).area(), Shape().area())

def classify(points):
    return [name for p in points for name in [_classify(p)]]

def _classify(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0):
            return f"axis {y}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y, *more):
            return f"{len(more)}-extra"
    return "?"
print(classify([(0, 0), (0, 5), (7, 0), (3, 3), (1, 2), (1, 2, 3, 4), [0, 1], "xy"]))

def deep(tree):
    match tree:
        case {"op": "+", "args": [left, right]}:
            return deep(left) + deep(right)
        case {"op": "*", "args": [left, right]}:
            return deep(left) * deep(right)
        case {"num": int(n) | float(n)}:
            return n
        case {"num": str(s)}:
            return float(s)
    raise TypeError(f"bad node {tree}")
print(deep({"op": "+", "args": [{"num": 2}, {"op": "*", "args": [{"num": 3.5}, {"num": "2"}]}]}))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
x = 5
match x:
    case 1 | 2:
        print("small")
    case other if other > 3:
        print("other", other)
print(other)
