# checks that genpy runs this program (coro_broadcast, from the second differential-testing corpus) exactly as CPython 3.11 does
def sink(name, store):
    while True:
        item = yield
        store.setdefault(name, []).append(item)
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
store = {}
s1 = sink("even", store); next(s1)
s2 = sink("big", store); next(s2)
s3 = sink("all", store); next(s3)
f1 = filt(lambda x: x % 2 == 0, s1); next(f1)
f2 = filt(lambda x: x > 5, s2); next(f2)
b = broadcast([f1, f2, s3]); next(b)
for i in range(10):
    b.send(i)
for k in sorted(store):
    print(k, store[k])
