# checks that genpy runs this program (scope_rules, from the second differential-testing corpus) exactly as CPython 3.11 does
x = "global"
def read_global():
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
def nested():
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    inner(); inner()
    return y
print(read_global(), nested())
unbound()
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
    def m(self): return a if "a" in globals() else "no a"
print(K.c, K().m())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(counter_gen()))
def del_var():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_var())
for i in range(3): pass
print(i)
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
