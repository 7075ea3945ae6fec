# checks that genpy runs this program (deco_method_decorators, from the second differential-testing corpus) exactly as CPython 3.11 does
def logged(method):
    def w(self, *a):
        r = method(self, *a)
        print(f"{type(self).__name__}.{method.__name__}{a} -> {r!r}")
        return r
    return w
class Account:
    def __init__(self, bal): self.bal = bal
    @logged
    def deposit(self, amt):
        self.bal += amt; return self.bal
    @logged
    def withdraw(self, amt):
        if amt > self.bal: return None
        self.bal -= amt; return self.bal
    @staticmethod
    @logged
    def nothing(x):
        return x
a = Account(10)
a.deposit(5); a.withdraw(100); a.withdraw(3)
try:
    Account.nothing(5)
except Exception as e:
    print(type(e).__name__, e)
