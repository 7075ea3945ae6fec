# checks that assert passes silently, raises AssertionError with and without a message
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError with args", e.args)
try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)


def checked(values):
    for v in values:
        assert v >= 0, f"negative value {v}"
        yield v


try:
    for v in checked([1, 2, -3, 4]):
        print("ok", v)
except AssertionError as e:
    print("caught", e)
