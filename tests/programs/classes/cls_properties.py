# checks that genpy runs this program (cls_properties, from the second differential-testing corpus) exactly as CPython 3.11 does
class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @celsius.deleter
    def celsius(self):
        print("deleting"); self._c = None
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 3
    print(t.kelvin)
    Temperature.fahrenheit.fget(t)
    print(type(Temperature.celsius).__name__)
    del t.celsius
    print(t._c)
except AttributeError as e:
    print("AttributeError:", e)
class RO:
    @property
    def x(self): return 1
r = RO()
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
