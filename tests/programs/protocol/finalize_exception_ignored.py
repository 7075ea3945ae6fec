# checks that an exception raised while finalizing a dropped generator is not raised in the caller
def gen():
    try:
        yield 1
    finally:
        print("finally raises")
        raise ValueError("ignored: reported on stderr only")


g = gen()
next(g)
del g
print("program continues normally")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
s = None
print("still running after an ignored GeneratorExit at finalization")
