# checks if/elif/else branch selection and truthiness of common values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 3, 42]:
    print(n, classify(n))
for value in [0, 1, "", "a", [], [0], {}, None, 0.0, (), range(0), range(1)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")


def gen():
    yield 1


if gen():
    print("a generator object is truthy even before it runs")
