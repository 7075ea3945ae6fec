def g():
    yield 1


a = g()
try:
    a.throw(ValueError("early"))
except ValueError as e:
    print("caught", e)
b = g()
b.close()
print(next(a, "a is finished"))
