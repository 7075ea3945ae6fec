# checks that genpy runs this program (obj_as_keys, from the first differential-testing corpus) exactly as CPython 3.11 does
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Node({self.name})"
a, b = Node("a"), Node("b")
seen = {a, b, a}
print(len(seen), a in seen, Node("a") in seen)
graph = {a: [b], b: []}
print(graph[a], len(graph))
visited = set()
def dfs(n):
    if n in visited: return
    visited.add(n); print("visit", n)
    for m in graph[n]: dfs(m)
dfs(a)
print({None: 1, (1, 2): 2, "s": 3, 1.5: 4, frozenset([1]): 5}[(1, 2)])
