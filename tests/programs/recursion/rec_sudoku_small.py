# checks that genpy runs this program (rec_sudoku_small, from the second differential-testing corpus) exactly as CPython 3.11 does
def solve(board):
    for i in range(16):
        if board[i] == 0:
            r, c = divmod(i, 4)
            for v in range(1, 5):
                if ok(board, r, c, v):
                    board[i] = v
                    yield from solve(board)
                    board[i] = 0
            return
    yield board[:]
def ok(b, r, c, v):
    if v in b[r*4:(r+1)*4]: return False
    if any(b[k*4 + c] == v for k in range(4)): return False
    br, bc = r // 2 * 2, c // 2 * 2
    for rr in range(br, br + 2):
        for cc in range(bc, bc + 2):
            if b[rr*4+cc] == v: return False
    return True
puzzle = [1,0,0,0, 0,0,3,0, 0,4,0,0, 0,0,0,2]
sols = list(solve(puzzle))
print(len(sols))
for s in sols[:2]:
    for r in range(4):
        print(" ".join(map(str, s[r*4:r*4+4])))
    print("-" * 7)
