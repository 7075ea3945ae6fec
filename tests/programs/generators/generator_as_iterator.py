# checks that a generator is its own iterator: iter(g) is g, and partial consumption continues
def letters():
    yield "a"
    yield "b"
    yield "c"
    yield "d"


g = letters()
print(iter(g) is g)
for ch in g:
    print("first loop", ch)
    if ch == "b":
        break
for ch in g:
    print("second loop continues", ch)
g2 = letters()
a, b = next(g2), next(g2)
print(a, b, list(g2))
print(list(zip(letters(), letters())))
it = letters()
print(list(zip(it, it)))
