# checks that genpy runs this program (gen_running_attr, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    print("running inside:", me.gi_running)
    yield
me = g()
print(me.gi_running)
next(me)
print(me.gi_running, me.gi_suspended)
