# checks that genpy runs this program (yf_gen_exhausted, from the first differential-testing corpus) exactly as CPython 3.11 does
def sub():
    yield 1
    return "r"
s = sub(); list(s)
def d():
    r = yield from s
    print("r is", r)
    yield "after"
print(list(d()))
