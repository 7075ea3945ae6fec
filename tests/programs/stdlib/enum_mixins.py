import enum
from enum import Enum, IntEnum, StrEnum, auto

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

print(Color.RED == "red", Color.RED.upper(), Color("green"), repr(Color.RED), str(Color.RED), f"{Color.RED}", f"{Color.RED!s}", f"{Color.RED!r}")
print(len(Color.RED), Color.RED + "!", sorted(Color), "red" in [c.value for c in Color], isinstance(Color.RED, str))
print({Color.RED: 1}.get("red"), {"red": 1}.get(Color.RED), hash(Color.RED) == hash("red"))

class Level(StrEnum):
    LOW = auto()
    HIGH = auto()
print(Level.LOW, repr(Level.HIGH), Level("high"), Level.LOW == "low", f"[{Level.HIGH:>6}]", Level.LOW.upper())

class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @property
    def is_error(self):
        return self >= 400
    @classmethod
    def parse(cls, code):
        try:
            return cls(code)
        except ValueError:
            return None
print(Http.OK.is_error, Http.NOT_FOUND.is_error, Http.parse(404), Http.parse(500), Http(200) == 200, Http.OK.name, Http.OK.value, Http.OK * 2)
print(Http.__members__["OK"], list(Http.__members__.items())[1], len(Http.__members__), enum.unique(Http) is Http)
print(type(Http.OK).__mro__[:2], isinstance(Http.OK, enum.Enum), issubclass(Http, enum.IntEnum), Http.OK.__class__.__name__)

class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    def area(self, size):
        return {Shape.CIRCLE: 3.14 * size * size, Shape.SQUARE: size * size}[self]
    def __str__(self):
        return self.name.title()
print(Shape.CIRCLE.area(2), str(Shape.SQUARE), f"{Shape.SQUARE}", repr(Shape.SQUARE), [str(s) for s in Shape])

class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
    A = 3
    B = 1
    C = 2
print(sorted(Ordered), min(Ordered), Ordered.A > Ordered.B)

class WithInit(Enum):
    SMALL = (1, "s")
    LARGE = (10, "l")
    def __init__(self, size, code):
        self.size = size
        self.code = code
print(WithInit.SMALL.size, WithInit.LARGE.code, WithInit((1, "s")), WithInit.SMALL.value)
Api = IntEnum("Api", ["V1", "V2"], start=10)
print(list(Api), Api.V2 + 0)
print(Color.RED is Color["RED"], Color._member_names_, Shape._value2member_map_)
