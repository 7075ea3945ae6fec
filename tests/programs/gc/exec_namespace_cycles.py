import gc
class Probe:
    alive = 0
    def __init__(self): Probe.alive += 1
    def __del__(self): Probe.alive -= 1
for i in range(200):
    ns = {"Probe": Probe}
    exec("p = Probe()\ndef f():\n    return p\n", ns)
    del ns
gc.collect()
print("alive after collect:", Probe.alive)
def make():
    ns = {}
    exec("def helper():\n    return helper\n", ns)
    return ns["helper"]
h = make()
print(h() is h, h.__globals__["helper"] is h)
del h
print(gc.collect() >= 0)
