# checks gi_running, gi_suspended, gi_frame, gi_code.co_name, __name__ and __qualname__
def outer():
    def inner_gen(n):
        print("running inside:", g.gi_running, g.gi_suspended)
        total = n
        yield total
        total += 1
        yield total
    return inner_gen


g = outer()(10)
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print("created:", g.gi_running, g.gi_suspended, g.gi_frame is None)
print(next(g))
print("suspended:", g.gi_running, g.gi_suspended, g.gi_frame is None)
print(next(g))
print(list(g))
print("finished:", g.gi_running, g.gi_suspended, g.gi_frame)
print(repr(g).startswith("<generator object outer.<locals>.inner_gen at 0x"))


class K:
    def method_gen(self):
        yield


m = K().method_gen()
print(m.__name__, m.__qualname__, m.gi_code.co_name)
print((x for x in []).__name__, (x for x in []).__qualname__)
