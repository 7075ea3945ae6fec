# checks that genpy runs this program (queue_bfs, from the first differential-testing corpus) exactly as CPython 3.11 does
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen = {start}; queue = [start]
    while queue:
        node = queue.pop(0)
        yield node
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt); queue.append(nxt)
print(list(bfs("a")))
def paths(node, target, path=()):
    path = path + (node,)
    if node == target:
        yield path
    for n in graph[node]:
        yield from paths(n, target, path)
print(list(paths("a", "f")))
print(min(paths("a", "f"), key=len), sum(1 for _ in paths("a", "f")))
