# An uncaught ExceptionGroup as the direct cause of another exception: the group is
# drawn in boxes (members with their own tracebacks, a nested group) above the chain.
def f():
    raise ValueError("bad value")

def g():
    errors = []
    for i in range(2):
        try:
            if i == 0:
                f()
            else:
                {}["k"]
        except Exception as e:
            errors.append(e)
    errors.append(TypeError("plain"))
    raise ExceptionGroup("batch failed", [*errors, ExceptionGroup("nested", [OSError(2, "x"), ZeroDivisionError()])])

try:
    g()
except ExceptionGroup as eg:
    raise RuntimeError("wrapper") from eg
