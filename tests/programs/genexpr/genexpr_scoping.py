# checks that genpy runs this program (genexpr_scoping, from the first differential-testing corpus) exactly as CPython 3.11 does
x = [1, 2, 3]
g = (i * 2 for i in x)
x = [10]
print(list(g))
try:
    g2 = (i for i in 5)
except TypeError as e:
    print("eager", e)
def lazy():
    print("lazy called"); return [1]
g3 = (a + b for a in [1, 2] for b in lazy())
print("created")
print(list(g3))
class C:
    n = 5
    try:
        g = list(n + i for i in range(2))
    except NameError as e:
        print("NameError", e)
g4 = (1/x for x in [1, 0])
print(next(g4))
try: next(g4)
except ZeroDivisionError as e: print(e)
print(list(g4))
g5 = (x for x in range(3)); next(g5); print(g5.send(None)); g5.close(); print(list(g5))
