# Freeing a deeply nested structure must not overflow the stack: the last reference
# to a list nested a million levels deep, and to long chains of tuples, dicts and
# instances (a linked list), goes without recursing once per level.
a = []
for _ in range(10**6):
    a = [a]
a = None
print("list freed")

t = ()
for _ in range(100000):
    t = (t, 1)
del t
print("tuple freed")

d = {}
for _ in range(100000):
    d = {"next": d}
d = 0
print("dict freed")


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
for _ in range(100000):
    head = Node(head)
head = None
print("linked list freed")
