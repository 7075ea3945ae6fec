# checks that genpy runs this program (gen_finalize, from the first differential-testing corpus) exactly as CPython 3.11 does
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
for x in g("a"):
    print(x)
    break
print("after break")
h = g("b"); next(h); h = None
print("after rebind")
k = g("c"); next(k); del k
print("after del")
def user():
    z = g("d"); next(z)
    print("leaving user")
user()
print("after user")
keep = g("e"); next(keep)
print("end of program")
