# checks that genpy runs this program (gen_close1, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit!")
        raise
    finally:
        print("finally")
x = g()
print(next(x))
print(x.close())
print(x.close())
y = g()
y.close()
print(list(y))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RE", e)
