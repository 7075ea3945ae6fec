# checks sys.argv (no extra arguments), recursion limit get/set and sys.stdout.write
import sys

print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith("sys_basics.py"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")


def lines():
    yield "gen line 1\n"
    yield "gen line 2\n"


for line in lines():
    sys.stdout.write(line)
print("interleaves with print")
