# checks the AttributeError message for a missing attribute on an int reached through a generator
class Point:
    def __init__(self, x):
        self.x = x


def values():
    yield Point(1)
    yield 41


for v in values():
    print("value", v.x if isinstance(v, Point) else v + 1)
x = 41
print(x.foo)
