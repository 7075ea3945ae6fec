# checks that genpy runs this program (bank_account_exc, from the first differential-testing corpus) exactly as CPython 3.11 does
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance, self.amount = balance, amount
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self.balance += amt; self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance: raise InsufficientFunds(self.balance, amt)
        self.balance -= amt; self.history.append(("wd", amt))
    def __repr__(self): return f"Account({self.owner!r}, {self.balance})"
a = Account("ann", 100)
for op, amt in [("deposit", 50), ("withdraw", 500), ("deposit", -1), ("withdraw", 20)]:
    try:
        getattr(a, op)(amt)
    except InsufficientFunds as e:
        print("denied:", e, e.amount - e.balance)
    except ValueError as e:
        print("invalid:", e)
print(a, a.history)
