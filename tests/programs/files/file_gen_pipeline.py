# checks that genpy runs this program (file_gen_pipeline, from the second differential-testing corpus) exactly as CPython 3.11 does
import sys
with open("log.txt", "w") as f:
    for i in range(50):
        lvl = ["INFO", "WARN", "ERROR"][i % 7 % 3]
        f.write(f"{i:03d} {lvl} message number {i}\n")
def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")
def only(level, lines):
    return (l for l in lines if l.split()[1] == level)
def numbers(lines):
    for l in lines:
        yield int(l.split()[0])
errs = list(numbers(only("ERROR", read_lines("log.txt"))))
print(errs, sum(errs))
g = read_lines("log.txt")
print(next(g))
g.close()
with open("out.txt", "w") as out:
    n = out.write("abc\n")
    out.write("def")
print(n, open("out.txt").read().split("\n"))
with open("out.txt") as f:
    print(f.read(2), f.readline(), f.readline(), repr(f.readline()))
sys.stdout.write("written via sys.stdout\n")
