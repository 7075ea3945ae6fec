# checks that genpy runs this program (call_errors, from the first differential-testing corpus) exactly as CPython 3.11 does
def f(a, b, c=3, *, d): return a, b, c, d
try: f(1)
except TypeError as e: print(e)
try: f(1, 2, 3, 4)
except TypeError as e: print(e)
try: f(1, 2, d=1, e=2)
except TypeError as e: print(e)
try: f(1, 2, a=1, d=1)
except TypeError as e: print(e)
try: f(1, 2)
except TypeError as e: print(e)
def g(x): pass
try: g()
except TypeError as e: print(e)
try: g(1, 2)
except TypeError as e: print(e)
class C:
    def m(self, x): pass
try: C().m()
except TypeError as e: print(e)
try: C().m(1, 2)
except TypeError as e: print(e)
try: C(1)
except TypeError as e: print(e)
def h(*args, **kw): return args, kw
print(h(1, *[2, 3], x=1, **{"y": 2}))
print(f(*[1, 2], **{"d": 4}))
def po(a, b, /, c): return a, b, c
print(po(1, 2, c=3))
try: po(a=1, b=2, c=3)
except TypeError as e: print(e)
try: h(**{1: 2})
except TypeError as e: print(e)
try: f(1, 2, **{"d": 1}, d=2)
except TypeError as e: print(e)
