# checks that genpy runs this program (property_readonly, from the first differential-testing corpus) exactly as CPython 3.11 does
class Circle:
    def __init__(self, r): self.r = r
    @property
    def area(self): return round(3.14159 * self.r ** 2, 2)
c = Circle(2); print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print(e)
print(type(Circle.area).__name__)
