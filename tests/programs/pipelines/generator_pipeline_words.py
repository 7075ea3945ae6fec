# checks that genpy runs this program (generator_pipeline_words, from the first differential-testing corpus) exactly as CPython 3.11 does
text = """The quick brown fox
jumps over the lazy dog
The dog sleeps"""
def lines(t):
    yield from t.splitlines()
def words(ls):
    for l in ls:
        yield from l.split()
def lower(ws):
    return (w.lower() for w in ws)
def count(ws):
    c = {}
    for w in ws:
        c[w] = c.get(w, 0) + 1
    return c
freq = count(lower(words(lines(text))))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for w, n in top: print(f"{w:>6} {'#' * n}")
