# checks that genpy runs this program (coro_tokenizer_push, from the second differential-testing corpus) exactly as CPython 3.11 does
def tokenizer(target):
    buf = ""
    try:
        while True:
            chunk = yield
            buf += chunk
            while " " in buf:
                word, buf = buf.split(" ", 1)
                if word:
                    target.send(word)
    except GeneratorExit:
        if buf:
            target.send(buf)
        target.close()
def counter():
    counts = {}
    try:
        while True:
            w = yield
            counts[w] = counts.get(w, 0) + 1
    finally:
        print("final counts:", sorted(counts.items()))
c = counter(); next(c)
t = tokenizer(c); next(t)
for chunk in ["the qu", "ick the", " lazy  dog the", " end"]:
    t.send(chunk)
t.close()
