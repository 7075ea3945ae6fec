# checks that genpy runs this program (rec_hanoi_gen, from the second differential-testing corpus) exactly as CPython 3.11 does
def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(4, "L", "R", "M"))
print(len(moves))
for m in moves[:5]:
    print("move disk %d from %s to %s" % m)
pegs = {"L": list(range(4, 0, -1)), "M": [], "R": []}
for disk, s, d in hanoi(4, "L", "R", "M"):
    assert pegs[s][-1] == disk
    pegs[d].append(pegs[s].pop())
print(pegs)
