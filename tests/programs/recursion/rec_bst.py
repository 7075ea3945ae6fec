# checks that genpy runs this program (rec_bst, from the second differential-testing corpus) exactly as CPython 3.11 does
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1], k)
            elif k > node[0]:
                node[2] = ins(node[2], k)
            return node
        self.root = ins(self.root, k)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return walk(self.root)
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]: return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for x in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(x)
print(list(t), t.height(), 45 in t, 46 in t)
it = iter(t)
print(next(it), next(it), list(zip(it, it)))
