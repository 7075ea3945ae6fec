count = 3
f(a "b")
