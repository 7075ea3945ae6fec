# checks that genpy runs this program (try_finally_flow, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    try:
        return 1
    finally:
        print("fin")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("else")
    return "done"
print(h())
def k():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(k())
def m():
    while True:
        try:
            break
        finally:
            print("m fin")
    return 5
print(m())
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
finally:
    print("fin ran")
for i in range(2):
    pass
else:
    print("for else", i)
while False:
    pass
else:
    print("while else")
