# A generator is single-pass: a second loop over it runs no rounds, list() and
# sum() of it are empty, and nothing is reported (genpy says so only under
# -X warn-exhausted).
def numbers():
    yield 1
    yield 2


g = numbers()
print(list(g))
for x in g:
    print("never", x)
print(list(g), sum(g), next(g, "done"))
fresh = numbers()
print(sum(fresh), sum(fresh))
