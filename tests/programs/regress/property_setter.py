# checks that the @prop.setter decorator form works
class T:
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
t = T(); t.v = 5; print(t.v)
