# Generators built on deques: a sliding-window average over a stream, a BFS over a
# grid yielding each cell as it is reached, a bounded history, and a round-robin
# scheduler rotating a deque of generators.
from collections import deque


def readings():
    for i, v in enumerate([5, 7, 3, 8, 10, 2, 6, 9, 4, 1]):
        print("  produce", i, v)
        yield v


def windows(it, n):
    window = deque(maxlen=n)
    for x in it:
        window.append(x)
        if len(window) == n:
            yield tuple(window)


def moving_average(it, n):
    window = deque()
    total = 0
    for x in it:
        window.append(x)
        total += x
        if len(window) > n:
            total -= window.popleft()
        if len(window) == n:
            yield total / n


for w in windows(readings(), 3):
    print("window", w, max(w))
print([round(a, 2) for a in moving_average(readings(), 4)])

GRID = [
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#E",
]


def bfs(grid, start):
    rows, cols = len(grid), len(grid[0])
    seen = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        yield (r, c), seen[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen[(nr, nc)] = seen[(r, c)] + 1
                queue.append((nr, nc))


order = []
for cell, dist in bfs(GRID, (0, 0)):
    order.append(cell)
    if GRID[cell[0]][cell[1]] == "E":
        print("reached E at", cell, "distance", dist, "after", len(order), "cells")
        break
print(order[:10])

history = deque(maxlen=4)
for cmd in ["ls", "cd src", "make", "make test", "git status", "git commit"]:
    history.append(cmd)
    print(len(history), list(history))
print("last two:", list(history)[-2:], history[-1], history.maxlen)


def worker(name, n):
    for i in range(n):
        yield f"{name}{i}"


def round_robin(*gens):
    ready = deque(gens)
    while ready:
        try:
            item = next(ready[0])
        except StopIteration:
            ready.popleft()
            continue
        ready.rotate(-1)
        yield item


print(" ".join(round_robin(worker("a", 3), worker("b", 1), worker("c", 4))))

palindromes = []
for word in ["level", "deque", "racecar", "noon", "python"]:
    chars = deque(word)
    while len(chars) > 1 and chars[0] == chars[-1]:
        chars.popleft()
        chars.pop()
    palindromes.append((word, len(chars) <= 1))
print(palindromes)
