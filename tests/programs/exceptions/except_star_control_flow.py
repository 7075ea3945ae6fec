# except* in realistic control flow: yield inside a clause, a clause raising under
# finally, except* nested in a clause, break in a loop inside a clause, groups of
# BaseExceptions, and a worker pool sorting its failures by kind.
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield "in handler " + repr(e)
    except* KeyError as e:
        yield "key " + repr(e)
    yield "end"
print(list(gen()))

def fin():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise TypeError("from handler")
        finally:
            print("finally")
    except TypeError as e:
        print("caught", repr(e), repr(e.__context__))
fin()

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1)])
    except* ValueError as outer:
        try:
            raise ExceptionGroup("inner", [KeyError(2), TypeError(3)])
        except* KeyError as inner:
            print("inner", repr(inner), repr(outer))
        except* TypeError:
            print("inner type")
    print("done nested")
nested()

def with_return():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            for j in range(5):
                if j == 2:
                    break
            print("handled", i, j)
    return "ok"
print(with_return())

try:
    raise ExceptionGroup("bases", [KeyboardInterrupt(), ValueError()])
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise BaseExceptionGroup("bases", [KeyboardInterrupt(), ValueError()])
    except* ValueError:
        print("value part")
except* KeyboardInterrupt as k:
    print("kb part", repr(k), type(k).__name__)

class Cancel(Exception):
    pass
def worker(n):
    if n == 2:
        raise Cancel(n)
    if n % 2:
        raise ValueError(n)
    return n
results, errors = [], []
for n in range(5):
    try:
        results.append(worker(n))
    except Exception as e:
        errors.append(e)
try:
    if errors:
        raise ExceptionGroup("workers", errors)
except* Cancel as c:
    print("cancelled:", [e.args for e in c.exceptions])
except* ValueError as v:
    print("values:", [e.args for e in v.exceptions])
print(results)
