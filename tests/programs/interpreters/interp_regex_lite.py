# checks that genpy runs this program (interp_regex_lite, from the second differential-testing corpus) exactly as CPython 3.11 does
def match_here(p, t):
    if not p: return True
    if len(p) > 1 and p[1] == "*":
        return match_star(p[0], p[2:], t)
    if p == "$": return not t
    if t and (p[0] == "." or p[0] == t[0]):
        return match_here(p[1:], t[1:])
    return False
def match_star(c, p, t):
    i = 0
    while True:
        if match_here(p, t[i:]): return True
        if i < len(t) and (t[i] == c or c == "."):
            i += 1
        else:
            return False
def match(p, t):
    if p.startswith("^"): return match_here(p[1:], t)
    return any(match_here(p, t[i:]) for i in range(len(t) + 1))
tests = [("ab*c", "ac"), ("ab*c", "abbbc"), ("^a.c$", "abc"), ("^a.c$", "abcd"), ("x*", ""), ("c$", "abc"), ("^$", "a")]
for p, t in tests:
    print(f"{p!r:10} {t!r:8} {match(p, t)}")
