from enum import Enum, IntEnum, auto, unique


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @property
    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    @classmethod
    def from_name(cls, text):
        return cls[text.upper()]

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([d.name for d in Weekday if d.is_weekend])
print(Weekday.from_name("friday"), Weekday.FRIDAY.next(), Weekday.SUNDAY.next())
print(Weekday.MONDAY is Weekday(1), Weekday.MONDAY == Weekday.MONDAY, Weekday.MONDAY != Weekday.TUESDAY)
print(Weekday.MONDAY == 1, sorted(Weekday, key=lambda d: -d.value)[:2])
schedule = {Weekday.MONDAY: "gym", Weekday.FRIDAY: "pizza"}
print(schedule[Weekday(5)], Weekday.MONDAY in schedule, Weekday.SUNDAY in schedule)
print({Weekday.MONDAY, Weekday.MONDAY, Weekday.TUESDAY} == {Weekday.TUESDAY, Weekday.MONDAY})
print(list(reversed(Weekday))[:2], len(Weekday))
for name, member in Weekday.__members__.items():
    if member.value > 5:
        print(name, member)
print(type(Weekday.__members__).__name__, list(Weekday.__members__)[:3])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape["ALIAS_FOR_SQUARE"].name)
print(list(Shape.__members__))


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 10, max(Priority))
print(sorted([Priority.HIGH, Priority.LOW, 2]), Priority(3), {1: "one"}[Priority.LOW])
print(f"{Priority.HIGH}", "%d" % Priority.MEDIUM, int(Priority.HIGH), [0, 1, 2, 3][Priority.HIGH])
print(isinstance(Priority.LOW, int), isinstance(Priority.LOW, Priority), type(Priority.LOW).__name__)


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    def __str__(self):
        return self.value.upper()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Mood("HAPPY"), repr(Mood("Sad")), str(Mood.SAD), f"{Mood.HAPPY}")
try:
    Mood("angry")
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(e)

try:
    Weekday.MONDAY = 8
except AttributeError as e:
    print(e)

try:
    class More(Weekday):
        EXTRA = 8
except TypeError as e:
    print(e)

try:
    Weekday.MONDAY < Weekday.TUESDAY
except TypeError as e:
    print(e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Color = Enum("Color", [("RED", "r"), ("GREEN", "g")])
print(Color.RED, Color("g"), repr(Color.GREEN))
print(Weekday(9))
