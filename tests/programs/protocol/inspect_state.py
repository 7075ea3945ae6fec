# checks that genpy runs this program (inspect_state, from the first differential-testing corpus) exactly as CPython 3.11 does
import inspect
def g():
    print(inspect.getgeneratorstate(me))
    yield 1
me = g()
print(inspect.getgeneratorstate(me))
next(me)
print(inspect.getgeneratorstate(me))
try: next(me)
except StopIteration: pass
print(inspect.getgeneratorstate(me))
print(me.gi_running, me.gi_frame, me.__name__, me.__qualname__, me.gi_code.co_name)
class C:
    def gen(self):
        yield self
print(C().gen().__qualname__)
