# Subclassing list: construction, native methods, overrides, super(), VM operations.


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.is_empty(), Stack().is_empty())
print(type(s).__name__, type(s) is Stack, isinstance(s, list), isinstance(s, Stack))
print(repr(s), str(s), f"{s}", "%s" % (s,))

# Results of operations on the list are plain lists.
t = s + [4]
print(t, type(t).__name__, type(s * 2).__name__, s * 2, [0] + s)
print(s[1:], type(s[1:]).__name__, s[::-1], s.copy(), type(s.copy()).__name__)

# In-place operators keep the instance.
s += [5]
print(type(s).__name__, s)
s *= 1
print(type(s).__name__, s)

# Comparisons, membership, iteration, truthiness.
print(s == [1, 2, 3, 5], s != [1], s < [2], [1, 2, 3, 5] == s, 3 in s, 9 not in s)
print(sorted(s, reverse=True), list(s), tuple(s), sum(s), max(s), min(s))
print([x * 10 for x in s], bool(s), bool(Stack()))

# Item assignment and deletion, slices.
s[0] = 100
del s[1]
s[1:2] = ["a", "b"]
print(s, s.index("a"), s.count(5), s.pop(), s)
s.sort(key=str)
s.reverse()
print(s)
s.clear()
print(s, len(s))


class Logged(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def append(self, item):
        print("append", item, "to", self.name)
        super().append(item * 10)

    def __repr__(self):
        return f"Logged({self.name}, {super().__repr__()})"


g = Logged("g", [1])
g.append(2)
list.append(g, 3)
print(g, len(g), g.name, g[1], str(g))


class Squares(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) ** 2

    def __len__(self):
        return 42

    def __contains__(self, x):
        return True


q = Squares([1, 2, 3])
print(q[2], len(q), "anything" in q, list.__len__(q))


class Empty(list):
    pass


print(Empty(), Empty("abc"), Empty(range(3)) == [0, 1, 2], Empty(x for x in "xy"))
e = Empty([3, 1, 2])
e.extend([0])
e.insert(0, 9)
e.remove(1)
print(e, sorted(e), e.__class__.__name__)
