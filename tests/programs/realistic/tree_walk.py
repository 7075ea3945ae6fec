from typing import Iterator, Optional, Generic, TypeVar
from dataclasses import dataclass, field

T = TypeVar("T")

@dataclass
class Node(Generic[T]):
    value: T
    children: list["Node[T]"] = field(default_factory=list)

    def add(self, *values: T) -> "Node[T]":
        for v in values:
            self.children.append(Node(v))
        return self

def preorder(node: Node[T]) -> Iterator[T]:
    yield node.value
    for c in node.children:
        yield from preorder(c)

def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value

def paths(node, prefix=()):
    here = prefix + (node.value,)
    if not node.children:
        yield "/".join(map(str, here))
    for c in node.children:
        yield from paths(c, here)

def depth_count(node):
    total = 1
    for c in node.children:
        total += yield from depth_count(c)
    yield (node.value, total)
    return total

root = Node("root")
root.add("a", "b")
root.children[0].add("a1", "a2")
root.children[1].add("b1")
root.children[0].children[1].add("x")
print(list(preorder(root)))
print(list(postorder(root)))
for p in paths(root):
    print(p)
g = depth_count(root)
print(list(g))
print(Node(1))
print(Node[int], T, Generic)
print(Node.__annotations__)
