# checks that genpy runs this program (itertools_product_grid, from the second differential-testing corpus) exactly as CPython 3.11 does
from itertools import product, permutations, combinations
grid = ["#..#", "....", ".##.", "#..."]
H, W = len(grid), len(grid[0])
def neighbors(r, c):
    for dr, dc in product((-1, 0, 1), repeat=2):
        if (dr, dc) != (0, 0) and 0 <= r + dr < H and 0 <= c + dc < W:
            yield r + dr, c + dc
counts = [[sum(grid[rr][cc] == "#" for rr, cc in neighbors(r, c)) for c in range(W)] for r in range(H)]
for row in counts:
    print("".join(map(str, row)))
words = ["cat", "act", "tac", "dog", "god", "odg", "bird"]
print(sorted({"".join(p) for p in permutations("cat")} & set(words)))
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:5])
best = max(permutations([3, 1, 4, 1, 5]), key=lambda p: sum(i * v for i, v in enumerate(p)))
print(best)
