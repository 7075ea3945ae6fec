# pipeline5: a five-stage string-parsing generator pipeline (produce, strip, split,
# convert, filter) summed by a consumer.
N = 400000


def produce(n):
    for i in range(n):
        yield f"  {i % 7},{i % 13},item{i % 101},{i * 3 % 1000}  "


def strip(src):
    for s in src:
        yield s.strip()


def fields(src):
    for s in src:
        yield s.split(",")


def convert(src):
    for a, b, name, v in src:
        yield int(a), int(b), name, int(v)


def keep(src):
    for a, b, name, v in src:
        if a + b > 5:
            yield name, v


def main():
    total = 0
    names = {}
    for name, v in keep(convert(fields(strip(produce(N))))):
        total += v
        names[name] = names.get(name, 0) + 1
    print("pipeline5", total, len(names), max(names.values()))


main()
