# checks that genpy runs this program (dunder_container, from the first differential-testing corpus) exactly as CPython 3.11 does
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x): return x in self.items
    def __repr__(self): return f"Stack({self.items})"
    def __iter__(self): return reversed(self.items)
s = Stack().push(1).push(2).push(3)
print(len(s), s[0], s[-1], s[1:], 2 in s, list(s))
s[0] = 10; del s[1]; print(s)
print(bool(Stack()), bool(s))
