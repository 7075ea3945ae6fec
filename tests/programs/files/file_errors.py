# checks that genpy runs this program (file_errors, from the second differential-testing corpus) exactly as CPython 3.11 does
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FNF", e.errno, e.filename, isinstance(e, OSError))
try:
    with open("x.txt", "w") as f:
        f.write("hello")
        raise RuntimeError("mid-write")
except RuntimeError:
    pass
print(f.closed, open("x.txt").read())
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
f = open("x.txt")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
with open("empty.txt", "w"): pass
print(repr(open("empty.txt").read()), open("empty.txt").readlines())
try:
    open("x.txt", "q")
except ValueError as e:
    print("ValueError:", e)
