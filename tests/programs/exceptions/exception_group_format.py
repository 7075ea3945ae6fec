# traceback.format_exception and print_exception of exception groups: the width limit
# of 15 members, the depth limit, notes inside boxes, a group raised while handling.
import traceback
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])
e = deep(12)
print("".join(traceback.format_exception(e)), end="")
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError("v")])
except ExceptionGroup as e:
    e.add_note("a note")
    e.exceptions[0].add_note("leaf note")
    traceback.print_exception(e)
print(traceback.format_exception_only(ExceptionGroup("x", [ValueError(1)])))
import sys
traceback.print_exception(ExceptionGroup("to stdout", [KeyError("k")]), file=sys.stdout)
