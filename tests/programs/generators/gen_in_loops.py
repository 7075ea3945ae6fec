# checks that genpy runs this program (gen_in_loops, from the first differential-testing corpus) exactly as CPython 3.11 does
def numbers():
    n = 0
    while True:
        n += 1
        if n % 2:
            continue
        if n > 10:
            return
        yield n
print(list(numbers()))
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            yield i
            break
    else:
        yield -1
print(list(search("abc", "b")), list(search("abc", "z")))
def nested():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested()))
def tryloop():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"err{e}"
        finally:
            yield f"fin{i}"
print(list(tryloop()))
