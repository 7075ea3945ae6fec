# checks that genpy runs this program (exc_finally_order, from the second differential-testing corpus) exactly as CPython 3.11 does
log = []
def f(n):
    try:
        log.append(f"try{n}")
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError(n)
        return "other"
    except ValueError:
        log.append("except")
        return "caught"
    else:
        log.append("else")
    finally:
        log.append(f"finally{n}")
print([f(i) for i in range(3)], log)
def g():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            log.append(i)
        finally:
            log.append(f"f{i}")
    return log[-6:]
print(g())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
