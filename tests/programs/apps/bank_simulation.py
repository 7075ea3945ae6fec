# checks that genpy runs this program (bank_simulation, from the second differential-testing corpus) exactly as CPython 3.11 does
class InsufficientFunds(Exception): pass
class Account:
    _ids = 0
    def __init__(self, owner, balance=0):
        Account._ids += 1
        self.id = Account._ids
        self.owner = owner
        self._balance = balance
        self.tx = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt; self.tx.append(+amt)
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amt}")
        self._balance -= amt; self.tx.append(-amt)
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(a, b, amt):
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        b.deposit(amt)
        return True
    finally:
        print(f"transfer {a.owner}->{b.owner} {amt} attempted")
x, y = Account("x", 100), Savings("y", 1000)
print(transfer(x, y, 50), transfer(x, y, 500), y.add_interest(), x, y)
for bad in (0, -5):
    try:
        x.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
print(x.tx, y.tx, sum(y.tx))
try:
    x.balance = 10
except AttributeError:
    print("read-only balance")
