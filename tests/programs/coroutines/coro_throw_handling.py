# checks that genpy runs this program (coro_throw_handling, from the second differential-testing corpus) exactly as CPython 3.11 does
class Retry(Exception): pass
class Abort(Exception): pass
def job():
    attempts = 0
    while True:
        try:
            attempts += 1
            yield f"attempt {attempts}"
            return "ok"
        except Retry as r:
            print("retrying:", r)
            continue
        except Abort:
            print("aborting")
            raise
j = job()
print(next(j))
print(j.throw(Retry("net")))
print(j.throw(Retry("disk")))
try:
    j.throw(Abort("stop"))
except Abort as e:
    print("caught", type(e).__name__, e)
print(list(j))
j2 = job()
print(next(j2))
try:
    j2.send(None)
except StopIteration as e:
    print("value", e.value)
