# Shifting by a count too big for a machine word: right shifts leave the sign, a
# zero stays zero; only a left shift of a nonzero int overflows.
print(1 >> 10**100, -5 >> 10**100, 0 << 10**100, 0 >> 10**100)
print(1 >> 2**40, -1 >> 2**40, 5 >> 100000, -5 >> 100000, 2**70 >> 2**64)
print(-5 >> 2, 2**70 >> 69, -(2**70) >> 70, -(2**70) >> 71, -(2**70) >> 69, 5 >> 0)
for expr in ["1 >> -1", "0 << -1", "2**70 >> -(10**30)", "1 << 10**100"]:
    try:
        print(eval(expr))
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)
