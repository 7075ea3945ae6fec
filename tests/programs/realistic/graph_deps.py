from graphlib import TopologicalSorter, CycleError

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "six"], "tests": ["app"], "core": []}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))

def build_in_waves(graph):
    ts = TopologicalSorter(graph)
    ts.prepare()
    wave = 0
    while ts.is_active():
        ready = ts.get_ready()
        wave += 1
        yield wave, sorted(ready)
        ts.done(*ready)

for wave, nodes in build_in_waves(deps):
    print(wave, nodes)
t = TopologicalSorter()
t.add(3, 2, 1); t.add(2, 0); t.add(1, 0)
print(tuple(t.static_order()))
cyc = TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
try:
    cyc.prepare()
except CycleError as e:
    print("CycleError:", e.args[0], e.args[1], isinstance(e, ValueError))
t2 = TopologicalSorter({1: [2]})
try:
    t2.get_ready()
except ValueError as e:
    print(e)
t2.prepare()
try:
    t2.done(1)
except ValueError as e:
    print(e)
print(t2.get_ready(), bool(t2))
t2.done(2)
try:
    t2.done(2)
except ValueError as e:
    print(e)
try:
    t2.add(5)
except ValueError as e:
    print(e)
try:
    t2.done(9)
except ValueError as e:
    print(e)
self_loop = TopologicalSorter({"x": ["x"]})
try:
    list(self_loop.static_order())
except CycleError as e:
    print(e.args)
for g in [{"a": ["b", "c"], "b": ["d"], "c": ["b"], "d": ["c"]}, {None: [0], 0: [1], 1: [None]}, {5: [4, 3], 4: [3], 3: [6], 6: [4]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(e.args[1])
print(list(TopologicalSorter({None: [1], 2: [None]}).static_order()))
