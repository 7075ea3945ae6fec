# checks that genpy runs this program (rec_nqueens, from the second differential-testing corpus) exactly as CPython 3.11 does
def queens(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or row - c in d1 or row + c in d2:
            continue
        yield from queens(n, row + 1, cols + (c,), d1 + (row - c,), d2 + (row + c,))
for n in range(1, 9):
    print(n, sum(1 for _ in queens(n)))
first = next(queens(8))
for c in first:
    print("".join("Q" if i == c else "." for i in range(8)))
