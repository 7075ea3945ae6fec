# checks that genpy runs this program (text_json_like_parser, from the second differential-testing corpus) exactly as CPython 3.11 does
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t": pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; obj = {}; ws()
            if s[pos] == "}": pos += 1; return obj
            while True:
                ws(); k = value(); ws()
                assert s[pos] == ":", f"expected : at {pos}"; pos += 1
                obj[k] = value(); ws()
                if s[pos] == ",": pos += 1; continue
                assert s[pos] == "}", f"expected }} at {pos}"; pos += 1; return obj
        if c == "[":
            pos += 1; arr = []; ws()
            if s[pos] == "]": pos += 1; return arr
            while True:
                arr.append(value()); ws()
                if s[pos] == ",": pos += 1; continue
                assert s[pos] == "]"; pos += 1; return arr
        if c == '"':
            end = s.index('"', pos + 1); r = s[pos + 1:end]; pos = end + 1; return r
        for lit, v in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos): pos += len(lit); return v
        start = pos
        while pos < len(s) and (s[pos].isdigit() or s[pos] in "-+.eE"): pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    v = value(); ws()
    if pos != len(s): raise ValueError(f"trailing data at {pos}")
    return v
print(parse('{"a": [1, 2, {"b": null}], "c": true, "d": -1.5e2, "e": "str", "f": []}'))
for bad in ['{"a" 1}', '[1, 2] x']:
    try:
        parse(bad)
    except (AssertionError, ValueError) as e:
        print(type(e).__name__, e)
