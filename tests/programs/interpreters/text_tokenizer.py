# checks that genpy runs this program (text_tokenizer, from the second differential-testing corpus) exactly as CPython 3.11 does
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i+1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("NUM", float(text) if "." in text else int(text))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("NAME", src[i:j])
            i = j
        elif src.startswith(("**", "//", "==", "<="), i):
            yield ("OP", src[i:i+2]); i += 2
        elif c in "+-*/()=<,":
            yield ("OP", c); i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
for s in ["x = 3 + 4.5 * (y_1 // 2)", "a**2 <= b", "f(1, .5)", "3 $ 4"]:
    try:
        print(list(tokenize(s)))
    except SyntaxError as e:
        print("error:", e)
