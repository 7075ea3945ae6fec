# heapq: every function, the exact list order after each operation (checked on
# pseudo-random data), the comparisons made, ties, keys and errors.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest


class Rand:
    # A small LCG, so the data is the same everywhere.
    def __init__(self, seed):
        self.state = seed

    def randint(self, a, b):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return a + (self.state >> 8) % (b - a + 1)


rng = Rand(2024)
for trial in range(40):
    data = [rng.randint(0, 20) for _ in range(rng.randint(0, 16))]
    h = list(data)
    heapify(h)
    steps = [h[:]]
    for x in data[:4]:
        heappush(h, x)
        steps.append(h[:])
    while len(h) > 3:
        steps.append((heappop(h), h[:]))
    if h:
        steps.append((heapreplace(h, 11), h[:]))
    steps.append((heappushpop(h, 5), h[:]))
    print(trial, data, steps)

h = []
for word in ["pear", "apple", "fig", "banana", "cherry", "date"]:
    heappush(h, word)
    print("push", word, h)
print([heappop(h) for _ in range(len(h))])

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (3, "test")]:
    heappush(tasks, (prio, name))
print(tasks)
print(heapreplace(tasks, (0, "urgent")), tasks)
print(heappushpop(tasks, (-1, "now")), tasks)
print(heappushpop(tasks, (9, "later")), tasks)
print(heappushpop([], 4))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}<{other.v}", end="")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


h = []
for v in [5, 3, 8, 1, 9, 2]:
    print("push", v, end=":")
    heappush(h, Loud(v))
    print(" ->", h)
while h:
    print("pop", end=":")
    x = heappop(h)
    print(" ->", x, h)
h = [Loud(v) for v in [4, 1, 3, 2, 5]]
print("heapify", end=":")
heapify(h)
print(" ->", h)

data = [7, 1, 5, 3, 9, 3, 8, 1]
print(nsmallest(3, data), nlargest(3, data), nsmallest(0, data), nlargest(-1, data))
print(nsmallest(1, data), nlargest(1, data), nsmallest(20, data), nlargest(20, iter(data)))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(nsmallest(2, words, key=len), nlargest(2, words, key=len), nlargest(4, words, key=len))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25), ("ed", 40)]
print(nlargest(3, people, key=lambda p: p[1]), nsmallest(3, people, key=lambda p: p[1]))
print(nsmallest(2, []), nlargest(2, {3: "x", 1: "y", 2: "z"}))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("pop empty", lambda: heappop([]))
attempt("replace empty", lambda: heapreplace([], 1))
attempt("push tuple", lambda: heappush((), 1))
attempt("heapify int", lambda: heapify(3))
attempt("pop str", lambda: heappop("abc"))
attempt("mixed", lambda: heappush([1, 2], "x"))
print(sorted(n for n in dir(heapq) if not n.startswith("_")))
