# checks that genpy runs this program (func_recursion_mutual, from the second differential-testing corpus) exactly as CPython 3.11 does
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(301))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([[ackermann(m, n) for n in range(4)] for m in range(3)])
def flatten_str(o):
    if isinstance(o, list):
        return "[" + ",".join(flatten_str(x) for x in o) + "]"
    return str(o)
print(flatten_str([1, [2, [3, []], 4]]))
def gen_parens(n, open_=0, close=0, cur=""):
    if len(cur) == 2 * n:
        yield cur; return
    if open_ < n:
        yield from gen_parens(n, open_ + 1, close, cur + "(")
    if close < open_:
        yield from gen_parens(n, open_, close + 1, cur + ")")
print(list(gen_parens(3)), sum(1 for _ in gen_parens(6)))
def edit_distance(a, b, memo={}):
    if (a, b) in memo: return memo[(a, b)]
    if not a: return len(b)
    if not b: return len(a)
    r = min(edit_distance(a[1:], b, memo) + 1, edit_distance(a, b[1:], memo) + 1,
            edit_distance(a[1:], b[1:], memo) + (a[0] != b[0]))
    memo[(a, b)] = r
    return r
print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))
