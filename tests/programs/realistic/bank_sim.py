import heapq
import random
from collections import defaultdict, deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator, NamedTuple

class TxKind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"

class Tx(NamedTuple):
    time: float
    kind: TxKind
    account: str
    amount: float
    target: str = ""

class InsufficientFunds(Exception):
    def __init__(self, account, needed, available):
        super().__init__(f"{account}: need {needed:.2f}, have {available:.2f}")
        self.account = account

@dataclass
class Account:
    name: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)

    def apply(self, delta, note):
        if self.balance + delta < 0:
            raise InsufficientFunds(self.name, -delta, self.balance)
        self.balance = round(self.balance + delta, 2)
        self.history.append((note, delta))

def arrivals(rng: random.Random, names, n) -> Iterator[Tx]:
    t = 0.0
    for _ in range(n):
        t += rng.expovariate(2.0)
        kind = rng.choice(list(TxKind))
        acct = rng.choice(names)
        amount = round(rng.uniform(5, 120), 2)
        target = rng.choice([x for x in names if x != acct]) if kind is TxKind.TRANSFER else ""
        yield Tx(round(t, 3), kind, acct, amount, target)

def process(accounts, txs):
    failures = defaultdict(int)
    recent = deque(maxlen=3)
    for tx in txs:
        try:
            match tx:
                case Tx(kind=TxKind.DEPOSIT, account=a, amount=amt):
                    accounts[a].apply(amt, "dep")
                case Tx(kind=TxKind.WITHDRAW, account=a, amount=amt):
                    accounts[a].apply(-amt, "wd")
                case Tx(kind=TxKind.TRANSFER, account=a, amount=amt, target=b):
                    accounts[a].apply(-amt, f"to {b}")
                    accounts[b].apply(amt, f"from {a}")
        except InsufficientFunds as e:
            failures[e.account] += 1
            yield f"t={tx.time:7.3f} FAIL {e}"
        else:
            recent.append(tx.kind.value)
    yield f"recent kinds: {list(recent)}"
    yield f"failures: {dict(sorted(failures.items()))}"

rng = random.Random(42)
names = ["ann", "bob", "cyd"]
accounts = {n: Account(n, 50.0) for n in names}
for line in process(accounts, arrivals(rng, names, 25)):
    print(line)
for a in sorted(accounts.values(), key=lambda a: -a.balance):
    print(f"{a.name:>4} {a.balance:>9.2f} {len(a.history):>3} ops", a)
top = heapq.nlargest(2, (d for a in accounts.values() for _, d in a.history))
print(top, sum(a.balance for a in accounts.values()))
