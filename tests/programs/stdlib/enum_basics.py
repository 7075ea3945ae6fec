from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Num(IntEnum):
    ONE = 1
    TWO = 2
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
class S(StrEnum):
    A = auto()
    B = "bee"
class M(int, Enum):
    A = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ""), Color.CRIMSON, Color(1), Color['RED'])
print(repr(Num.ONE), str(Num.ONE), f"{Num.ONE}", Num.ONE + 1, Num.ONE < Num.TWO, Num(2))
print(repr(P.R|P.W), str(P.R|P.W), repr(P.W|P.R), P(0), repr(P(0)), P(7), list(P.R|P.X), len(P.R|P.X), P.R in (P.R|P.W), bool(P(0)))
print(repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(8)), IP.R | 1, repr(~IP.R), repr(~P.R))
print(repr(S.A), str(S.A), S.B, f"{S.B}")
print(repr(M.A), str(M.A), f"{M.A}", M.A == 1)
print(Color.__members__)
print(repr(Color), repr(P), repr(Num), list(Color), len(Color), Color.RED in Color)
try:
    Color(5)
except ValueError as e: print(e)
try:
    Color['PINK']
except KeyError as e: print("KE", e)
try:
    P(8)
except ValueError as e: print(e)
print(Color.RED < Color.BLUE if False else "", hash(Color.RED) == hash("RED"))
try:
    Color.RED < Color.BLUE
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color), type(Color))
try:
    Color.RED = 5
except AttributeError as e: print(e)
A = Enum('A', 'X Y Z')
print(list(A), A.X.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Au(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last): return name.lower()
    A = auto()
    B = auto()
print(Au.A.value)
print(P.R.value, P.W.value, P.X.value, (P.R|P.W).name, P(0).name)
print(dir(Color.RED)[:3] if False else "")
