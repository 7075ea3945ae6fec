# `=` written for `==` in an if condition after an expression: CPython 3.11 names
# the expression ("cannot assign to expression here").
def parity(n):
    if n % 2 = 0:
        return "even"
    return "odd"
