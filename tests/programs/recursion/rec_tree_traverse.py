# checks that genpy runs this program (rec_tree_traverse, from the second differential-testing corpus) exactly as CPython 3.11 does
class Node:
    def __init__(self, val, *children):
        self.val = val
        self.children = list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def breadth_first(self):
        level = [self]
        while level:
            yield [n.val for n in level]
            level = [c for n in level for c in n.children]
    def leaves(self):
        if not self.children:
            yield self.val
            return
        for c in self.children:
            yield from c.leaves()
t = Node(1, Node(2, Node(4), Node(5, Node(8))), Node(3, Node(6), Node(7, Node(9), Node(10))))
print(list(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(list(t.breadth_first()))
print(list(t.leaves()), sum(t), max(t), sorted(t, reverse=True)[:3])
