# checks that genpy runs this program (exc_super_repr, from the first differential-testing corpus) exactly as CPython 3.11 does
class E(Exception):
    def __repr__(self):
        return "E!" + super().__repr__()
print(repr(E("x")))
