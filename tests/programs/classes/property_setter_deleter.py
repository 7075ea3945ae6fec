# checks that genpy runs this program (property_setter_deleter, from the first differential-testing corpus) exactly as CPython 3.11 does
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v): self._c = v
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self._c = (f - 32) * 5 / 9
t = Temp(); t.celsius = 100; print(t.fahrenheit); t.fahrenheit = 32; print(t.celsius)
