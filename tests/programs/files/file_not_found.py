# checks FileNotFoundError's message and errno-style args when opening a missing file for reading
try:
    open("genpy_definitely_missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(isinstance(e, OSError), e.args)
try:
    with open("missing_dir/genpy_missing.txt", "r") as f:
        pass
except OSError as e:
    print(type(e).__name__, e)


def lines(path):
    with open(path) as f:
        yield from f


g = lines("genpy_also_missing.txt")
print("generator created; the file is opened on first next")
try:
    next(g)
except FileNotFoundError as e:
    print("caught from generator:", e)
