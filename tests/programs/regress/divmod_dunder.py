# divmod() calls __divmod__ (or the right operand's __rdivmod__), as CPython
# does, instead of computing // and %; a class with neither is refused with
# divmod()'s own message.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)

    def __rdivmod__(self, n):
        return ("rdivmod", n)

    def __repr__(self):
        return "Money(%d)" % self.cents


print(divmod(Money(1001), 3), divmod(7, Money(2)))


class OnlyFloorDiv:
    def __floordiv__(self, n):
        return 0

    def __mod__(self, n):
        return 0


for args in [(OnlyFloorDiv(), 2), (2, OnlyFloorDiv()), (OnlyFloorDiv(), OnlyFloorDiv())]:
    try:
        print(divmod(*args))
    except TypeError as e:
        print("TypeError:", e)


class Count(int):
    pass


print(divmod(Count(17), 5), divmod(17, Count(5)), divmod(7.5, 2))
