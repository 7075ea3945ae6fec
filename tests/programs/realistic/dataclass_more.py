from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, fields, replace, make_dataclass
import dataclasses
from typing import Optional, List

@dataclass
class Base:
    id: int
    tags: List[str] = field(default_factory=list)

@dataclass
class Item(Base):
    name: str = "item"
    price: float = 0.0
    def total(self, qty): return self.price * qty

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

@dataclass(slots=True)
class Slim:
    x: int
    y: int = 5

@dataclass(unsafe_hash=True)
class Key:
    k: str
    v: int = field(default=0, hash=False, compare=False)

@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 1
    result: int = field(init=False)
    def __post_init__(self, scale):
        self.result = self.base * scale

@dataclass
class Tree:
    label: str
    kids: List["Tree"] = field(default_factory=list)
    parent: Optional["Tree"] = field(default=None, repr=False, compare=False)

it = Item(1, ["a"], "pen", 2.5)
print(it, it.total(4), Item(2), asdict(it), astuple(Item(3, name="x")))
print([f.name for f in fields(Item)], Item.__match_args__, Opts(level=3), Mixed(1, c=9))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
s = Slim(1); print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a", 1) == Key("a", 2), {Key("q"): 1})
w = WithInit(3, 4); print(w, WithInit(2))
root = Tree("root"); child = Tree("c", parent=root); root.kids.append(child)
print(root, root == Tree("root", [Tree("c")]))
print(asdict(Tree("x", [Tree("y")])))
P = make_dataclass("P", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(P(3, -4), P(3, -4).norm(), P.__name__)
print(replace(it, price=9.0), dataclasses.fields(w)[0].type, Item.__dataclass_fields__["name"].default)
try:
    replace(w, result=5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
vs = sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)])
print(vs, max(vs), Ver(1) < Ver(1, 1), Ver(1) <= Ver(1))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    Ver(1).major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Item.__eq__(it, 3), Item(1) == Base(1))
print(repr(field(default=1))[:6])
