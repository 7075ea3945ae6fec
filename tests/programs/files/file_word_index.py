# checks that genpy runs this program (file_word_index, from the second differential-testing corpus) exactly as CPython 3.11 does
text = """alpha beta gamma
beta delta
gamma gamma epsilon alpha
"""
with open("doc.txt", "w") as f:
    f.write(text)
index = {}
with open("doc.txt") as f:
    for ln, line in enumerate(f, 1):
        for col, word in enumerate(line.split()):
            index.setdefault(word, []).append((ln, col))
for w in sorted(index, key=lambda w: (-len(index[w]), w)):
    locs = ", ".join(f"{l}:{c}" for l, c in index[w])
    print(f"{w:>8} ({len(index[w])}) {locs}")
with open("index.txt", "w") as out:
    for w, locs in sorted(index.items()):
        print(w, *locs, sep="\t", file=out)
with open("index.txt") as f:
    print(f.read().replace("\t", " | "), end="")
