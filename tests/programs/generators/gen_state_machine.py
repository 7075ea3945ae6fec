# checks that genpy runs this program (gen_state_machine, from the first differential-testing corpus) exactly as CPython 3.11 does
def traffic():
    states = ["green", "yellow", "red"]
    i = 0
    while True:
        cmd = yield states[i]
        if cmd == "emergency":
            i = 2
        else:
            i = (i + 1) % 3
t = traffic()
print(next(t), next(t), t.send("emergency"), next(t), next(t))
def parser():
    result = []
    while True:
        token = yield
        if token == "END":
            break
        result.append(token.upper())
    yield result
p = parser(); next(p)
for tok in ["a", "b", "c"]: p.send(tok)
print(p.send("END"))
