# checks that genpy runs this program (property_func_form, from the first differential-testing corpus) exactly as CPython 3.11 does
class A:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx)
a = A(); a.x = 5; print(a.x)
