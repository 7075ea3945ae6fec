# checks handling exceptions per item inside a generator so the stream goes on
def parse_all(texts):
    for t in texts:
        try:
            yield int(t)
        except ValueError as e:
            print("skipping:", e)


print(list(parse_all(["1", "x", "3", "4.5", "10"])))


def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
        finally:
            print("handled", a, b)


for r in safe_div([(1, 2), (1, 0), (9, 3)]):
    print("result", r)
