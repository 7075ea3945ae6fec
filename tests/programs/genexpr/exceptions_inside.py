# checks exceptions raised while evaluating a genexp surface on the next() that computes them
values = [2, 1, 0, 5]
ge = (10 // v for v in values)
print(next(ge), next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(ge, "genexp finished after the error"))
keys = ["a", "b"]
d = {"a": 1}
try:
    print(sum(d[k] for k in keys))
except KeyError as e:
    print("KeyError:", e)
try:
    print(list(int(s) for s in ["1", "two"]))
except ValueError as e:
    print("ValueError:", e)
