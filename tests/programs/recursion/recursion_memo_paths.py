# checks that genpy runs this program (recursion_memo_paths, from the second differential-testing corpus) exactly as CPython 3.11 does
from functools import lru_cache
grid = [
    "..#....",
    ".....#.",
    "#..#...",
    ".......",
]
R, C = len(grid), len(grid[0])
@lru_cache(maxsize=None)
def paths(r, c):
    if r >= R or c >= C or grid[r][c] == "#": return 0
    if (r, c) == (R - 1, C - 1): return 1
    return paths(r + 1, c) + paths(r, c + 1)
print(paths(0, 0))
@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b: return ""
    if a[0] == b[0]: return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs("abcdef", "acf"))
@lru_cache(None)
def coins(amount, i=0, denoms=(25, 10, 5, 1)):
    if amount == 0: return 1
    if i == len(denoms) or amount < 0: return 0
    return coins(amount - denoms[i], i, denoms) + coins(amount, i + 1, denoms)
print(coins(100), coins(300))
