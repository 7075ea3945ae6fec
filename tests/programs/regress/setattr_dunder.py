# checks that a class's __setattr__ is called for attribute stores
class R:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
r = R(); r.x = 5; print(r.x)
