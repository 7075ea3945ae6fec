# except*: each clause gets the matching part of a group (nesting kept), naked
# exceptions wrapped, unhandled parts and bare re-raises escape as the original group,
# new exceptions join them in a new group, the type checks, else/finally, loops,
# nested try statements, sys.exception() inside a clause, the name cleared after.
def check(label, f):
    print("--", label)
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("VE", repr(e), e.exceptions)
    except* TypeError as e:
        print("TE", repr(e))
check("all handled", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as e:
        print("VE", repr(e))
check("rest escapes", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught as", repr(e), type(e).__name__)
check("naked", t3)

def t4():
    try:
        raise KeyError("naked")
    except* ValueError as e:
        print("not here")
check("naked no match", t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
check("bare raise", t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
check("new exception", t6)

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new1")
    except* TypeError:
        raise RuntimeError("new2")
check("two new", t7)

def t8():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
check("nested", t8)

def t9():
    try:
        x = 1
    except* ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
check("no exception", t9)

def t10():
    try:
        raise ValueError(1)
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))
check("tuple", t10)

def t11():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
check("EG type", t11)

def t12():
    try:
        raise ValueError(1)
    except* int:
        pass
check("int type", t12)

def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        import sys
        print(sys.exc_info()[1] is e, repr(sys.exception()))
    print("after")
check("exc_info", t13)

def t14():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, repr(e))
        print("after try", i)
check("loop", t14)

def t15():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        1 / 0
check("error in handler with context", t15)
def t16():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner VE")
    except* TypeError as e:
        print("outer TE", repr(e))
    except* KeyError as e:
        print("outer KE", repr(e))
check("nested try", t16)
def t17():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    print(repr(e) if 'e' in dir() else 'e cleared')
check("name cleared", t17)
