# checks that genpy runs this program (dict_comprehension_patterns, from the first differential-testing corpus) exactly as CPython 3.11 does
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words}
print({k: v for k, v in sorted(lengths.items(), key=lambda kv: kv[1])})
print(max(lengths.items(), key=lambda kv: kv[1]))
counts = {}
for c in "mississippi": counts[c] = counts.get(c, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
merged = {**lengths, "kiwi": 4}; print(len(merged), "kiwi" in merged)
print({x: [y for y in range(x)] for x in range(3)})
swapped = dict(map(reversed, {"a": 1}.items())); print(swapped)
