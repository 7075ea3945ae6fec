# checks that the walrus operator binds in conditions, while loops and comprehensions
def chunks():
    yield "ab"
    yield "cde"
    yield ""
    yield "never"


g = chunks()
while (chunk := next(g)):
    print("chunk", chunk, len(chunk))
print("after loop, chunk =", repr(chunk))
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
