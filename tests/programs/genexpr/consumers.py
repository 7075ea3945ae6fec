# checks sum, any, all, min, max, sorted, list, tuple, dict, set and str.join over genexps
words = ["pear", "fig", "banana", "kiwi"]
print(sum(len(w) for w in words))
print(any(w.startswith("b") for w in words), all(len(w) > 3 for w in words))
print(min(len(w) for w in words), max((len(w), w) for w in words))
print(sorted((w[::-1] for w in words), reverse=True))
print(list(w.upper() for w in words), tuple(w[0] for w in words))
print(dict((w, len(w)) for w in words))
print(set(len(w) % 3 for w in words))
print("|".join(w for w in words if "i" in w))
print(sum(x for x in range(10) if x % 3), max(x for x in [-3, -1, -2]))
print(min((x for x in []), default="empty"), sum(x for x in ()))
print(sorted(x % 4 for x in range(10)))
print(list(enumerate(c for c in "ab")), list(zip((i for i in range(3)), "xyz")))
