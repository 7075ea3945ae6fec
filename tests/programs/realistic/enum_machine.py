from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

    def can_go(self, other):
        return other in TRANSITIONS[self]

TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Color(Enum):
    RED = "r"
    GREEN = "g"
    CRIMSON = "r"

def machine(events):
    state = State.IDLE
    for ev in events:
        target = State[ev]
        if state.can_go(target):
            print(f"{state.name:>8} -> {target.name}")
            state = target
        else:
            print(f"{state.name:>8} !! {target.name} refused")
        yield state
    return state

g = machine(["RUNNING", "IDLE", "PAUSED", "RUNNING", "DONE", "RUNNING"])
print([s.value for s in g])
print(list(State), len(State), State(2), State["DONE"], repr(State.PAUSED))
print(State.IDLE is State(1), State.IDLE == 1, isinstance(State.IDLE, State))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 3]))
print(Priority(5), repr(Priority(5)), f"{Priority.HIGH}", str(Priority.LOW), int(Priority.HIGH))
print(Perm.R | Perm.X, Perm.RW, Perm.W in Perm.RW, Perm.X in Perm.RW, repr(Perm.R | Perm.W | Perm.X))
print(list(Perm), bool(Perm(0)), Perm(0), (Perm.RW & Perm.W), ~Perm.R)
print(Color.CRIMSON, Color("r"), list(Color), list(Color.__members__))
print(dict(State.__members__.items())["DONE"], State.DONE.name, State.DONE.value)
try:
    State(9)
except ValueError as e:
    print("ValueError:", e)
try:
    State["NOPE"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def first(cls):
        return cls.MON
    @property
    def short(self):
        return self.name.lower()
print(Weekday.first(), Weekday.TUE.short, hash(Weekday.MON) == hash(Weekday.MON))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, repr(Mode(3)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(f"{Planet.EARTH.gravity:.3f}", Planet.MERCURY.value)
print({State.IDLE: 1}[State.IDLE], State.IDLE.__class__, type(State), enum.EnumMeta)
print(format(Color.RED), f"{Color.RED!s:>15}|", f"{State.DONE:>10}|")
