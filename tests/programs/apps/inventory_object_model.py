from __future__ import annotations
import copy
import operator
from abc import ABC, abstractmethod
from collections import defaultdict
from dataclasses import dataclass, field, replace
from enum import Enum, IntEnum, auto
from functools import total_ordering
from typing import Iterator, Protocol


class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

    def __str__(self):
        return self.name.capitalize()


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(frozen=True, order=True)
class Sku:
    category: Category = field(compare=False)
    code: str


@dataclass
class Item:
    sku: Sku
    name: str
    price: float
    qty: int = 0
    tags: set[str] = field(default_factory=set)

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)


class Pricing(ABC):
    @abstractmethod
    def price(self, item: Item) -> float: ...

    def __call__(self, item):
        return self.price(item)


class Flat(Pricing):
    def price(self, item):
        return item.price


class Discount(Pricing):
    def __init__(self, pct):
        self.pct = pct

    def price(self, item):
        return round(item.price * (1 - self.pct / 100), 2)


class Reporter(Protocol):
    def report(self, line: str) -> None: ...


class Inventory:
    def __init__(self):
        self.items: dict[Sku, Item] = {}
        self.history = []

    def add(self, item):
        if item.sku in self.items:
            existing = self.items[item.sku]
            self.items[item.sku] = replace(existing, qty=existing.qty + item.qty)
        else:
            self.items[item.sku] = item
        self.history.append(("add", item.sku))

    def __iter__(self) -> Iterator[Item]:
        return iter(sorted(self.items.values(), key=operator.attrgetter("sku")))

    def by_category(self):
        groups = defaultdict(list)
        for it in self:
            groups[it.sku.category].append(it.name)
        return dict(groups)

    def snapshot(self):
        return copy.deepcopy(self.items)


inv = Inventory()
inv.add(Item(Sku(Category.TOOLS, "T-1"), "hammer", 9.99, 3, {"steel"}))
inv.add(Item(Sku(Category.FOOD, "F-1"), "apple", 0.5, 100))
inv.add(Item(Sku(Category.TOOLS, "T-1"), "hammer", 9.99, 2))
inv.add(Item(Sku(Category.TOYS, "Y-9"), "yoyo", 2.25, 7))
for it in inv:
    print(f"{it.sku.code:5} {it.name:8} {it.qty:4} {it.value:8.2f} {it.sku.category}")
print(inv.by_category())
snap = inv.snapshot()
snap[Sku(Category.FOOD, "F-1")].tags.add("fresh")
print(inv.items[Sku(Category.FOOD, "F-1")].tags, snap[Sku(Category.FOOD, "F-1")].tags)
for pricing in (Flat(), Discount(10)):
    total = sum(pricing(it) * it.qty for it in inv)
    print(type(pricing).__name__, round(total, 2), isinstance(pricing, Pricing))
urgent = {Priority.HIGH: [s.code for s in inv.items if s.category is Category.TOOLS]}
print(urgent, Priority.HIGH > Priority.LOW, sorted(Priority, reverse=True))
print(max(inv, key=operator.attrgetter("value")).name, len(inv.history), inv.history[-1][1])
print(Sku(Category.TOYS, "A") < Sku(Category.FOOD, "B"), Sku(Category.TOYS, "A") == Sku(Category.FOOD, "A"))
