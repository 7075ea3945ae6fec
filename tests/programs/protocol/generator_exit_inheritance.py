# checks that GeneratorExit is not an Exception, so 'except Exception' does not stop close()
def gen():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit derives from BaseException only")
    finally:
        print("finally")


g = gen()
next(g)
g.close()
print(GeneratorExit.__mro__[1].__name__, issubclass(GeneratorExit, Exception))


def catch_base():
    try:
        yield 1
    except BaseException as e:
        print("except BaseException sees", type(e).__name__)
        raise


h = catch_base()
next(h)
h.close()
print("done")
