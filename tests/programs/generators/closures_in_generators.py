# checks closures created inside generators capture the generator's variables
def make_callbacks():
    for i in range(3):
        yield lambda: i * 10


callbacks = []
for cb in make_callbacks():
    print("call while suspended", cb())
    callbacks.append(cb)
print("call after finish", [cb() for cb in callbacks])


def counter_gen():
    count = 0

    def bump(n):
        nonlocal count
        count += n
    while count < 10:
        bump(3)
        yield count


print(list(counter_gen()))


def scaler(factor):
    def gen(values):
        for v in values:
            yield v * factor
    return gen


triple = scaler(3)
print(list(triple([1, 2, 3])))
