# checks raise ... from sets __cause__, implicit chaining sets __context__, and from None
class AppError(Exception):
    pass


def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("could not load") from e


try:
    load()
except AppError as e:
    print("caught", e)
    print("cause", type(e.__cause__).__name__, e.__cause__)
    print("suppress", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print("context", type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__)


def gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped in generator") from e


try:
    list(gen())
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
