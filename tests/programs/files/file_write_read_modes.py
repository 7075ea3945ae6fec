# checks that genpy runs this program (file_write_read_modes, from the first differential-testing corpus) exactly as CPython 3.11 does
f = open("t.txt", "w"); print(f.write("abc"), f.write("\n")); f.close()
with open("t.txt", "a") as f: f.write("def\n")
with open("t.txt", "r") as f: print(f.readlines())
with open("t.txt", "w") as f: f.writelines(["x\n", "y\n"])
with open("t.txt") as f: print(f.read().split())
with open("t.txt") as f:
    print(f.readline(), f.readline(), repr(f.readline()))
with open("t.txt") as f:
    print(next(f), list(f))
with open("unicode.txt", "w", encoding="utf-8") as f: f.write("héllo ☃\n")
with open("unicode.txt", encoding="utf-8") as f: print(f.read().strip(), len(open("unicode.txt").read()))
try:
    open("t.txt", "q")
except ValueError as e:
    print(e)
print(open("t.txt").name, open("t.txt").mode)
