# a class: its body runs as code with its own names; methods are functions
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


print(Point(3, -4).norm1())
