# checks that genpy runs this program (exc_super_str, from the first differential-testing corpus) exactly as CPython 3.11 does
class E(Exception):
    def __str__(self):
        return "E: " + super().__str__()
print(E("x"))
