# checks that super().__str__() inside an exception's __str__ uses BaseException's
class E(Exception):
    def __str__(self):
        return "E: " + super().__str__()
print(E("x"))
