from __future__ import annotations
from dataclasses import dataclass, field

@dataclass
class Node:
    val: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

n = Node(1)
n.children.append(Node(2, parent=n))
print(Node.__annotations__)
print(n.children[0].val)
