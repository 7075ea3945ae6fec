# Float-to-int conversions of inf and nan, and math results that overflow, raise as
# in CPython instead of giving 0 or inf.
import math

inf, nan = float("inf"), float("nan")

def attempt(what, f):
    try:
        print(what, f())
    except (OverflowError, ValueError) as e:
        print(what, type(e).__name__, e)

for name in ["floor", "ceil", "trunc"]:
    f = getattr(math, name)
    attempt(name + "(inf)", lambda: f(inf))
    attempt(name + "(-inf)", lambda: f(-inf))
    attempt(name + "(nan)", lambda: f(nan))
    attempt(name + "(-2.5)", lambda: f(-2.5))
    attempt(name + "(1e300)", lambda: f(1e300) == int(1e300))
attempt("int(inf)", lambda: int(inf))
attempt("int(nan)", lambda: int(nan))
attempt("round(inf)", lambda: round(inf))
attempt("round(nan)", lambda: round(nan))
attempt("round(2.5)", lambda: round(2.5))
attempt("%d % inf", lambda: "%d" % inf)
attempt("exp(1000)", lambda: math.exp(1000))
attempt("exp(-1000)", lambda: math.exp(-1000))
attempt("exp(inf)", lambda: math.exp(inf))
attempt("pow(10.0, 400)", lambda: math.pow(10.0, 400))
attempt("pow(inf, 2)", lambda: math.pow(inf, 2))
attempt("pow(2, inf)", lambda: math.pow(2, inf))
attempt("ldexp(1.0, 5000)", lambda: math.ldexp(1.0, 5000))
attempt("cosh(1000)", lambda: math.cosh(1000))
attempt("sinh(1000)", lambda: math.sinh(1000))
attempt("expm1(1000)", lambda: math.expm1(1000))
attempt("fsum overflow", lambda: math.fsum([1e308, 1e308]))
attempt("fsum inf", lambda: math.fsum([1.0, inf, 2.0]))
attempt("fsum -inf", lambda: math.fsum([-inf, 1e308, 1e308]))
attempt("fsum inf - inf", lambda: math.fsum([inf, -inf]))
attempt("fsum nan", lambda: math.fsum([nan, 1.0]))
attempt("fsum", lambda: math.fsum([0.1] * 10))
attempt("fsum cancel", lambda: math.fsum([1e308, 1e308, -1e308]))
math.floor(inf)
