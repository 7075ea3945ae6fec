# checks that genpy runs this program (gen_send_protocol_edge, from the second differential-testing corpus) exactly as CPython 3.11 does
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo received", received)
e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
try:
    e2 = echo()
    e2.send("x")
except TypeError as ex:
    print("TypeError:", ex)
del e2
print(next(e))
e.close()
e.close()
def running():
    yield g.gi_running
g = running()
print(next(g))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as ex:
    print("ValueError:", ex)
