from dataclasses import dataclass, field, fields
class A:
    x: int | None = None
    y: list[int] = []
    z: dict[str, int | None]
    w: "A | None"
print(A.__annotations__["x"], A.__annotations__["w"])
print(int | None, int | str | None, (int | str) | float, int | int, str | A, type(int | str).__name__)
print((int | None).__args__, int | str == str | int, hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str))
@dataclass
class Node:
    val: int
    next: "Node | None" = None
    tags: list[str] | None = None
print(Node(1, Node(2)), [f.type for f in fields(Node)][0])
try:
    None | None
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
