# An exception while a module runs: the import fails, the module is not kept in
# sys.modules, and the next import runs it again.
import sys

for attempt in range(2):
    try:
        import explodes
    except ZeroDivisionError as e:
        print(attempt, "ZeroDivisionError:", e, "explodes" in sys.modules)
import explodes_uncaught
