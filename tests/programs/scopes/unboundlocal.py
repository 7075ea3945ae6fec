# checks that genpy runs this program (unboundlocal, from the first differential-testing corpus) exactly as CPython 3.11 does
x = 5
def f():
    print(x)
    x = 3
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    del y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
def h():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        print(e)
    z = 1
h()
