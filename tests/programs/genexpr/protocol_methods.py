# checks send(None), throw and close on a generator expression
ge = (x * x for x in range(5))
print(ge.send(None))
print(next(ge))
print("a sent value is accepted and ignored:", ge.send("ignored"))
ge2 = (x for x in range(5))
print(next(ge2))
try:
    ge2.throw(ValueError("thrown into genexp"))
except ValueError as e:
    print("propagated:", e)
print(next(ge2, "closed by the exception"))
ge3 = (x for x in range(5))
print(next(ge3))
print(ge3.close())
print(next(ge3, "closed"))
fresh = (x for x in range(3))
try:
    fresh.send("x")
except TypeError as e:
    print("TypeError:", e)
