# checks state after close(): gi_frame is None, further send raises StopIteration
def gen():
    yield 1
    yield 2


g = gen()
next(g)
g.close()
print(g.gi_frame, g.gi_suspended, g.gi_running)
try:
    g.send(None)
except StopIteration as e:
    print("send after close: StopIteration", e.value)
try:
    g.throw(ValueError("after close"))
except ValueError as e:
    print("throw after close raises it as is:", e)
