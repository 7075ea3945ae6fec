# checks that a class defining __eq__ without __hash__ has unhashable instances
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Plain:
    pass


p = Plain()
print({p: "plain ok"}[p])
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
try:
    seen = {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
d = {}
d[Point(0, 0)] = 1
