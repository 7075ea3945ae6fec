# checks that genpy runs this program (rec_graph_paths, from the second differential-testing corpus) exactly as CPython 3.11 does
graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["E", "F"],
    "D": ["G"],
    "E": ["G", "F"],
    "F": ["G"],
    "G": [],
}
def all_paths(g, start, end, path=()):
    path = path + (start,)
    if start == end:
        yield path
        return
    for nxt in g[start]:
        if nxt not in path:
            yield from all_paths(g, nxt, end, path)
def topo(g):
    seen = set()
    order = []
    def visit(n):
        if n in seen:
            return
        seen.add(n)
        for m in g[n]:
            visit(m)
        order.append(n)
    for n in sorted(g):
        visit(n)
    return order[::-1]
paths = list(all_paths(graph, "A", "G"))
for p in sorted(paths, key=lambda p: (len(p), p)):
    print("->".join(p))
print(len(paths), topo(graph))
def bfs(g, s):
    dist = {s: 0}
    frontier = [s]
    while frontier:
        nxt = []
        for u in frontier:
            for v in g[u]:
                if v not in dist:
                    dist[v] = dist[u] + 1
                    nxt.append(v)
        frontier = nxt
    return dist
print(bfs(graph, "A"))
