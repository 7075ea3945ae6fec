# checks that super().__repr__() inside an exception's __repr__ gives E('x')
class E(Exception):
    def __repr__(self):
        return "E!" + super().__repr__()
print(repr(E("x")))
