class Job:
    pass


def worker(jobs):
    for j in jobs:
        yield j


def pool():
    parts = (worker([Job()]), worker([]))
    yield from parts[0]


p = pool()
print(type(next(p)).__name__)
