# checks yield from does not pre-fetch: each value flows through all levels on demand
def source():
    for i in range(3):
        print("source", i)
        yield i


def relay(name, gen):
    print(name, "starts relaying")
    yield from gen
    print(name, "finished relaying")


g = relay("outer", relay("inner", source()))
print("built")
for v in g:
    print("consumer", v)
