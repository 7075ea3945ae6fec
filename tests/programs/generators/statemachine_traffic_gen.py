# checks that genpy runs this program (statemachine_traffic_gen, from the second differential-testing corpus) exactly as CPython 3.11 does
def light(schedule):
    state = "red"
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    t = 0
    while True:
        dur = schedule[state]
        cmd = yield (t, state)
        if cmd == "emergency":
            state = "red"
            continue
        t += dur
        state = transitions[state]
L = light({"red": 30, "green": 25, "yellow": 5})
print([next(L) for _ in range(4)])
print(L.send("emergency"), next(L), next(L))
events = []
def lexer_states(text):
    state = "text"
    buf = ""
    for ch in text:
        if state == "text":
            if ch == "<": 
                if buf: yield ("TEXT", buf)
                buf, state = "", "tag"
            else: buf += ch
        elif state == "tag":
            if ch == ">":
                yield ("TAG", buf); buf, state = "", "text"
            elif ch == '"':
                buf += ch; state = "attr"
            else: buf += ch
        elif state == "attr":
            buf += ch
            if ch == '"': state = "tag"
    if buf: yield ("TEXT", buf)
print(list(lexer_states('<p class="a>b">Hello <b>world</b>!</p>tail')))
