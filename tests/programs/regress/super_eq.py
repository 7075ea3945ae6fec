# checks that super().__eq__ reaches object.__eq__
class K:
    def __eq__(self, o): return super().__eq__(o)
k = K(); print(k == k)
