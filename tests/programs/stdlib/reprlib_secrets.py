import reprlib, secrets
print(reprlib.repr(list(range(100))), reprlib.repr('x'*100), reprlib.repr({i:i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr((1,2,3,4,5,6,7)), reprlib.repr([[[[1]]]]), reprlib.repr(10**50), reprlib.repr(frozenset(range(10))), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]))
r = reprlib.Repr(); r.maxlist = 3; print(r.repr(list(range(10))), r.repr("short"), r.repr(object)[:20])
class Node:
    def __init__(self): self.kids = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.kids})"
print(Node())
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), 0 <= secrets.randbelow(10) < 10, secrets.choice("ab") in "ab", secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"), 0 <= secrets.randbits(4) < 16, len(secrets.token_urlsafe(9)), 0 <= secrets.SystemRandom().random() < 1)
