# checks that genpy runs this program (exception_group_like, from the first differential-testing corpus) exactly as CPython 3.11 does
errors = []
for v in ["1", "x", "3", None]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
def risky(n):
    if n % 3 == 0: raise ValueError(n)
    return n
def safe_gen(xs):
    for x in xs:
        try:
            yield risky(x)
        except ValueError as e:
            yield f"skip {e}"
print(list(safe_gen(range(7))))
