# checks that send(v) becomes the value of the yield expression and send(None) is next()
def recorder():
    log = []
    while True:
        item = yield len(log)
        print("received", repr(item))
        log.append(item)
        if item == "stop":
            return log


g = recorder()
print("first next ->", next(g))
print("send a ->", g.send("a"))
print("send None ->", g.send(None))
print("next ->", next(g))
print("send 42 ->", g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
try:
    g.send("late")
except StopIteration as e:
    print("send to finished generator: StopIteration", e.args)
