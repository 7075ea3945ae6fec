# checks that genpy runs this program (err_assert_msgs, from the second differential-testing corpus) exactly as CPython 3.11 does
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x > 0
    return x
for v in [1, "a", -1]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
assert [], "empty list is falsy"
