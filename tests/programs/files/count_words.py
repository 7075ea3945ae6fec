# checks reading a written file line by line and counting words with a generator pipeline
text = """the quick brown fox
jumps over the lazy dog
the end"""
with open("genpy_test_words.txt", "w") as f:
    f.write(text)


def words(path):
    with open(path) as f:
        for line in f:
            for w in line.split():
                yield w


counts = {}
for w in words("genpy_test_words.txt"):
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda p: (-p[1], p[0])):
    print(w, c)
print(sum(1 for _ in words("genpy_test_words.txt")))
