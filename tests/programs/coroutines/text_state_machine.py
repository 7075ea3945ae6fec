# checks that genpy runs this program (text_state_machine, from the second differential-testing corpus) exactly as CPython 3.11 does
TRANS = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("idle", "push"): "idle",
}
def machine():
    state = "idle"
    credits = 0
    while True:
        ev = yield state, credits
        nxt = TRANS.get((state, ev))
        if nxt is None:
            print(f"  ignored {ev!r} in {state}")
            continue
        if ev == "coin": credits += 1
        if ev == "push" and state == "ready": credits -= 1
        state = nxt
m = machine()
print(next(m))
for ev in "coin coin push done push push coin push done kick".split():
    print(f"{ev:>5} -> {m.send(ev)}")
