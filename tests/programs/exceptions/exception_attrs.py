# checks that genpy runs this program (exception_attrs, from the first differential-testing corpus) exactly as CPython 3.11 does
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(e.args, e.args[1], str(e), repr(e))
try:
    {}["key"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e.__class__.__mro__[1].__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(FileNotFoundError, OSError), issubclass(NotImplementedError, RuntimeError))
e = ValueError("x"); e.extra = 1; print(e.extra)
print(isinstance(ValueError(), BaseException), ValueError.__name__, ValueError().args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "")
err = RuntimeError("r")
try:
    raise err
except RuntimeError as caught:
    print(caught is err)
