# checks that genpy runs this program (cls_enum_by_hand, from the second differential-testing corpus) exactly as CPython 3.11 does
class Color:
    _members = {}
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members[name] = self
    def __repr__(self): return f"<Color.{self.name}: {self.value}>"
    @classmethod
    def from_value(cls, v):
        for m in cls._members.values():
            if m.value == v: return m
        raise ValueError(f"{v!r} is not a valid Color")
    def __iter__(self): return iter(Color._members.values())
RED, GREEN, BLUE = Color("RED", 1), Color("GREEN", 2), Color("BLUE", 3)
print(list(Color._members.values()), Color.from_value(2), RED.name)
try:
    Color.from_value(9)
except ValueError as e:
    print("ValueError:", e)
print([c.name for c in sorted(RED, key=lambda c: -c.value)])
