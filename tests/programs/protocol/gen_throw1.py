# checks that genpy runs this program (gen_throw1, from the first differential-testing corpus) exactly as CPython 3.11 does
class MyErr(Exception): pass
def g():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except MyErr as e:
            print("caught", repr(e))
            yield "recovered"
it = g()
print(next(it))
print(it.send(5))
print(it.throw(MyErr("boom")))
print(next(it))
print(it.throw(MyErr))
try:
    it.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(it.gi_frame)
