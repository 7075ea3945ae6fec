# checks that genpy runs this program (comp_nested, from the second differential-testing corpus) exactly as CPython 3.11 does
m = [[i * j for j in range(1, 5)] for i in range(1, 4)]
print(m, [list(r) for r in zip(*m)])
print([x for row in m for x in row if x % 2 == 0])
print({(i, j): i * j for i in range(3) for j in range(i, 3)})
print({x % 5 for x in range(20) if x > 7})
print([[y for y in range(x)] for x in range(4)])
print([(x, y) for x in "ab" for y in (1, 2) if (x, y) != ("b", 1)])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: [c for c in w if c in "aeiou"] for w in words if w == w[::-1]})
print(sum(x * y for x, y in zip(range(10), range(10, 0, -1))))
flat = [c for w in words for c in w]
print(len(flat), "".join(sorted(set(flat))))
x = 10
print([x for x in range(3)], x)
print([(lambda v: v * x)(i) for i in range(3)])
print([i for i in range(20) if i % 2 if i % 3])
print([[0] * 3 for _ in range(2)], [a + b for a, b in [(1, 2), (3, 4)]], [j for i in [[1, [2]], [3]] for j in i])
transpose = lambda mat: [[row[i] for row in mat] for i in range(len(mat[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
