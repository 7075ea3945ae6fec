import timeit, keyword
t = timeit.timeit("sum(x for x in range(100))", number=100)
print(type(t).__name__, t > 0)
print(len(timeit.repeat("[i*2 for i in range(10)]", setup="import math", repeat=3, number=10)))
def f(): return sum(range(10))
print(timeit.timeit(f, number=5) >= 0, timeit.Timer("x+1", "x=1").timeit(10) >= 0)
print(timeit.timeit("y", globals={"y": 1}, number=3) >= 0)
print(keyword.iskeyword("yield"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
try:
    timeit.timeit("1 +", number=1)
except SyntaxError as e:
    print("SyntaxError", e.msg)
