# checks that genpy runs this program (text_wrap_justify, from the second differential-testing corpus) exactly as CPython 3.11 does
def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur); cur = []
        cur.append(w)
    if cur: lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1: return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line[-1]
text = "The quick brown fox jumps over the lazy dog and then keeps running far into the forest until nightfall"
for width in (20, 31):
    ls = wrap(text, width)
    print("+" + "-" * width + "+")
    for l in ls[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + " ".join(ls[-1]).ljust(width) + "|")
