# checks that genpy runs this program (print_kwargs, from the first differential-testing corpus) exactly as CPython 3.11 does
print(1, 2, 3, sep="")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" continued")
print()
print(*range(5), sep=", ", end=".\n")
print("x", flush=True)
print(end="")
print("", end="\n")
print([], {}, (), "", sep="|")
print(None, True, 1.0, -0.0)
try:
    print("a", sep=5)
except TypeError as e:
    print(e)
import sys
print("to stdout", file=sys.stdout)
