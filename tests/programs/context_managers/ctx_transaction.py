# checks that genpy runs this program (ctx_transaction, from the second differential-testing corpus) exactly as CPython 3.11 does
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back due to {et.__name__}: {ev}")
            return True
        print("committed")
db = {"alice": 100, "bob": 50}
def transfer(db, a, b, amt):
    with Transaction(db) as s:
        s[a] -= amt
        if s[a] < 0:
            raise ValueError(f"insufficient funds in {a}")
        s[b] += amt
transfer(db, "alice", "bob", 30); print(db)
transfer(db, "bob", "alice", 500); print(db)
transfer(db, "alice", "carol", 10); print(db)
