# checks that genpy runs this program (file_modes_seek, from the second differential-testing corpus) exactly as CPython 3.11 does
with open("f.txt", "w", encoding="utf-8") as f:
    f.write("line one\nline two\nline three\n")
with open("f.txt", "r+") as f:
    first = f.readline()
    pos = f.tell()
    f.seek(0)
    again = f.readline()
    print(repr(first), pos, first == again)
    f.seek(0, 2)
    f.write("line four\n")
print(open("f.txt").read().count("\n"))
with open("f.txt", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
s = open("u.txt", encoding="utf-8").read()
print(len(s), s.upper(), s.encode("utf-8") if False else "")
with open("x.txt", "x") as f:
    f.write("exclusive")
try:
    open("x.txt", "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
