# checks that genpy runs this program (counter_manual, from the first differential-testing corpus) exactly as CPython 3.11 does
text = "it was the best of times it was the worst of times"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
    print(f"{word:<8}{n:>3}")
print(f"{'total':<8}{sum(counts.values()):>3}")
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, []).append(1)
print({k: len(v) for k, v in sorted(letters.items())})
