# checks that genpy runs this program (text_word_freq, from the second differential-testing corpus) exactly as CPython 3.11 does
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
words = [w.strip(".,;:!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w.ljust(width)} {n:3d} {n / len(words):6.1%}")
print(len(words), len(freq))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
print(max(freq, key=lambda w: (len(w), w)))
print(" ".join(w.capitalize() for w in words[:6]), "|", text[:20].title(), "|", text[-10:].swapcase())
