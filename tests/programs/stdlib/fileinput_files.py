# fileinput over several files (one empty, one without a final newline): names and
# line numbers as the lines stream by, nextfile, the module-level functions and
# their RuntimeErrors, openhook, a missing file (found only when reached).
import fileinput

for name, text in (("fileinput_a.txt", "a1\na2\n"), ("fileinput_empty.txt", ""),
                   ("fileinput_b.txt", "b1\nb2\nb3")):
    with open(name, "w") as f:
        f.write(text)
files = ["fileinput_a.txt", "fileinput_empty.txt", "fileinput_b.txt"]

fi = fileinput.FileInput(files)
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin())
for line in fi:
    print(repr(line), fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline())
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.fileno())

with fileinput.input(files=("fileinput_a.txt", "fileinput_b.txt")) as f:
    for line in f:
        if f.isfirstline():
            print("first line of", f.filename())
        if line.startswith("a1"):
            f.nextfile()
            print("after nextfile:", f.filename(), f.lineno(), f.filelineno())
print(fileinput.lineno(), fileinput.filename())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError:", e)
for line in fileinput.input("fileinput_a.txt"):
    print(fileinput.lineno(), fileinput.filelineno(), line.strip())
stream = fileinput.input(files)
print(next(stream), end="")
try:
    fileinput.input(files)
except RuntimeError as e:
    print("RuntimeError:", e)
print(stream.readline(), end="")
fileinput.close()
lines = fileinput.FileInput("fileinput_b.txt", openhook=lambda name, mode: open(name, mode))
print(list(lines), list(fileinput.input([])))
lazy = fileinput.FileInput(["fileinput_a.txt", "missing.txt"])
print("created; nothing opened yet:", lazy.filename())
try:
    for line in lazy:
        print("read", repr(line))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
