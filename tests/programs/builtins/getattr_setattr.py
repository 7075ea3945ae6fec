# checks getattr with default, setattr, hasattr and the AttributeError they raise
class Point:
    def __init__(self):
        self.x = 1


p = Point()
print(getattr(p, "x"), getattr(p, "y", "none"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 2)
print(p.y, getattr(p, "y"))
for name in ["x", "y"]:
    setattr(p, name, getattr(p, name) * 10)
print(p.x, p.y)
try:
    getattr(p, "z")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr([], "append"), hasattr("", "nope"), getattr("abc", "upper")())


def gen():
    yield 1


print(hasattr(gen(), "send"), hasattr(gen(), "throw"), hasattr(gen(), "close"))
