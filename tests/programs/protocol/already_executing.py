# checks ValueError: generator already executing when a generator resumes itself
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield 2
    me.send(None)
    yield 3


me = selfish()
print(next(me))
print(next(me))
try:
    next(me)
except ValueError as e:
    print("escaped ValueError:", e)
print(next(me, "finished by the error"))
