# checks that genpy runs this program (repr_containers, from the first differential-testing corpus) exactly as CPython 3.11 does
print([1, "a", 2.0, None, True, [], {}, (), (1,), set(), {1}, {"k": [1, (2,)]}])
print(repr("multi\nline\ttab\\"), repr("\x00\x7f\u00e9\u2603"), repr("\U0001F600"))
print(str([["nested", 'q"uote']]), repr((1, 2)), repr(frozenset([1])))
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
print(repr(range(0)), repr(range(1, 10, 2)), str(None), repr(NotImplemented))
print(list("ab"), tuple([1]), set([1, 1, 2]), dict(a=[]))
print(str(1.0), str(-1.5e-10), repr(1e-10), [0.1, 1e50])
print(print, len, str.upper == str.upper)
class P: pass
print(repr(P)[:17], P.__name__, P.__qualname__)
print(repr("'"), repr('"'), repr("'\""), repr(""))
