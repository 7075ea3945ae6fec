# checks the final line when a StopIteration leaks out of a generator uncaught
def gen():
    it = iter([1])
    while True:
        yield next(it)


for v in gen():
    print(v)
