# checks try/finally around yield: finally runs on normal exhaustion and on exception
def guarded():
    print("setup")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for x in guarded():
    print("got", x)
print("---")


def failing():
    try:
        yield "a"
        raise RuntimeError("boom")
    finally:
        print("finally runs before the caller sees the error")


try:
    for x in failing():
        print("got", x)
except RuntimeError as e:
    print("caught", e)
print("---")


def with_except():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        print("handled inside")
        yield "recovered"
    finally:
        print("final cleanup")
    yield "after try"


print(list(with_except()))
