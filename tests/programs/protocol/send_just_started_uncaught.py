# checks the final line when send(non-None) to a just-started generator is not caught
def gen():
    yield 1


g = gen()
print("sending 5 before the first next")
g.send(5)
