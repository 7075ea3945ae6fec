# checks that genpy runs this program (gen_send_throw_finished, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield 1
x = g(); list(x)
try:
    x.send(1)
except StopIteration as e:
    print("send finished", repr(e))
try:
    next(x)
except StopIteration:
    print("next finished")
x.close()
y = g(); y.close()
try:
    y.throw(ValueError("after close"))
except ValueError as e:
    print("throw closed", e)
def h():
    try:
        yield 1
    except ValueError:
        return "handled"
z = h(); next(z)
try:
    z.throw(ValueError)
except StopIteration as e:
    print("throw->return", e.value)
