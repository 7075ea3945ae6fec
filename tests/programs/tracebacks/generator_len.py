# len() of a generator: CPython's TypeError (genpy adds a help line saying
# generators are lazy and single-pass).
def squares(n):
    for i in range(n):
        yield i * i


gen = squares(4)
print("made", type(gen).__name__)
print(len(gen))
