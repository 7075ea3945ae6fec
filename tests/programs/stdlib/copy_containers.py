import copy
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
dq = deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq))
dd = defaultdict(list, a=[1])
d2 = copy.deepcopy(dd); d2["a"].append(2); d2["b"].append(3)
print(dd, d2)
c = Counter("aab"); print(copy.copy(c), copy.deepcopy(c))
od = OrderedDict(a=1); print(copy.deepcopy(od))
P = namedtuple("P", "x y")
p = P(1, [2]); p2 = copy.deepcopy(p); p2.y.append(3)
print(p, p2, copy.copy(p) is p)
import types
ns = types.SimpleNamespace(a=[1]); ns2 = copy.deepcopy(ns); ns2.a.append(2)
print(ns, ns2)
class Node:
    def __init__(self, v): self.v = v; self.next = None
a = Node(1); b = Node(2); a.next = b; b.next = a
a2 = copy.deepcopy(a)
print(a2.next.next is a2, a2.next is not b, a2.v, a2.next.v)
print(copy.deepcopy({"k": (1, [2])}), copy.copy(range(3)), copy.deepcopy(3.5))
