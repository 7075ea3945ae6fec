# checks that genpy runs this program (cls_recursive_repr, from the second differential-testing corpus) exactly as CPython 3.11 does
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"k": 1}
d["self"] = d
print(d)
class Node:
    def __init__(self, v): self.v = v; self.next = None
    def __repr__(self): return f"Node({self.v})"
n1, n2 = Node(1), Node(2)
n1.next = n2; n2.next = n1
print(n1, n1.next.next, [n1, n2])
l = []
l.append([l, l])
print(l)
