# checks that genpy runs this program (send_nonnone, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    x = yield 1
    print(x)
gg = g()
try:
    gg.send(3)
except TypeError as e:
    print(e)
print(next(gg))
try:
    gg.send(7)
except StopIteration:
    print("stop")
