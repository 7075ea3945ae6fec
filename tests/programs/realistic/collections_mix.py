from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import heapq
import bisect
import operator

Point = namedtuple("Point", "x y", defaults=[0])
Job = namedtuple("Job", ["prio", "name"])
print(Point(1), Point(1, 2)._replace(y=5), Point._make([3, 4])._asdict(), Point._fields, Point._field_defaults)
print(Job(1, "a") < Job(1, "b"), sorted([Job(3, "c"), Job(1, "z")]), {Point(1, 2): "p"}[Point(1, 2)])
x, y = Point(7, 8); print(x + y, Point(1, 2) == (1, 2), repr(Point), hash(Point(1, 2)) == hash((1, 2)))
d = deque(range(5), maxlen=5)
d.append(5); d.appendleft(-1); d.rotate(2); print(d, d[0], d[-1], d.maxlen, len(d))
d.extendleft("ab"); print(d, d.count("a"), d.index(1) if 1 in d else None)
print(deque(), repr(deque([1], maxlen=3)), list(reversed(deque([1, 2, 3]))))
window = deque(maxlen=3)
def moving_avg(seq):
    for v in seq:
        window.append(v)
        yield round(sum(window) / len(window), 3)
print(list(moving_avg([3, 5, 8, 1, 9, 2])))
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
print(graph, dict(graph), graph["zz"], len(graph))
def bfs(start):
    seen, q = {start}, deque([start])
    while q:
        n = q.popleft()
        yield n
        for m in graph[n]:
            if m not in seen:
                seen.add(m); q.append(m)
print(list(bfs("a")))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:6], c.total())
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2, b=3), +Counter(a=-1, b=2))
c.update("aaz"); c.subtract({"b": 5}); print(c, c.most_common()[-1])
print(Counter({"x": 2}) == Counter(x=2), repr(Counter()), Counter(["a", "b", "a"]).keys())
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False); print(od, od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], dict(cm.parents))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, (-v, str(v)))
print([heapq.heappop(h)[1] for _ in range(3)], heapq.nlargest(3, [4, 1, 7, 3], key=lambda v: -v), heapq.nsmallest(2, "hello"))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "dd"], ["aaa", "c"], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
hp = [3, 1, 2]; heapq.heapify(hp); print(hp, heapq.heapreplace(hp, 0), heapq.heappushpop(hp, 10), hp)
grades = "FDCBA"; cuts = [60, 70, 80, 90]
print([grades[bisect.bisect(cuts, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
sl = []; [bisect.insort(sl, v) for v in [5, 2, 8, 2]]; print(sl, bisect.bisect_left(sl, 2), bisect.bisect_right(sl, 2))
print(bisect.bisect_left([("a", 1), ("c", 3)], "b", key=operator.itemgetter(0)))
print(sorted([{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}], key=operator.itemgetter("a", "n")))
f = operator.attrgetter("x", "y"); print(f(Point(3, 4)), operator.methodcaller("upper")("abc"), operator.itemgetter(slice(1, 3))("abcd"))
