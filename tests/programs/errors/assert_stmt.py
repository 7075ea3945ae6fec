# checks that genpy runs this program (assert_stmt, from the first differential-testing corpus) exactly as CPython 3.11 does
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AE", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e), e.args)
assert [1], "nonempty"
assert 1 == 2, ("tuple", 1)
