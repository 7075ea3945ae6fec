# checks recursive traversal with yield from over a nested structure, lazily
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children


def walk(node, depth=0):
    print("  " * depth + "visit", node.value)
    yield node.value
    for child in node.children:
        yield from walk(child, depth + 1)


tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
gen = walk(tree)
print("first two:", next(gen), next(gen))
print("rest:", list(gen))


def depth_sum(node):
    total = node.value
    for child in node.children:
        total += yield from depth_sum(child)
    yield f"sum under {node.value} = {total}"
    return total


for line in depth_sum(tree):
    print(line)
